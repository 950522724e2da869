import type { Writable } from 'node:stream'

/** The streams and environment a command runs with (the process's, or a test's). */
export interface Streams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  stdout: Writable & { isTTY?: boolean }
  stderr: Writable & { isTTY?: boolean }
  env: Record<string, string | undefined>
}

/** What a command is given: its parsed arguments, the streams, and output helpers. */
export interface CommandContext {
  /** Option values by long name (`format`, `input-format`, `output`, `quiet`, …). */
  values: Record<string, string | boolean | string[] | undefined>
  /** The file arguments (`-` is standard input). */
  files: string[]
  streams: Streams
  /** Colour the output (decided from --color/--no-color, NO_COLOR, FORCE_COLOR, the terminal). */
  color: boolean
  /** Colour the warnings on standard error (the same rules, for that stream). */
  stderrColor: boolean
  /** Print the documents' warnings on standard error (false with --quiet). */
  warnings: boolean
}
