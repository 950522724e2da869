// Reading the command line, before anything else loads: the command, its options and files.
import { parseArgs } from 'node:util'
import { type CommandSpec, commonOptions, findCommand, type OptionSpec } from './commands/index.js'
import { UsageError } from './exit-codes.js'

export type Invocation =
  | { kind: 'help'; command?: CommandSpec }
  | { kind: 'version' }
  | {
      kind: 'run'
      command: CommandSpec
      values: Record<string, string | boolean | string[] | undefined>
      files: string[]
    }

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options']

function toParseArgs(options: OptionSpec[]): ParseArgsOptions {
  const result: NonNullable<ParseArgsOptions> = {}
  for (const option of options) {
    result[option.name] = {
      type: option.type,
      ...(option.short ? { short: option.short } : {}),
      ...(option.multiple ? { multiple: true } : {}),
    }
  }
  return result
}

type Values = Record<string, string | boolean | string[] | undefined>

function read(args: string[], options: OptionSpec[]): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: toParseArgs(options),
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    })
    return { values: values as Values, positionals }
  } catch (error) {
    // parseArgs names the option and says what to do; keep its first sentence.
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\.$/, ''))
  }
}

function describeCount({ min, max }: CommandSpec['inputs']): string {
  const files = (n: number) => (n === 1 ? 'one file' : n === 2 ? 'two files' : `${n} files`)
  if (min === max) return files(min)
  return max === Number.POSITIVE_INFINITY ? `at least ${files(min)}` : `${min} to ${max} files`
}

/** Read the arguments (without node and the script) into what to do. Throws UsageError. */
export function readArgs(argv: string[]): Invocation {
  const first = argv.findIndex((arg) => !arg.startsWith('-'))
  const name = first === -1 ? undefined : argv[first]
  if (name === undefined) {
    const global = read(argv, [
      { name: 'help', short: 'h', type: 'boolean', help: '' },
      { name: 'version', short: 'v', type: 'boolean', help: '' },
    ])
    if (global.values.version) return { kind: 'version' }
    if (global.values.help) return { kind: 'help' }
    throw new UsageError('missing command (parse or diff); see communique --help')
  }
  if (name === 'help') {
    const topic = argv[first + 1]
    const command = topic === undefined ? undefined : findCommand(topic)
    if (topic !== undefined && !command)
      throw new UsageError(`unknown command ${topic}; see --help`)
    return command ? { kind: 'help', command } : { kind: 'help' }
  }
  const command = findCommand(name)
  if (!command) throw new UsageError(`unknown command ${name}; see communique --help`)
  const rest = [...argv.slice(0, first), ...argv.slice(first + 1)]
  const { values, positionals } = read(rest, [...command.options, ...commonOptions])
  if (values.help) return { kind: 'help', command }
  for (const option of command.options) {
    const value = values[option.name]
    if (option.choices && typeof value === 'string' && !option.choices.includes(value)) {
      throw new UsageError(
        `--${option.name} must be ${option.choices.join(', ')}, not ${value || '(empty)'}`,
      )
    }
  }
  const { min, max } = command.inputs
  if (positionals.length < min || positionals.length > max) {
    throw new UsageError(
      `${command.name} takes ${describeCount(command.inputs)} (- for standard input); see communique ${command.name} --help`,
    )
  }
  if (positionals.filter((file) => file === '-').length > 1) {
    throw new UsageError('only one input can be standard input')
  }
  const limit = values['max-length']
  if (typeof limit === 'string' && !/^[1-9]\d{0,15}$/.test(limit)) {
    throw new UsageError(`--max-length must be a positive whole number, not ${limit || '(empty)'}`)
  }
  if (values.output === '') throw new UsageError('--output needs a file name')
  return { kind: 'run', command, values, files: positionals }
}
