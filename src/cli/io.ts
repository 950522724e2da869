// Reading inputs and writing outputs, with every expected failure as one line (IoError):
// inputs are read in chunks, refused as binary from their first bytes and no longer read
// once over the size limit (so /dev/zero and endless pipes end); a closed pipe (`| head`)
// ends quietly; a full disk or a bad --output path is one line.
import { createReadStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { InputError, sniffBinary } from '../input/decode.js'
import type { Streams } from './context.js'
import { IoError } from './exit-codes.js'

/** The default limit of `parse`, in UTF-16 code units (64 Mi). */
export const defaultMaxLength = 64 * 1024 * 1024

/** How a file argument is named in messages: `-` is standard input. */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file
}

const reasons: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
}

/** One line for a system error: its reason in words and its code. */
export function describeSystemError(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined
  return reasons[code] ?? code
}

/**
 * Read a file (or standard input for `-`) as bytes. Throws IoError for a file that
 * cannot be read, for bytes that are not text (checked on the first chunk), and for
 * input over `maxLength` characters (reading stops there: UTF-8 holds at most 3 bytes
 * per UTF-16 code unit, so more bytes than 3 × maxLength cannot fit).
 */
export async function readInput(
  file: string,
  streams: Streams,
  maxLength = defaultMaxLength,
): Promise<Uint8Array> {
  const name = displayName(file)
  const stream = file === '-' ? streams.stdin : createReadStream(file)
  const maxBytes = 3 * maxLength + 3
  const chunks: Buffer[] = []
  let length = 0
  let sniffed = false
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      chunks.push(bytes)
      length += bytes.length
      if (!sniffed && length >= 64 * 1024) {
        sniffed = true
        const refused = sniffBinary(Buffer.concat(chunks))
        if (refused) throw refused
      }
      if (length > maxBytes) {
        throw new InputError(
          `input too large (over ${maxBytes} bytes; the limit is ${maxLength} characters)`,
          'too-large',
        )
      }
    }
    if (!sniffed) {
      const refused = sniffBinary(Buffer.concat(chunks))
      if (refused) throw refused
    }
  } catch (error) {
    if (file !== '-') (stream as ReturnType<typeof createReadStream>).destroy()
    if (error instanceof InputError) throw new IoError(`${name}: ${error.message}`)
    const reason = describeSystemError(error)
    if (reason) throw new IoError(`${name}: ${reason}`)
    throw error
  }
  return Buffer.concat(chunks, length)
}

/**
 * Write text to --output (created or replaced) or to standard output. A closed pipe on
 * standard output (EPIPE: `| head`) is not an error: it resolves `false` and the command
 * stops. Other failures (no space, a missing directory) throw one-line IoErrors.
 */
export async function writeOutput(
  text: string,
  output: string | undefined,
  streams: Streams,
): Promise<boolean> {
  const out = text.endsWith('\n') ? text : `${text}\n`
  if (output !== undefined) {
    try {
      await writeFile(output, out)
      return true
    } catch (error) {
      const reason = describeSystemError(error)
      if (reason) throw new IoError(`cannot write ${output}: ${reason}`)
      throw error
    }
  }
  return writeStream(streams.stdout, out, 'standard output')
}

/** Write to a stream and wait until it is taken: false on a closed pipe. */
export function writeStream(
  stream: Streams['stdout'],
  text: string,
  name: string,
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') resolve(false)
      else {
        const reason = describeSystemError(error)
        reject(reason ? new IoError(`cannot write ${name}: ${reason}`) : error)
      }
    }
    stream.once('error', fail)
    try {
      stream.write(text, (error) => {
        stream.off('error', fail)
        if (error) fail(error)
        else resolve(true)
      })
    } catch (error) {
      stream.off('error', fail)
      fail(error)
    }
  })
}
