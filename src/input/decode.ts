import type { VFile } from 'vfile'
import { decodeWindows1252 } from './windows-1252.js'

/** The input `parse` accepts: text, UTF-8 bytes, or a vfile holding either. */
export type Input = string | Uint8Array | VFile

/** A decoding problem that makes the input unusable. */
export class InputError extends Error {
  override name = 'InputError'
  constructor(
    message: string,
    /** Machine-readable reason: `binary`, `encoding`, `type`. */
    readonly code: 'binary' | 'encoding' | 'type' | 'too-large',
  ) {
    super(message)
  }
}

export interface Decoded {
  text: string
  /** Set when bytes were not valid UTF-8 and were read as Windows-1252. */
  fallback?: 'windows-1252'
}

const sniffLength = 1024

function isVFile(value: unknown): value is VFile {
  // Not `'value' in value`: an empty VFile (`new VFile('')`) has no value property.
  return typeof value === 'object' && value !== null && 'messages' in value && 'history' in value
}

/**
 * Turn the accepted input kinds into a string. Bytes are decoded as UTF-8
 * (a BOM is dropped), or as UTF-16 when they start with its byte order mark; bytes that are not UTF-8 but look like legacy text are
 * read as Windows-1252; bytes that look binary are rejected.
 */
export function decode(input: Input): Decoded {
  if (typeof input === 'string') return { text: input }
  if (input instanceof Uint8Array) return decodeBytes(input)
  if (isVFile(input)) {
    const value = input.value
    if (typeof value === 'string') return { text: value }
    if (value instanceof Uint8Array) return decodeBytes(value)
    return { text: '' }
  }
  throw new InputError(
    `expected a string, a Uint8Array or a VFile, got ${input === null ? 'null' : typeof input}`,
    'type',
  )
}

/** `utf-16le` or `utf-16be` when the bytes start with a UTF-16 byte order mark. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/**
 * Refuse bytes that are not text from their first bytes alone (any prefix of the
 * input; 64 KiB is enough): a NUL byte in the first KiB, or invalid UTF-8 with many
 * control bytes. Returns the error `decode` would throw, or undefined. The command
 * line uses it to stop reading `/dev/zero` or `/dev/urandom` after one chunk.
 */
export function sniffBinary(head: Uint8Array): InputError | undefined {
  if (utf16Encoding(head)) return undefined
  const nul = head.subarray(0, sniffLength).indexOf(0)
  if (nul !== -1) return new InputError(`binary input (NUL byte at offset ${nul})`, 'binary')
  try {
    // stream: a character cut at the end of the prefix is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, 64 * sniffLength), {
      stream: true,
    })
    return undefined
  } catch {
    return controlError(head)
  }
}

/** Not UTF-8: legacy single-byte text has few control bytes; binary data has many. */
function controlError(bytes: Uint8Array): InputError | undefined {
  const controls = countControlBytes(bytes.subarray(0, 64 * sniffLength))
  const sample = Math.min(bytes.length, 64 * sniffLength)
  if (controls <= Math.max(2, sample * 0.01)) return undefined
  return new InputError(
    `binary input (invalid UTF-8 and ${controls} control bytes in the first ${sample} bytes)`,
    'binary',
  )
}

function decodeBytes(bytes: Uint8Array): Decoded {
  // UTF-16 with a byte order mark (Windows "Unicode" text); the mark is dropped.
  const utf16 = utf16Encoding(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes) }
  const nul = bytes.subarray(0, sniffLength).indexOf(0)
  if (nul !== -1) throw new InputError(`binary input (NUL byte at offset ${nul})`, 'binary')
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    const error = controlError(bytes)
    if (error) throw error
    return { text: decodeWindows1252(bytes), fallback: 'windows-1252' }
  }
}

function countControlBytes(bytes: Uint8Array): number {
  let count = 0
  for (const byte of bytes) {
    if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) ||
      byte === 0x7f
    ) {
      count++
    }
  }
  return count
}
