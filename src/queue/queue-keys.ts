// Where a corpus queue keeps its state in Redis, beside BullMQ's own keys. Results and
// errors are hashes keyed by the job id (content hash + library version), so writing one
// twice, as at-least-once delivery may, writes the same value to the same field.
import { createHash } from 'node:crypto'
import packageJson from '../../package.json' with { type: 'json' }
import type { ParseTask } from '../corpus/parse-task.js'

export const defaultQueueName = 'communique'

export interface QueueKeys {
  /** path -> job id, one field per input enqueued. */
  paths: string
  /** job id -> the document as gzipped compact JSON. */
  results: string
  /** job id -> {message, code} of a document that cannot be parsed. */
  errors: string
}

export function queueKeys(queue: string): QueueKeys {
  return {
    paths: `communique:${queue}:paths`,
    results: `communique:${queue}:results`,
    errors: `communique:${queue}:errors`,
  }
}

/** The job id of an input: the SHA-256 of its bytes and parse options, and the library version. */
export function jobIdOf(bytes: Uint8Array, options: ParseTask['options']): string {
  const hash = createHash('sha256')
  hash.update(bytes)
  hash.update(`\u0000${JSON.stringify(options)}`)
  return `${hash.digest('hex')}-v${packageJson.version}`
}

/** What a job carries: the input itself (workers may share no disk with the enqueuer). */
export interface ParseJobData {
  path: string
  /** The input's bytes, base64. */
  content: string
  options: ParseTask['options']
}
