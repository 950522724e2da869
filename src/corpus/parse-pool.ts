// The pool of worker threads that parse a corpus: piscina, with exactly `jobs` threads
// started up front and kept for the run. Loaded on first use, so that importing the
// library or starting the CLI does not pay for it.
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { ParseTask, TaskResult } from './parse-task.js'

/** The built worker entry; from the sources (tests, tsx) the one in dist/. */
function workerFile(): string {
  const here = import.meta.url
  const url = here.endsWith('.ts')
    ? new URL('../../dist/corpus-worker.js', here)
    : new URL('./corpus-worker.js', here)
  return fileURLToPath(url)
}

export function defaultJobs(): number {
  return availableParallelism()
}

export interface ParsePool {
  run(task: ParseTask, signal?: AbortSignal): Promise<TaskResult>
  close(): Promise<void>
}

export async function createParsePool(jobs: number): Promise<ParsePool> {
  const { Piscina } = await import('piscina')
  const threads = Math.max(1, Math.floor(jobs))
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  })
  return {
    run: (task, signal) => pool.run(task, signal ? { signal } : {}) as Promise<TaskResult>,
    close: () => pool.destroy(),
  }
}
