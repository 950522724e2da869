// Enqueue a corpus: one job per document, its id the hash of its bytes and parse options
// plus the library version, so that a document already parsed (its result stored) or
// already queued is not queued again, whoever enqueues it and however often.
import { readFile } from 'node:fs/promises'
import type { CorpusInput } from '../corpus/expand-inputs.js'
import type { ParseTask } from '../corpus/parse-task.js'
import { openQueue, type QueueOptions } from './connect.js'
import { jobIdOf, type ParseJobData, queueKeys } from './queue-keys.js'

export interface EnqueueOptions extends QueueOptions {
  parse?: ParseTask['options']
  /** Tries per job before it fails (default 3); bad input fails at the first. */
  attempts?: number
  /** First retry delay in ms, doubled at each retry (default 1000). */
  backoff?: number
}

export interface EnqueueReport {
  /** Jobs added. */
  added: number
  /** Inputs whose result (or definitive error) is already stored. */
  done: number
  /** Inputs whose job was already in the queue. */
  queued: number
  /** Inputs that could not be read: {path, message}. */
  unreadable: Array<{ path: string; message: string }>
}

const batchSize = 64

export async function enqueueCorpus(
  inputs: Iterable<CorpusInput>,
  options: EnqueueOptions,
): Promise<EnqueueReport> {
  const { queue, connection, name } = await openQueue(options)
  const keys = queueKeys(name)
  const parse = options.parse ?? {}
  const report: EnqueueReport = { added: 0, done: 0, queued: 0, unreadable: [] }
  const jobOptions = {
    attempts: options.attempts ?? 3,
    backoff: { type: 'exponential', delay: options.backoff ?? 1000 },
    removeOnComplete: true,
    removeOnFail: false,
  }
  let batch: Array<{
    name: string
    data: ParseJobData
    opts: typeof jobOptions & { jobId: string }
  }> = []
  const flush = async () => {
    if (batch.length === 0) return
    const ids = batch.map((job) => job.opts.jobId)
    const [results, errors] = await Promise.all([
      connection.hmget(keys.results, ...ids).then((values) => values.map((v) => v !== null)),
      connection.hmget(keys.errors, ...ids).then((values) => values.map((v) => v !== null)),
    ])
    const fresh = batch.filter((_, i) => !results[i] && !errors[i])
    report.done += batch.length - fresh.length
    const existing = await Promise.all(fresh.map((job) => queue.getJob(job.opts.jobId)))
    const toAdd = fresh.filter((_, i) => !existing[i])
    report.queued += fresh.length - toAdd.length
    if (toAdd.length > 0) await queue.addBulk(toAdd)
    report.added += toAdd.length
    batch = []
  }
  try {
    const seen = new Set<string>()
    for (const input of inputs) {
      let bytes: Buffer
      try {
        bytes = await readFile(input.path)
      } catch (error) {
        report.unreadable.push({ path: input.path, message: (error as Error).message })
        continue
      }
      const jobId = jobIdOf(bytes, parse)
      await connection.hset(keys.paths, input.path, jobId)
      if (seen.has(jobId)) continue // the same text under another path: one job
      seen.add(jobId)
      batch.push({
        name: 'parse',
        data: { path: input.path, content: bytes.toString('base64'), options: parse },
        opts: { ...jobOptions, jobId },
      })
      if (batch.length >= batchSize) await flush()
    }
    await flush()
    return report
  } finally {
    await queue.close()
    connection.disconnect()
  }
}
