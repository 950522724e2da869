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

const jobs: OptionSpec = {
  name: 'jobs',
  short: 'j',
  type: 'string',
  value: '<n>',
  help: 'worker threads (default: the available cores)',
}

const redis: OptionSpec = {
  name: 'redis',
  type: 'string',
  value: '<url>',
  help: 'the Redis server of the queue: redis://host:port (required)',
}

const queue: OptionSpec = {
  name: 'queue',
  type: 'string',
  value: '<name>',
  help: 'queue name, to keep several corpora apart on one Redis (default communique)',
}

const fromList: OptionSpec = {
  name: 'from-list',
  type: 'string',
  value: '<file>',
  help: 'read more inputs from a file, one path a line (- for standard input)',
}

const corpusParseOptions: OptionSpec[] = [
  jobs,
  {
    name: 'out-dir',
    type: 'string',
    value: '<dir>',
    help: 'write one file per input there, at the same relative path (json or md)',
  },
  fromList,
  {
    name: 'unordered',
    type: 'boolean',
    help: 'ndjson: write documents as they are done, not in input order',
  },
  { name: 'force', type: 'boolean', help: '--out-dir: parse inputs whose output is already newer' },
]

export const commands: CommandSpec[] = [
  {
    name: 'parse',
    summary: 'parse official texts into documents',
    arguments: '<file|dir|glob|->…',
    inputs: { min: 0, max: Number.POSITIVE_INFINITY },
    description: [
      'Reads a text (plain text or Markdown; - for standard input) and prints its document:',
      'title, date, place, kind, blocks, entities and proposals, each with its place in the',
      'input. Readable text on a terminal, JSON when piped. Warnings go to standard error,',
      'one line each (file:line:column  rule-id  message).',
      '',
      'Several inputs, a directory (read recursively for .txt and .md), a glob or --from-list',
      'make a corpus run on worker threads: --format ndjson (one {path, document} a line, in',
      'input order unless --unordered) or --out-dir. A failing input is one line on standard',
      'error and an {path, error} record; the run goes on and exits 1. A progress bar is drawn',
      "on a terminal unless --quiet; the documents' warnings stay in the documents.",
    ].join('\n'),
    options: [
      {
        name: 'format',
        short: 'f',
        type: 'string',
        value: '<text|json|md|ndjson>',
        help: 'output: text (default on a terminal), json (default when piped), md, or ndjson (corpus)',
        choices: ['text', 'json', 'md', 'ndjson'],
      },
      inputFormat,
      maxLength,
      ...corpusParseOptions,
    ],
    examples: [
      'communique parse fixtures/initiative.txt',
      'communique parse fixtures/initiative.txt --format json > initiative.json',
      'communique parse - < fixtures/news.txt --format md',
      'curl -s https://example.org/statement.txt | communique parse - -q',
      'communique parse corpus/ --format ndjson --jobs 4 > corpus.ndjson',
      "communique parse 'corpus/**/*.txt' --out-dir parsed/ --format md",
      'communique parse --from-list paths.txt --out-dir parsed/',
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
  {
    name: 'compare',
    summary: 'align three or more versions of a text into a collation',
    arguments: '<a> <b> [c ...]',
    inputs: { min: 2, max: 64 },
    description: [
      'Aligns several versions (translations, a text and several reports of it) into a',
      'collation: one row per unit of meaning with the variant each version gives (or none),',
      "each version's changes against the base (the first, or --base), and the facts only",
      'some versions state. Each version is compared with the base, so the cost grows about',
      'linearly with the total length. At most one input can be -.',
    ].join('\n'),
    options: [
      {
        name: 'format',
        short: 'f',
        type: 'string',
        value: '<text|json|md>',
        help: 'output: text (default), json or md (a table per paragraph)',
        choices: ['text', 'json', 'md'],
      },
      {
        name: 'base',
        type: 'string',
        value: '<n>',
        help: 'the version the others are compared with, counted from 1 (default 1)',
      },
      inputFormat,
      maxLength,
    ],
    examples: [
      'communique compare en.txt fr-translation.txt es-translation.txt',
      'communique compare statement.txt report1.txt report2.txt --format md -o collation.md',
      'communique compare a.txt b.txt c.txt --base 2 --format json | jq .facts',
    ],
    load: () => import('./compare.js'),
  },
  {
    name: 'index',
    summary: 'what a corpus says as a whole: entities, documents, proposals, dates',
    arguments: '<ndjson|dir|->',
    inputs: { min: 1, max: 1 },
    description: [
      'Indexes the documents of an NDJSON stream (from parse --format ndjson or collect) or',
      'of a directory of texts (parsed on the spot): per organization, place and person the',
      'documents that name it, mention counts, first and last dates, aliases across',
      'documents; per document its metadata; proposals by actor and act kind; a timeline.',
    ].join('\n'),
    options: [
      {
        name: 'format',
        short: 'f',
        type: 'string',
        value: '<json|md|csv>',
        help: 'output: json (default), md, or csv (tables, with --out-dir)',
        choices: ['json', 'md', 'csv'],
      },
      {
        name: 'out-dir',
        type: 'string',
        value: '<dir>',
        help: 'where --format csv writes its tables',
      },
      jobs,
    ],
    examples: [
      'communique parse corpus/ --format ndjson > corpus.ndjson && communique index corpus.ndjson > index.json',
      'communique index corpus/ --format md > index.md',
      'communique index corpus.ndjson --format csv --out-dir tables/',
    ],
    load: () => import('./corpus-index.js'),
  },
  {
    name: 'enqueue',
    summary: 'queue a corpus on Redis for workers on many machines',
    arguments: '<file|dir|glob>…',
    inputs: { min: 0, max: Number.POSITIVE_INFINITY },
    description: [
      'Adds one BullMQ job per document, its id the hash of its bytes and parse options plus',
      'the library version; documents already parsed or already queued are skipped. Redis',
      'must run with appendonly yes: with snapshots only, a Redis crash loses queued jobs.',
    ].join('\n'),
    options: [redis, queue, fromList, inputFormat],
    examples: ['communique enqueue --redis redis://queue-host:6379 corpus/'],
    load: () => import('./enqueue.js'),
  },
  {
    name: 'worker',
    summary: 'parse queued documents on worker threads',
    arguments: '',
    inputs: { min: 0, max: 0 },
    description: [
      'Takes jobs from the queue and parses them on --jobs worker threads until stopped',
      '(SIGINT or SIGTERM let running jobs finish), or with --until-empty until no job is',
      "left. A dead worker's jobs are taken up by the others within about 15 seconds.",
    ].join('\n'),
    options: [
      redis,
      queue,
      jobs,
      { name: 'until-empty', type: 'boolean', help: 'stop once no job is waiting or running' },
    ],
    examples: ['communique worker --redis redis://queue-host:6379 --jobs 8'],
    load: () => import('./worker.js'),
  },
  {
    name: 'collect',
    summary: 'gather the results of a queue as NDJSON, and its index',
    arguments: '',
    inputs: { min: 0, max: 0 },
    description: [
      'Writes one {path, document} or {path, error} line per input enqueued, in path order,',
      'and with --index the corpus index built from these results. Exit 1 if a document',
      'failed or is not finished (--wait waits for them).',
    ].join('\n'),
    options: [
      redis,
      queue,
      {
        name: 'out',
        type: 'string',
        value: '<file>',
        help: 'the NDJSON file (default: standard output)',
      },
      {
        name: 'index',
        type: 'string',
        value: '<file>',
        help: 'also write the corpus index (JSON) there',
      },
      { name: 'wait', type: 'boolean', help: 'wait until every input is done' },
    ],
    examples: [
      'communique collect --redis redis://queue-host:6379 --out results.ndjson --index index.json',
    ],
    load: () => import('./collect.js'),
  },
]

export function findCommand(name: string): CommandSpec | undefined {
  return commands.find((command) => command.name === name)
}
