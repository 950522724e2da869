// The decode stage of parse: bytes or a string to the source text, refused when over the
// size limit, with the line index and the message collector every later stage writes to,
// and warnings about what the input itself holds (encoding fallback, blank input, control
// characters, lone surrogates).
import { type Decoded, decode, type Input, InputError } from './decode.js'
import { LineIndex } from './line-index.js'
import { MessageCollector } from './messages.js'

/** The default limit on an input's length, in UTF-16 code units (64 Mi). */
export const defaultMaxLength = 64 * 1024 * 1024

export interface ReadInput {
  source: string
  lines: LineIndex
  messages: MessageCollector
}

/** Decode an input, check its size and report what it holds that is not plain text. */
export function readInput(input: Input, maxLength = defaultMaxLength): ReadInput {
  const decoded = decode(input)
  const source = decoded.text
  if (source.length > maxLength) {
    throw new InputError(
      `input too large (${source.length} characters; the limit is ${maxLength})`,
      'too-large',
    )
  }
  const lines = new LineIndex(source)
  const messages = new MessageCollector(lines)
  reportInput(decoded, source, messages)
  return { source, lines, messages }
}

function reportInput(decoded: Decoded, source: string, messages: MessageCollector): void {
  if (decoded.fallback) {
    messages.warn('input-encoding-fallback', 'input is not valid UTF-8; read as Windows-1252', 0, 0)
  }
  if (source.length === 0) messages.warn('input-empty', 'input is empty', 0, 0)
  else if (/^[\s\u00a0\u200b\ufeff]*$/.test(source)) {
    messages.warn('input-blank', 'input has only white space', 0, source.length)
  }
  const control = /[\u0000-\u0008\u000e-\u001f\u007f]/.exec(source)
  if (control) {
    messages.warn(
      'input-control-character',
      'input has control characters; they are read as spaces',
      control.index,
      control.index + 1,
    )
  }
  const surrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(
    source,
  )
  if (surrogate) {
    messages.warn(
      'input-lone-surrogate',
      'input has a lone surrogate; it is read as U+FFFD',
      surrogate.index,
      surrogate.index + 1,
    )
  }
}
