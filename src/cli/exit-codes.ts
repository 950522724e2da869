/** The exit codes of the command line, one meaning each. */
export const exitCodes = {
  /** Done. */
  ok: 0,
  /** `diff --exit-code`: the versions differ substantively. */
  differ: 1,
  /** Bad usage: an unknown command or option, a missing argument. */
  usage: 2,
  /** Bad input or output: a missing or binary file, an output that cannot be written. */
  input: 3,
  /** An internal error: a bug in communique, to be reported. */
  internal: 4,
} as const

/** A command line that cannot be run as written (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** An expected failure of input or output, reported in one line (exit 3). */
export class IoError extends Error {
  override name = 'IoError'
}
