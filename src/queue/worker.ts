// A queue worker: takes parse jobs from BullMQ and parses them on a pool of worker
// threads, so that the event loop stays free to renew job locks however long a parse
// takes. A lock lives `lockDuration` ms and is renewed at half of it; a worker that dies
// (SIGKILL, a lost machine) leaves jobs whose locks expire, and every `stalledInterval`
// ms the other workers move such stalled jobs back to the queue: recovery in seconds.
import { gunzipSync } from 'node:zlib'
import type { Job } from 'bullmq'
import { createParsePool, defaultJobs } from '../corpus/parse-pool.js'
import { connectRedis, type QueueOptions } from './connect.js'
import { defaultQueueName, type ParseJobData, queueKeys } from './queue-keys.js'

export interface WorkerOptions extends QueueOptions {
  /** Worker threads, and jobs taken at once (default: the available cores). */
  jobs?: number
  /** Stop once no job is waiting, delayed or active anywhere (default: run until stopped). */
  untilEmpty?: boolean
  /** Stop (after the running jobs) when aborted. */
  signal?: AbortSignal
  /** Lock lifetime in ms (default 10 000), renewed every half of it. */
  lockDuration?: number
  /** How often stalled jobs are looked for, in ms (default 5 000). */
  stalledInterval?: number
  /** Called after each job: its input path and whether it failed. */
  onJob?: (path: string, error?: string) => void
}

/** The states of a job not finished yet. */
const unfinished = ['wait', 'active', 'delayed', 'prioritized', 'waiting-children'] as const

export interface WorkerReport {
  parsed: number
  failed: number
}

export async function runQueueWorker(options: WorkerOptions): Promise<WorkerReport> {
  const { Queue, Worker, UnrecoverableError } = await import('bullmq')
  const name = options.queue ?? defaultQueueName
  const keys = queueKeys(name)
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()))
  const pool = await createParsePool(jobs)
  const connection = await connectRedis(options.redis)
  const writer = await connectRedis(options.redis)
  const report: WorkerReport = { parsed: 0, failed: 0 }
  const queue = new Queue(name, { connection: writer })
  queue.on('error', () => {})

  const processor = async (job: Job<ParseJobData>) => {
    const { path, content, options: parse } = job.data
    const bytes = new Uint8Array(Buffer.from(content, 'base64'))
    // A rejected run (the thread died) throws: retried with backoff.
    const result = await pool.run({ path, bytes, options: parse, output: 'json-gzip' })
    if (result.error) {
      // The parse itself failed: it would fail again, so no retry.
      await writer.hset(keys.errors, job.id!, JSON.stringify(result.error))
      throw new UnrecoverableError(`${result.error.code}: ${result.error.message}`)
    }
    await writer.hset(keys.results, job.id!, Buffer.from(result.gzip!))
  }

  const worker = new Worker<ParseJobData>(name, processor, {
    connection,
    concurrency: jobs,
    lockDuration: options.lockDuration ?? 10_000,
    stalledInterval: options.stalledInterval ?? 5_000,
    maxStalledCount: 3,
  })
  worker.on('error', () => {}) // connection errors: ioredis reconnects, jobs are retried
  worker.on('completed', (job) => {
    report.parsed++
    options.onJob?.(job.data.path)
  })
  worker.on('failed', (job, error) => {
    report.failed++
    if (job) options.onJob?.(job.data.path, error.message)
  })

  const stopped = new Promise<void>((resolve) => {
    options.signal?.addEventListener('abort', () => resolve(), { once: true })
    if (options.signal?.aborted) resolve()
    if (!options.untilEmpty) return
    const poll = setInterval(async () => {
      try {
        const counts = await queue.getJobCounts(...unfinished)
        if (Object.values(counts).every((count) => count === 0)) {
          clearInterval(poll)
          resolve()
        }
      } catch {
        // Redis away for now: try again at the next tick
      }
    }, 500)
    options.signal?.addEventListener('abort', () => clearInterval(poll), { once: true })
  })
  try {
    await stopped
  } finally {
    await worker.close()
    await queue.close()
    await pool.close()
    connection.disconnect()
    writer.disconnect()
  }
  return report
}

/** A stored result, as the document's compact JSON. */
export function readResult(stored: Buffer): string {
  return gunzipSync(stored).toString('utf8')
}
