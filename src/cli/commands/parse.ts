// `communique parse <file|->`: a document as text (on a terminal), JSON or Markdown.
import type { CommandContext } from '../context.js'
import { exitCodes } from '../exit-codes.js'
import { writeOutput } from '../io.js'
import { readDocument } from './read-document.js'

export async function run(context: CommandContext): Promise<number> {
  const { values, streams } = context
  const output = values.output as string | undefined
  const format =
    (values.format as string | undefined) ??
    (streams.stdout.isTTY === true && output === undefined ? 'text' : 'json')
  const document = await readDocument(context, context.files[0]!)
  let text: string
  if (format === 'md')
    text = (await import('../../export/document/to-markdown.js')).toMarkdown(document)
  else if (format === 'text') {
    const { documentToText } = await import('../../export/document/document-to-text.js')
    text = documentToText(document, { color: context.color })
  } else text = (await import('../../export/json/to-json.js')).toJson(document)
  await writeOutput(text, output, streams)
  return exitCodes.ok
}
