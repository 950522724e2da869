// `communique collect --redis URL --out results.ndjson [--index index.json]`: the results
// of a queue as NDJSON (one record per input path enqueued, in path order), and the corpus
// index built from them. Exit 1 if any document failed or is not finished.
import { createWriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import type { CommandContext } from '../context.js'
import { exitCodes, IoError } from '../exit-codes.js'
import { describeSystemError, writeStream } from '../io.js'
import { readRedis } from './corpus-options.js'
import { someFailed } from './parse-corpus.js'

export async function run(context: CommandContext): Promise<number> {
  const { values, streams } = context
  const redis = readRedis(values.redis)
  const outFile = (values.out ?? values.output) as string | undefined
  const indexFile = values.index as string | undefined
  const out: Writable = outFile === undefined ? streams.stdout : createWriteStream(outFile)
  const { collectResults } = await import('../../queue/collect.js')
  let report: Awaited<ReturnType<typeof collectResults>>
  try {
    report = await collectResults({
      redis,
      out,
      index: indexFile !== undefined,
      ...(values.wait === true ? { waitMs: 1000 } : {}),
      ...(typeof values.queue === 'string' ? { queue: values.queue } : {}),
    })
  } finally {
    if (out !== streams.stdout) await new Promise((done) => out.end(done))
  }
  if (indexFile !== undefined) {
    try {
      await writeFile(indexFile, `${JSON.stringify(report.index, null, 2)}\n`)
    } catch (error) {
      throw new IoError(
        `cannot write ${indexFile}: ${describeSystemError(error) ?? (error as Error).message}`,
      )
    }
  }
  const lines: string[] = []
  // The failed records are in the NDJSON; name them on standard error too.
  for (const { path, message } of report.failures) lines.push(`communique: ${path}: ${message}\n`)
  lines.push(
    `communique: ${report.documents} documents, ${report.failed} failed, ${report.pending.length} not finished\n`,
  )
  await writeStream(streams.stderr, lines.join(''), 'standard error')
  return report.failed > 0 || report.pending.length > 0 ? someFailed : exitCodes.ok
}
