// Run the command line in-process with fake streams: arguments, standard input, whether
// standard output is a terminal, and the environment; collects what it writes.
import { PassThrough, Readable } from 'node:stream'
import { run } from '../../src/cli/run.js'

export interface RunOptions {
  stdin?: string | Buffer | Readable
  tty?: boolean
  env?: Record<string, string | undefined>
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

function sink(tty: boolean): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream: PassThrough & { isTTY?: boolean } = new PassThrough()
  if (tty) stream.isTTY = true
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}

export async function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = sink(options.tty === true)
  const stderr = sink(options.tty === true)
  const input = options.stdin ?? ''
  const stdin = input instanceof Readable ? input : Readable.from([Buffer.from(input)])
  const code = await run(args, {
    stdin,
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: options.env ?? {},
  })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}
