// The help texts, built from the command table so that every option is in them.
import { type CommandSpec, commands, commonOptions, type OptionSpec } from './commands/index.js'

const exitCodeLines = [
  'Exit codes:',
  '  0  success',
  '  1  diff --exit-code: the versions differ substantively; corpus commands: an input failed',
  '  2  bad usage (unknown command or option, missing argument)',
  '  3  bad input or output (missing or binary file, output that cannot be written)',
  '  4  internal error: a bug in communique (please report it)',
]

function optionLines(options: OptionSpec[]): string[] {
  const heads = options.map((option) => {
    const flags = [option.short ? `-${option.short}` : '    ', `--${option.name}`]
    const head = `${option.short ? `${flags[0]}, ` : '    '}${flags[1]}`
    const value = option.value ? ` ${option.value}` : ''
    return option.name === 'color' ? `${head}, --no-color` : `${head}${value}`
  })
  const width = Math.max(...heads.map((head) => head.length)) + 2
  return heads.map((head, k) => `  ${head.padEnd(width)}${options[k]!.help}`)
}

export function generalHelp(): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.arguments}`.length)) + 2
  return [
    'Usage: communique <command> [options]',
    '',
    'Parse, extract and compare official texts (declarations, communiqués, joint statements)',
    'and the news reports that restate them.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${`${c.name} ${c.arguments}`.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    "  -h, --help     show this help (communique <command> --help: the command's own)",
    '  -v, --version  show the version',
    '',
    'Examples:',
    ...commands.map((c) => `  ${c.examples[0]}`),
    '',
    ...exitCodeLines,
    '',
  ].join('\n')
}

export function commandHelp(command: CommandSpec): string {
  return [
    `Usage: communique ${[command.name, command.arguments].filter(Boolean).join(' ')} [options]`,
    '',
    command.description,
    '',
    'Options:',
    ...optionLines([...command.options, ...commonOptions]),
    '',
    'Environment: NO_COLOR (never colour), FORCE_COLOR (always colour).',
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${example}`),
    '',
    ...exitCodeLines,
    '',
  ].join('\n')
}
