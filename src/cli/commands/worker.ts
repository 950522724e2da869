// `communique worker --redis URL [--jobs N]`: parse queued documents on N worker threads
// until stopped (SIGINT, SIGTERM: running jobs finish first) or, with --until-empty, until
// no job is left anywhere.
import type { CommandContext } from '../context.js'
import { exitCodes } from '../exit-codes.js'
import { writeStream } from '../io.js'
import { readJobs, readRedis } from './corpus-options.js'

export async function run(context: CommandContext): Promise<number> {
  const { values, streams } = context
  const redis = readRedis(values.redis)
  const jobs = readJobs(values.jobs)
  const controller = new AbortController()
  const stop = () => controller.abort()
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  const { runQueueWorker } = await import('../../queue/worker.js')
  const failures: string[] = []
  try {
    const report = await runQueueWorker({
      redis,
      jobs,
      untilEmpty: values['until-empty'] === true,
      signal: controller.signal,
      ...(typeof values.queue === 'string' ? { queue: values.queue } : {}),
      onJob: (path, error) => {
        if (error) failures.push(`communique: ${path}: ${error}\n`)
      },
    })
    const summary = values.quiet
      ? ''
      : `communique: ${report.parsed} parsed, ${report.failed} failed\n`
    await writeStream(streams.stderr, failures.join('') + summary, 'standard error')
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
  return exitCodes.ok
}
