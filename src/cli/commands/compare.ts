// `communique compare <a> <b> <c> ...`: three or more versions aligned into a collation, as
// a text report, JSON or Markdown (a table per paragraph).
import type { CommandContext } from '../context.js'
import { exitCodes, UsageError } from '../exit-codes.js'
import { writeOutput } from '../io.js'
import { readDocument } from './read-document.js'

export async function run(context: CommandContext): Promise<number> {
  const { values, streams } = context
  const format = (values.format as string | undefined) ?? 'text'
  const baseValue = values.base as string | undefined
  const base = baseValue === undefined ? 0 : Number(baseValue) - 1
  if (!Number.isInteger(base) || base < 0 || base >= context.files.length)
    throw new UsageError(`--base takes the number of a version, 1 to ${context.files.length}`)
  const documents = []
  for (const file of context.files) documents.push(await readDocument(context, file))
  const { compare } = await import('../../diff/collate/compare.js')
  const collation = compare(documents, { base })
  let text: string
  if (format === 'json')
    text = (await import('../../export/json/collation-to-json.js')).collationToJson(collation)
  else if (format === 'md')
    text = (await import('../../export/diff/collation-to-markdown.js')).collationToMarkdown(
      collation,
    )
  else text = (await import('../../export/diff/collation-to-text.js')).collationToText(collation)
  await writeOutput(text, values.output as string | undefined, streams)
  return exitCodes.ok
}
