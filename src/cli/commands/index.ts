// The commands of the CLI as data: what each takes, its options, its help and examples,
// and how to load the module that does its work. Nothing here imports that work, so
// `--help`, `--version` and argument errors answer before any of the library loads.
// Adding a command is adding a file in this folder and an entry below.
import type { CommandContext } from '../context.js'

/** One option of a command, as `node:util` parseArgs reads it, with its help line. */
export interface OptionSpec {
  name: string
  type: 'string' | 'boolean'
  short?: string
  /** Value shown in help: `--format <text|json|md>`. */
  value?: string
  /** One line of help. */
  help: string
  /** Allowed values of a string option. */
  choices?: readonly string[]
  /** A string option that may be given more than once. */
  multiple?: boolean
}

export interface CommandModule {
  /** Run the command; resolves to its exit code. */
  run(context: CommandContext): Promise<number>
}

export interface CommandSpec {
  name: string
  /** What it does, in one line (the general help). */
  summary: string
  /** Its arguments, after the command name: `<file|->`. */
  arguments: string
  /** How many file arguments: exact count or a range. */
  inputs: { min: number; max: number }
  /** More about it, a few lines (its own help). */
  description: string
  options: OptionSpec[]
  examples: string[]
  load(): Promise<CommandModule>
}

/** Options every command takes. */
export const commonOptions: OptionSpec[] = [
  {
    name: 'output',
    short: 'o',
    type: 'string',
    value: '<file>',
    help: 'write to a file instead of standard output',
  },
  { name: 'quiet', short: 'q', type: 'boolean', help: "don't print the documents' warnings" },
  {
    name: 'color',
    type: 'boolean',
    help: 'colour the output, or never; default: on a terminal',
  },
  { name: 'help', short: 'h', type: 'boolean', help: 'show this help' },
]

const inputFormat: OptionSpec = {
  name: 'input-format',
  type: 'string',
  value: '<auto|text|markdown>',
  help: 'read the input as: detect (default), plain text or Markdown',
  choices: ['auto', 'text', 'markdown'],
}

const maxLength: OptionSpec = {
  name: 'max-length',
  type: 'string',
  value: '<n>',
  help: 'refuse an input over n characters, and stop reading it (default 67108864)',
}

export const commands: CommandSpec[] = [
  {
    name: 'parse',
    summary: 'parse an official text into a document',
    arguments: '<file|->',
    inputs: { min: 1, max: 1 },
    description: [
      'Reads a text (plain text or Markdown; - for standard input) and prints its document:',
      'title, date, place, kind, blocks, entities and proposals, each with its place in the',
      'input. Readable text on a terminal, JSON when piped. Warnings go to standard error,',
      'one line each (file:line:column  rule-id  message).',
    ].join('\n'),
    options: [
      {
        name: 'format',
        short: 'f',
        type: 'string',
        value: '<text|json|md>',
        help: 'output: text (default on a terminal), json (default when piped) or md',
        choices: ['text', 'json', 'md'],
      },
      inputFormat,
      maxLength,
    ],
    examples: [
      'communique parse fixtures/initiative.txt',
      'communique parse fixtures/initiative.txt --format json > initiative.json',
      'communique parse - < fixtures/news.txt --format md',
      'curl -s https://example.org/statement.txt | communique parse - -q',
    ],
    load: () => import('./parse.js'),
  },
  {
    name: 'diff',
    summary: 'compare two versions of a text',
    arguments: '<a|-> <b|->',
    inputs: { min: 2, max: 2 },
    description: [
      'Compares two versions (a text and the report that restates it, a draft and its final',
      'version): sentences aligned, word changes inside each pair, editorial or substantive,',
      'what only one side says, and the entities of both. At most one input can be -.',
    ].join('\n'),
    options: [
      {
        name: 'format',
        short: 'f',
        type: 'string',
        value: '<text|json|md>',
        help: 'output: text (default), json or md (a redline)',
        choices: ['text', 'json', 'md'],
      },
      inputFormat,
      maxLength,
      {
        name: 'exit-code',
        type: 'boolean',
        help: 'exit 1 if the versions differ substantively, else 0',
      },
    ],
    examples: [
      'communique diff fixtures/initiative.txt fixtures/news.txt',
      'communique diff draft.txt final.txt --format md -o redline.md',
      'communique diff a.txt b.txt --format json | jq .summary',
      'communique diff a.txt b.txt --exit-code -q > /dev/null || echo "substantive change"',
    ],
    load: () => import('./diff.js'),
  },
]

export function findCommand(name: string): CommandSpec | undefined {
  return commands.find((command) => command.name === name)
}
