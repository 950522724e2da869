// `communique enqueue --redis URL <inputs…>`: one BullMQ job per document; documents
// already parsed or already queued are skipped.
import { expandInputs, readInputList } from '../../corpus/expand-inputs.js'
import type { CommandContext } from '../context.js'
import { exitCodes, IoError } from '../exit-codes.js'
import { writeStream } from '../io.js'
import { readRedis } from './corpus-options.js'
import { someFailed } from './parse-corpus.js'

export async function run(context: CommandContext): Promise<number> {
  const { values, streams } = context
  const redis = readRedis(values.redis)
  const fromList = values['from-list'] as string | undefined
  const list = fromList === undefined ? [] : await readInputList(fromList)
  const inputs = await expandInputs([...context.files, ...list])
  if (inputs.some((input) => input.path === '-'))
    throw new IoError('enqueue reads files: standard input cannot be queued')
  if (inputs.length === 0) throw new IoError('no input: no .txt or .md file found')
  const { enqueueCorpus } = await import('../../queue/enqueue.js')
  const report = await enqueueCorpus(inputs, {
    redis,
    ...(typeof values.queue === 'string' ? { queue: values.queue } : {}),
    parse: { format: (values['input-format'] ?? 'auto') as 'auto' | 'text' | 'markdown' },
  })
  const lines = report.unreadable.map(({ path, message }) => `communique: ${path}: ${message}\n`)
  lines.push(
    `communique: ${inputs.length} inputs: ${report.added} added, ${report.done} already done, ${report.queued} already queued\n`,
  )
  await writeStream(streams.stderr, lines.join(''), 'standard error')
  return report.unreadable.length > 0 ? someFailed : exitCodes.ok
}
