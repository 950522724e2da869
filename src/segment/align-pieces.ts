import type { Piece } from '../input/normalize.js'

/**
 * Split a Markdown text value that differs from its source slice (an escape
 * "\*", an entity "&amp;", a NUL read as U+FFFD, a line ending) into pieces
 * that keep the source offsets exact wherever the two agree. Walks both
 * strings once; what does not align becomes a small non-verbatim piece.
 */
export function alignPieces(value: string, source: string, start: number, end: number): Piece[] {
  const slice = source.slice(start, end)
  const pieces: Piece[] = []
  let v = 0
  let s = 0
  let run = -1
  // Whether the source position follows a line end and only line-prefix characters since.
  let lineStart = false
  const closeRun = () => {
    if (run !== -1)
      pieces.push({
        text: value.slice(run, v),
        start: start + s - (v - run),
        end: start + s,
        verbatim: true,
      })
    run = -1
  }
  while (v < value.length && s < slice.length) {
    const entity = slice[s] === '&' ? entityPattern.exec(slice.slice(s, s + 34)) : null
    // An unknown reference ("&bogus;") stays literal text in the value.
    if (entity && !value.startsWith(entity[0], v)) {
      // One character reference stands for one character (two UTF-16 units above the BMP).
      closeRun()
      const width = (value.codePointAt(v) ?? 0) > 0xffff ? 2 : 1
      pieces.push({
        text: value.slice(v, v + width),
        start: start + s,
        end: start + s + entity[0].length,
        verbatim: false,
      })
      v += width
      s += entity[0].length
      continue
    }
    if (value[v] === slice[s]) {
      if (run === -1) run = v
      lineStart = value[v] === '\n' || (lineStart && (value[v] === ' ' || value[v] === '\t'))
      v++
      s++
      continue
    }
    // Source the parser dropped from the value: a continuation line's indentation and
    // block-quote markers, spaces before a line end. It stands for no text.
    const stripped = strippedSource(slice, s, value[v]!, lineStart)
    if (stripped > 0) {
      closeRun()
      s += stripped
      continue
    }
    lineStart = value[v] === '\n'
    closeRun()
    const skip = unmatchedSource(slice, s, value[v]!)
    pieces.push({ text: value[v]!, start: start + s, end: start + s + skip, verbatim: false })
    v++
    s += skip
  }
  closeRun()
  if (v < value.length)
    pieces.push({ text: value.slice(v), start: start + s, end, verbatim: false })
  return pieces
}

const entityPattern = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/

/**
 * How many source characters at `s` the parser left out of the value before `char`:
 * spaces and tabs before a line end, or (after a line end) indentation and `>` markers.
 */
function strippedSource(slice: string, s: number, char: string, lineStart: boolean): number {
  let k = s
  while (slice[k] === ' ' || slice[k] === '\t') k++
  if (k > s && (slice[k] === '\n' || slice[k] === '\r') && (char === '\n' || char === '\r')) {
    return k - s
  }
  if (!lineStart) return 0
  k = s
  while (k < slice.length && slice[k] !== char && /[ \t>]/.test(slice[k]!)) k++
  return k - s
}

/** How many source characters stand for one differing value character. */
function unmatchedSource(slice: string, s: number, char: string): number {
  if (slice[s] === '\\' && slice[s + 1] === char) return 2
  if (slice[s] === '\r' && slice[s + 1] === '\n') return 2
  return 1
}
