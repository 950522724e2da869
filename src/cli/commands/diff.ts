// `communique diff <a|-> <b|->`: the comparison as a text report, JSON or a Markdown redline.
import type { CommandContext } from '../context.js'
import { exitCodes } from '../exit-codes.js'
import { writeOutput } from '../io.js'
import { readDocument } from './read-document.js'

export async function run(context: CommandContext): Promise<number> {
  const { values, streams } = context
  const format = (values.format as string | undefined) ?? 'text'
  const a = await readDocument(context, context.files[0]!)
  const b = await readDocument(context, context.files[1]!)
  const { diff } = await import('../../diff/diff.js')
  const result = diff(a, b)
  let text: string
  if (format === 'json')
    text = (await import('../../export/json/diff-to-json.js')).diffToJson(result)
  else if (format === 'md') {
    text = (await import('../../export/diff/diff-to-markdown.js')).diffToMarkdown(result)
  } else {
    text = (await import('../../export/diff/diff-to-text.js')).diffToText(result, {
      color: context.color,
    })
  }
  await writeOutput(text, values.output as string | undefined, streams)
  // Substantive: an entry classed so (a changed fact, a dropped proposal) or a conflict.
  const differs = result.summary.classes.substantive > 0 || result.conflicts.length > 0
  return values['exit-code'] === true && differs ? exitCodes.differ : exitCodes.ok
}
