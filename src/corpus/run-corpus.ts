// Parse many inputs on a pool of worker threads, in input order or as they finish, with
// at most `jobs × 2` inputs in flight (being parsed, or parsed and waiting for an earlier
// one): memory is bounded by the pool, not by the size of the corpus.

import type { CorpusInput } from './expand-inputs.js'
import { mapBounded } from './map-bounded.js'
import { createParsePool, defaultJobs, type ParsePool } from './parse-pool.js'
import type { ParseTask, TaskOutput, TaskResult } from './parse-task.js'
import { readStandardBytes } from './standard-input.js'

/** Inputs in flight per worker thread: one being parsed, one ready for when it is done. */
export const inFlightPerJob = 2

export interface RunCorpusOptions {
  jobs?: number
  signal?: AbortSignal
  /** Yield results as they finish rather than in input order. */
  unordered?: boolean
  output: TaskOutput
  parse?: ParseTask['options']
  /** Where `-` reads from (default: the process's standard input). */
  stdin?: NodeJS.ReadableStream
  /** Run on this pool instead of one of the run's own (left open at the end). */
  pool?: ParsePool
}

export interface CorpusResult {
  input: CorpusInput
  result: TaskResult
}

export async function* runCorpus(
  inputs: Iterable<CorpusInput> | AsyncIterable<CorpusInput>,
  options: RunCorpusOptions,
): AsyncGenerator<CorpusResult> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()))
  const pool = options.pool ?? (await createParsePool(jobs))
  const parseOptions = options.parse ?? {}
  try {
    const task = async (input: CorpusInput): Promise<CorpusResult> => {
      const bytes = input.path === '-' ? await readStandardBytes(options.stdin) : undefined
      const job: ParseTask = { path: input.path, options: parseOptions, output: options.output }
      if (bytes) job.bytes = bytes
      return { input, result: await pool.run(job, options.signal) }
    }
    yield* mapBounded(inputs, task, {
      limit: jobs * inFlightPerJob,
      ordered: options.unordered !== true,
      ...(options.signal ? { signal: options.signal } : {}),
    })
  } finally {
    if (!options.pool) await pool.close()
  }
}
