// `communique parse` over many inputs: files, directories, globs, `-` and --from-list,
// parsed on worker threads into one NDJSON stream (one {path, document} or {path, error}
// a line, in input order unless --unordered) or into --out-dir (one JSON or Markdown file
// per input at the same relative path, skipped when newer than its input unless --force).
// A failing input is one line on standard error and the run goes on; exit 1 if any failed.
import { createWriteStream } from 'node:fs'
import { mkdir, rename, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { type CorpusInput, expandInputs, readInputList } from '../../corpus/expand-inputs.js'
import { runCorpus } from '../../corpus/run-corpus.js'
import type { CommandContext } from '../context.js'
import { exitCodes, IoError, UsageError } from '../exit-codes.js'
import { describeSystemError, displayName, writeStream } from '../io.js'
import { Progress } from '../progress.js'
import { readJobs } from './corpus-options.js'

/** Exit code of a corpus run in which some inputs failed. */
export const someFailed = 1

interface Planned extends CorpusInput {
  /** The output file, with --out-dir. */
  target?: string
  size: number
}

function outputName(relative: string, extension: string): string {
  return relative.replace(/\.(txt|md|markdown|text)$/i, '') + extension
}

async function plan(
  inputs: CorpusInput[],
  outDir: string | undefined,
  extension: string,
  force: boolean,
) {
  const planned: Planned[] = []
  const targets = new Map<string, string>()
  let skipped = 0
  for (const input of inputs) {
    const stats = input.path === '-' ? undefined : await stat(input.path).catch(() => undefined)
    const item: Planned = { ...input, size: stats?.size ?? 0 }
    if (outDir !== undefined) {
      const target = join(outDir, outputName(input.relative, extension))
      const other = targets.get(target)
      if (other) throw new UsageError(`${other} and ${input.path} would both write ${target}`)
      if (stats && resolve(target) === resolve(input.path))
        throw new UsageError(`${input.path} would be overwritten by its own output`)
      targets.set(target, input.path)
      item.target = target
      if (!force && stats) {
        const done = await stat(target).catch(() => undefined)
        if (done && done.mtimeMs >= stats.mtimeMs) {
          skipped++
          continue
        }
      }
    }
    planned.push(item)
  }
  return { planned, skipped }
}

async function writeAtomically(target: string, text: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true })
  const temporary = `${target}.${process.pid}.partial`
  await writeFile(temporary, text)
  await rename(temporary, target)
}

export async function run(context: CommandContext): Promise<number> {
  const { values, streams } = context
  const outDir = values['out-dir'] as string | undefined
  const fromList = values['from-list'] as string | undefined
  const format = (values.format as string | undefined) ?? (outDir ? 'json' : 'ndjson')
  if (outDir !== undefined && format !== 'json' && format !== 'md')
    throw new UsageError(`--out-dir writes json or md files, not ${format}`)
  if (outDir === undefined && format !== 'ndjson')
    throw new UsageError('several inputs need --format ndjson or --out-dir <dir>')
  if (fromList === '-' && context.files.includes('-'))
    throw new UsageError('standard input cannot be both the list and an input')
  const jobs = readJobs(values.jobs)
  let list: string[] = []
  if (fromList !== undefined) {
    try {
      list = await readInputList(fromList)
    } catch (error) {
      throw new IoError(`${fromList}: ${describeSystemError(error) ?? (error as Error).message}`)
    }
  }
  const inputs = await expandInputs([...context.files, ...list])
  if (inputs.length === 0) throw new IoError('no input: no .txt or .md file found')
  const extension = format === 'md' ? '.md' : '.json'
  const { planned, skipped } = await plan(inputs, outDir, extension, values.force === true)

  const quiet = values.quiet === true
  const progress =
    !quiet && streams.stderr.isTTY === true && planned.length > 0
      ? new Progress(
          streams.stderr,
          planned.length,
          planned.reduce((n, p) => n + p.size, 0),
        )
      : undefined
  const output = values.output as string | undefined
  let out: Writable = streams.stdout
  if (outDir === undefined && output !== undefined) out = createWriteStream(output)
  const limit = values['max-length']
  const parse = {
    format: (values['input-format'] ?? 'auto') as 'auto' | 'text' | 'markdown',
    ...(typeof limit === 'string' ? { maxLength: Number(limit) } : {}),
  }
  const controller = new AbortController()
  const stop = () => controller.abort(new IoError('interrupted'))
  process.once('SIGINT', stop)
  let failed = 0
  try {
    const results = runCorpus(planned, {
      jobs,
      unordered: values.unordered === true,
      output: outDir === undefined ? 'json-line' : format === 'md' ? 'markdown' : 'json',
      parse,
      signal: controller.signal,
      stdin: streams.stdin,
    })
    for await (const { input, result } of results) {
      const { target } = input as Planned
      if (result.error) {
        failed++
        progress?.end()
        await writeStream(
          streams.stderr,
          `communique: ${displayName(input.path)}: ${result.error.message}\n`,
          'standard error',
        )
        if (outDir === undefined) {
          const record = JSON.stringify({ path: input.path, error: result.error })
          if (!(await writeStream(out, `${record}\n`, output ?? 'standard output'))) break
        }
      } else if (target !== undefined) {
        try {
          await writeAtomically(target, result.text!)
        } catch (error) {
          throw new IoError(
            `cannot write ${target}: ${describeSystemError(error) ?? (error as Error).message}`,
          )
        }
      } else {
        const line = `{"path":${JSON.stringify(input.path)},"document":${result.text}}\n`
        if (!(await writeStream(out, line, output ?? 'standard output'))) break
      }
      progress?.tick(result.size)
    }
  } finally {
    process.off('SIGINT', stop)
    progress?.end()
    if (out !== streams.stdout) await new Promise((done) => out.end(done))
  }
  if (!quiet && (skipped > 0 || (outDir !== undefined && streams.stderr.isTTY === true))) {
    const parsed = planned.length - failed
    await writeStream(
      streams.stderr,
      `communique: ${parsed} parsed, ${failed} failed, ${skipped} skipped (output newer than input)\n`,
      'standard error',
    )
  }
  return failed > 0 ? someFailed : exitCodes.ok
}
