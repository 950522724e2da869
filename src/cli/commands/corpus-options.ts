// Options shared by the corpus commands (parse over many inputs, index, enqueue, worker,
// collect): --jobs and --redis, checked the same way everywhere.
import { availableParallelism } from 'node:os'
import { UsageError } from '../exit-codes.js'

/** --jobs: a whole number from 1; the available cores when absent. */
export function readJobs(value: unknown): number {
  if (value === undefined) return availableParallelism()
  if (typeof value !== 'string' || !/^[1-9]\d{0,3}$/.test(value))
    throw new UsageError(`--jobs must be a whole number from 1, not ${String(value) || '(empty)'}`)
  return Number(value)
}

/** --redis: a redis:// or rediss:// URL. */
export function readRedis(value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new UsageError('--redis <url> is required (redis://host:port)')
  if (!/^rediss?:\/\//.test(value))
    throw new UsageError(`--redis must be a redis:// or rediss:// URL, not ${value}`)
  return value
}
