// `communique index <ndjson|dir>`: the corpus index of an NDJSON stream of parse results
// (`communique parse --format ndjson`, `communique collect`), or of a directory of texts
// parsed on the spot, as JSON, Markdown, or CSV tables in --out-dir.
import { createReadStream } from 'node:fs'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { expandInputs } from '../../corpus/expand-inputs.js'
import { CorpusIndexer } from '../../corpus/index/corpus-indexer.js'
import { runCorpus } from '../../corpus/run-corpus.js'
import type { CommandContext } from '../context.js'
import { exitCodes, IoError, UsageError } from '../exit-codes.js'
import { describeSystemError, writeOutput } from '../io.js'
import { readJobs } from './corpus-options.js'

async function readNdjson(file: string, context: CommandContext, indexer: CorpusIndexer) {
  const stream = file === '-' ? context.streams.stdin : createReadStream(file)
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })
  let number = 0
  try {
    for await (const line of lines) {
      number++
      if (line.trim() === '') continue
      let record: { path?: unknown; document?: unknown; error?: { message?: unknown } }
      try {
        record = JSON.parse(line)
      } catch {
        throw new IoError(`${file}:${number}: not a JSON line`)
      }
      if (typeof record.path !== 'string')
        throw new IoError(`${file}:${number}: a record needs a "path"`)
      if (record.error && typeof record.error.message === 'string')
        indexer.add({ path: record.path, error: record.error as { message: string } })
      else if (
        record.document &&
        typeof record.document === 'object' &&
        'metadata' in record.document
      )
        indexer.add({ path: record.path, document: record.document as never })
      else throw new IoError(`${file}:${number}: a record needs a "document" or an "error"`)
    }
  } catch (error) {
    if (error instanceof IoError) throw error
    throw new IoError(`${file}: ${describeSystemError(error) ?? (error as Error).message}`)
  }
}

async function parseDirectory(directory: string, context: CommandContext, indexer: CorpusIndexer) {
  const inputs = await expandInputs([directory])
  for await (const { input, result } of runCorpus(inputs, {
    jobs: readJobs(context.values.jobs),
    output: 'document',
  })) {
    if (result.document) indexer.add({ path: input.path, document: result.document })
    else indexer.add({ path: input.path, error: result.error! })
  }
}

export async function run(context: CommandContext): Promise<number> {
  const { values, streams } = context
  const file = context.files[0]!
  const format = (values.format as string | undefined) ?? 'json'
  const outDir = values['out-dir'] as string | undefined
  if (format === 'csv' && outDir === undefined)
    throw new UsageError('--format csv writes several tables: give --out-dir <dir>')
  const indexer = new CorpusIndexer()
  const stats = file === '-' ? undefined : await stat(file).catch(() => undefined)
  if (file !== '-' && !stats) throw new IoError(`${file}: no such file or directory`)
  if (stats?.isDirectory()) await parseDirectory(file, context, indexer)
  else await readNdjson(file, context, indexer)
  const index = indexer.result()
  if (format === 'csv') {
    const { indexToCsv } = await import('../../corpus/index/index-to-csv.js')
    try {
      await mkdir(outDir!, { recursive: true })
      for (const [name, text] of Object.entries(indexToCsv(index)))
        await writeFile(join(outDir!, name), text)
    } catch (error) {
      throw new IoError(
        `cannot write ${outDir}: ${describeSystemError(error) ?? (error as Error).message}`,
      )
    }
    return exitCodes.ok
  }
  const text =
    format === 'md'
      ? (await import('../../corpus/index/index-to-markdown.js')).indexToMarkdown(index)
      : JSON.stringify(index, null, 2)
  await writeOutput(text, values.output as string | undefined, streams)
  return exitCodes.ok
}
