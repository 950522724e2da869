// The command line as a function of its arguments and streams: read the arguments,
// answer --help and --version at once, else load the command's module and run it.
// Every expected failure is one line and its own exit code; anything else is a bug.
import packageJson from '../../package.json' with { type: 'json' }
import { readArgs } from './args.js'
import { useColor } from './color.js'
import type { Streams } from './context.js'
import { exitCodes, IoError, UsageError } from './exit-codes.js'
import { commandHelp, generalHelp } from './help.js'
import { writeStream } from './io.js'

const bugs = packageJson.bugs.url

async function say(streams: Streams, line: string): Promise<void> {
  await writeStream(streams.stderr, `communique: ${line}\n`, 'standard error').catch(() => {})
}

/** Run the command line; resolves to the exit code. */
export async function run(argv: string[], streams: Streams): Promise<number> {
  try {
    const invocation = readArgs(argv)
    if (invocation.kind === 'version') {
      await writeStream(streams.stdout, `${packageJson.version}\n`, 'standard output')
      return exitCodes.ok
    }
    if (invocation.kind === 'help') {
      const text = invocation.command ? commandHelp(invocation.command) : generalHelp()
      await writeStream(streams.stdout, text, 'standard output')
      return exitCodes.ok
    }
    const { command, values, files } = invocation
    const flag = values.color as boolean | undefined
    const module = await command.load()
    return await module.run({
      values,
      files,
      streams,
      color: useColor({
        flag,
        env: streams.env,
        isTTY: streams.stdout.isTTY === true,
        toFile: values.output !== undefined,
      }),
      stderrColor: useColor({
        flag,
        env: streams.env,
        isTTY: streams.stderr.isTTY === true,
        toFile: false,
      }),
      warnings: values.quiet !== true,
    })
  } catch (error) {
    if (error instanceof UsageError) {
      await say(streams, error.message)
      return exitCodes.usage
    }
    if (error instanceof IoError) {
      await say(streams, error.message)
      return exitCodes.input
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    await say(
      streams,
      `internal error: ${error instanceof Error ? error.message : String(error)}\n` +
        `This is a bug in communique ${packageJson.version}. Please report it at ${bugs}\n` +
        'with the command you ran, the input if you can share it, and this trace:\n' +
        detail,
    )
    return exitCodes.internal
  }
}
