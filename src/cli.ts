#!/usr/bin/env node
// The command line: argument parsing and I/O only; the work is the public API's.
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import packageJson from '../package.json' with { type: 'json' }
import { commandOutputs } from './cli-commands.js'

const version = packageJson.version

import { InputError } from './input/decode.js'
import type { CommuniqueDocument } from './model/document.js'
import { parse } from './parse.js'

const usage = `Usage: communique <command> [options]

Commands:
  parse <file|->          parse an official text into a document
  diff <a|-> <b|->        compare two versions of a text

Options:
  --format <f>            output: json or md (parse: json by default; diff: text, json or md)
  --input-format <f>      auto (default), text or markdown
  --output <file>         write to a file instead of standard output
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 success, 1 bad input, 2 bad usage.`

class UsageError extends Error {}

function fail(code: number, message: string): never {
  process.stderr.write(`communique: ${message}\n`)
  process.exit(code)
}

function readInput(file: string): Uint8Array {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message
    throw new InputError(`${file}: ${reason}`, 'encoding')
  }
}

function parseFile(file: string, inputFormat: string): CommuniqueDocument {
  const bytes = readInput(file)
  try {
    return parse(bytes, { format: inputFormat as 'auto' | 'text' | 'markdown' })
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${file}: ${error.message}`, error.code)
    throw error
  }
}

function main(argv: string[]): void {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'input-format': { type: 'string', default: 'auto' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        color: { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  if (values.version) {
    process.stdout.write(`${version}\n`)
    return
  }
  const [command, ...files] = positionals
  const inputFormat = String(values['input-format'])
  if (!['auto', 'text', 'markdown'].includes(inputFormat)) {
    throw new UsageError(`--input-format must be auto, text or markdown, not ${inputFormat}`)
  }
  const outputs = commandOutputs[command as keyof typeof commandOutputs]
  if (!command) throw new UsageError('missing command (parse or diff); see --help')
  if (!outputs) throw new UsageError(`unknown command ${command}; see --help`)
  const format = values.format === undefined ? outputs.defaultFormat : String(values.format)
  if (!outputs.formats.includes(format)) {
    throw new UsageError(
      `--format for ${command} must be ${outputs.formats.join(', ')}, not ${format}`,
    )
  }
  if (files.length !== outputs.inputs) {
    throw new UsageError(
      `${command} takes ${outputs.inputs === 1 ? 'one file' : 'two files'} (use - for standard input)`,
    )
  }
  if (files.filter((file) => file === '-').length > 1)
    throw new UsageError('only one input can be standard input')
  const documents = files.map((file) => parseFile(file!, inputFormat))
  const color =
    Boolean(values.color) ||
    (values.color === undefined &&
      values.output === undefined &&
      process.stdout.isTTY === true &&
      !process.env.NO_COLOR)
  const text = outputs.render(documents, format, { color })
  const out = text.endsWith('\n') ? text : `${text}\n`
  if (values.output) writeFileSync(String(values.output), out)
  else process.stdout.write(out)
}

try {
  main(process.argv.slice(2))
} catch (error) {
  if (error instanceof UsageError) fail(2, error.message)
  if (error instanceof InputError) fail(1, error.message)
  fail(1, `unexpected error: ${(error as Error).message ?? String(error)}`)
}
