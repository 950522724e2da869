// Collect a queue's results: one NDJSON record per input path enqueued, in path order,
// {path, document} from the stored result or {path, error} from a document that cannot be
// parsed or whose job failed for good; an input not finished yet is counted as pending.
// The index is built from these results, never from counters, so that a job run twice
// (delivery is at least once) counts once.

import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { CorpusIndexer } from '../corpus/index/corpus-indexer.js'
import type { CorpusIndex } from '../model/corpus-index.js'
import { openQueue, type QueueOptions } from './connect.js'
import { queueKeys } from './queue-keys.js'
import { readResult } from './worker.js'

export interface CollectOptions extends QueueOptions {
  /** Where the NDJSON records go. */
  out: Writable
  /** Build the corpus index from the results too. */
  index?: boolean
  /** Wait until no input is pending, polling every this many ms (default: do not wait). */
  waitMs?: number
}

export interface CollectReport {
  documents: number
  failed: number
  /** The inputs that failed, with their reason (also in the NDJSON). */
  failures: Array<{ path: string; message: string; code: string }>
  /** Inputs enqueued whose job is not finished. */
  pending: string[]
  index?: CorpusIndex
}

async function write(out: Writable, line: string): Promise<void> {
  if (!out.write(line)) await once(out, 'drain')
}

export async function collectResults(options: CollectOptions): Promise<CollectReport> {
  const { queue, connection, name } = await openQueue(options)
  const keys = queueKeys(name)
  try {
    const paths = await connection.hgetall(keys.paths)
    const ordered = Object.keys(paths).sort()
    const ids = [...new Set(ordered.map((path) => paths[path]!))]
    const unfinished = async () => {
      const flags = await Promise.all(
        ids.map(async (id) => {
          if (
            (await connection.hexists(keys.results, id)) ||
            (await connection.hexists(keys.errors, id))
          )
            return false
          return (await queue.getJobState(id)) !== 'failed'
        }),
      )
      return new Set(ids.filter((_, i) => flags[i]))
    }
    let pendingIds = await unfinished()
    while (options.waitMs !== undefined && pendingIds.size > 0) {
      await new Promise((resolve) => setTimeout(resolve, options.waitMs))
      pendingIds = await unfinished()
    }
    const indexer = options.index ? new CorpusIndexer() : undefined
    const report: CollectReport = { documents: 0, failed: 0, failures: [], pending: [] }
    for (const path of ordered) {
      const id = paths[path]!
      const stored = await connection.hgetBuffer(keys.results, id)
      if (stored) {
        const json = readResult(stored)
        await write(options.out, `{"path":${JSON.stringify(path)},"document":${json}}\n`)
        indexer?.add({ path, document: JSON.parse(json) })
        report.documents++
        continue
      }
      const error = await errorOf(id)
      if (error) {
        await write(options.out, `${JSON.stringify({ path, error })}\n`)
        indexer?.add({ path, error })
        report.failed++
        report.failures.push({ path, ...error })
      } else report.pending.push(path)
    }
    if (indexer) report.index = indexer.result()
    return report
  } finally {
    await queue.close()
    connection.disconnect()
  }

  async function errorOf(id: string): Promise<{ message: string; code: string } | undefined> {
    const stored = await connection.hget(keys.errors, id)
    if (stored) return JSON.parse(stored)
    const job = await queue.getJob(id)
    if (job && (await job.isFailed())) return { message: job.failedReason, code: 'failed' }
    return undefined
  }
}
