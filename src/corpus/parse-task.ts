// One parse, as a worker thread runs it: read the file (or take the bytes sent), parse,
// and give back the document or its rendering, so that serialising happens on the worker
// too. A failure is returned, not thrown: a thrown error would lose its code crossing the
// thread, and a returned one tells the caller the parse itself failed (deterministic, not
// worth a retry), while a rejected task means the thread died.
import { readFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { toMarkdown } from '../export/document/to-markdown.js'
import { toJson } from '../export/json/to-json.js'
import { InputError } from '../input/decode.js'
import type { CommuniqueDocument } from '../model/document.js'
import { type ParseOptions, parse } from '../parse.js'

/** What a task gives back: the document itself, compact JSON, indented JSON, Markdown, or gzipped compact JSON. */
export type TaskOutput = 'document' | 'json-line' | 'json' | 'markdown' | 'json-gzip'

export interface ParseTask {
  path: string
  /** The input itself, when it is not to be read from `path` (standard input, a queued job). */
  bytes?: Uint8Array
  options: Omit<ParseOptions, 'steps'>
  output: TaskOutput
}

export interface TaskError {
  message: string
  /** `binary`, `too-large`, `encoding`, `type` (InputError codes), `read`, or `internal`. */
  code: string
}

export interface TaskResult {
  /** Bytes read. */
  size: number
  document?: CommuniqueDocument
  text?: string
  gzip?: Uint8Array
  error?: TaskError
}

function readReason(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file'
  if (error.code === 'EISDIR') return 'is a directory'
  if (error.code === 'EACCES') return 'permission denied'
  return error.message
}

function render(document: CommuniqueDocument, output: TaskOutput): Omit<TaskResult, 'size'> {
  switch (output) {
    case 'document':
      return { document }
    case 'json-line':
      return { text: toJson(document, 0) }
    case 'json':
      return { text: `${toJson(document)}\n` }
    case 'markdown':
      return { text: toMarkdown(document) }
    case 'json-gzip':
      return { gzip: gzipSync(toJson(document, 0)) }
  }
}

export async function runParseTask(task: ParseTask): Promise<TaskResult> {
  let bytes: Uint8Array
  try {
    bytes = task.bytes ?? (await readFile(task.path))
  } catch (error) {
    return { size: 0, error: { message: readReason(error as NodeJS.ErrnoException), code: 'read' } }
  }
  try {
    return { size: bytes.byteLength, ...render(parse(bytes, task.options), task.output) }
  } catch (error) {
    if (error instanceof InputError)
      return { size: bytes.byteLength, error: { message: error.message, code: error.code } }
    const message = error instanceof Error ? error.message : String(error)
    return {
      size: bytes.byteLength,
      error: { message: `internal error: ${message}`, code: 'internal' },
    }
  }
}
