// `communique parse <file|->`: a document as text (on a terminal), JSON or Markdown; more
// inputs, a directory, a glob or a corpus flag make a corpus run (parse-corpus.ts).
import type { CommandContext } from '../context.js'
import { exitCodes, UsageError } from '../exit-codes.js'
import { writeOutput } from '../io.js'
import { readDocument } from './read-document.js'

const corpusFlags = ['out-dir', 'from-list', 'jobs', 'unordered', 'force']

/** Many inputs, a directory, a glob, NDJSON or a corpus flag: a corpus run. */
async function isCorpusRun(context: CommandContext): Promise<boolean> {
  const { values, files } = context
  if (files.length !== 1 || values.format === 'ndjson') return true
  if (corpusFlags.some((flag) => values[flag] !== undefined)) return true
  const file = files[0]!
  if (file === '-') return false
  const { stat } = await import('node:fs/promises')
  const stats = await stat(file).catch(() => undefined)
  return stats ? stats.isDirectory() : /[*?[\]{}]/.test(file)
}

export async function run(context: CommandContext): Promise<number> {
  if (context.files.length === 0 && context.values['from-list'] === undefined)
    throw new UsageError('parse takes a file, a directory, a glob or - (or --from-list <file>)')
  if (await isCorpusRun(context)) return (await import('./parse-corpus.js')).run(context)
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
