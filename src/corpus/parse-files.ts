// parseFiles: the library's corpus entry point. Files, directories and globs in; one
// {path, document} or {path, error} out per input, parsed on worker threads.
import type { CommuniqueDocument } from '../model/document.js'
import type { ParseOptions } from '../parse.js'
import { expandInputs } from './expand-inputs.js'
import { runCorpus } from './run-corpus.js'

export interface ParseFilesOptions extends Omit<ParseOptions, 'steps'> {
  /** Worker threads (default: the available cores). */
  jobs?: number
  /** Abort the run: the iteration throws the signal's reason and running parses stop. */
  signal?: AbortSignal
  /** Yield each file as soon as it is parsed instead of in input order. */
  unordered?: boolean
}

/** Why one input of a corpus could not be parsed. */
export class CorpusFileError extends Error {
  override name = 'CorpusFileError'
  constructor(
    message: string,
    /** The input. */
    readonly path: string,
    /** `read` (the file could not be read), `internal`, or an InputError code (`binary`, `too-large`, …). */
    readonly code: string,
  ) {
    super(message)
  }
}

export type ParsedFile =
  | { path: string; document: CommuniqueDocument; error?: undefined }
  | { path: string; error: CorpusFileError; document?: undefined }

/**
 * Parse files, directories (read recursively for .txt and .md) and globs on worker threads.
 * Yields one result per input file, in input order unless `unordered`; a file that fails
 * yields its error and the run goes on. At most `jobs × 2` documents are held at once.
 */
export async function* parseFiles(
  paths: Iterable<string>,
  options: ParseFilesOptions = {},
): AsyncGenerator<ParsedFile> {
  const { jobs, signal, unordered, ...parse } = options
  const inputs = await expandInputs(paths)
  const run = runCorpus(inputs, {
    output: 'document',
    parse,
    ...(jobs !== undefined ? { jobs } : {}),
    ...(signal ? { signal } : {}),
    ...(unordered ? { unordered } : {}),
  })
  for await (const { input, result } of run) {
    if (result.document) yield { path: input.path, document: result.document }
    else {
      const { message, code } = result.error ?? { message: 'no result', code: 'internal' }
      yield { path: input.path, error: new CorpusFileError(message, input.path, code) }
    }
  }
}
