import type { Repair } from './repair.js'

/**
 * A piece of analysed text and where it comes from. A `verbatim` piece is the
 * source slice `[start, end)` itself; any other piece (a Markdown escape or
 * entity, say) stands for that whole slice.
 */
export interface Piece {
  text: string
  start: number
  end: number
  verbatim: boolean
}

/** Analysed text with the map back to source offsets (see `TextNode.map`). */
export interface MappedText {
  text: string
  /** Flat pairs [textOffset, absoluteSourceOffset, ...], one at each change of step. */
  anchors: number[]
}

// White space for analysis: ASCII space and controls, NBSP and the Unicode spaces,
// line and paragraph separators. Zero-width characters, soft hyphens and BOMs vanish.
export function isSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

function isInvisible(code: number): boolean {
  return code === 0xad || code === 0x200b || code === 0x200c || code === 0x2060 || code === 0xfeff
}

/** Builds analysed text, recording an anchor wherever text and source stop moving in step. */
class MappedTextBuilder {
  text = ''
  anchors: number[] = []
  private expected = -1
  private skipped = false

  /** Append `chars` that stand for the source starting at `source`. */
  push(chars: string, source: number): void {
    if (chars.length === 0) return
    if (source !== this.expected) {
      // After skipped source (Markdown syntax between pieces), say first where the text before ends.
      if (this.skipped && this.expected !== -1) this.anchors.push(this.text.length, this.expected)
      this.anchors.push(this.text.length, source)
    }
    this.skipped = false
    this.text += chars
    this.expected = source + chars.length
  }

  /** The next piece starts after source that stands for no text (`**`, `](url)`). */
  skip(): void {
    this.skipped = true
  }

  /** The source offset after the last pushed characters, when that differs from the step. */
  seal(sourceEnd: number): void {
    if (sourceEnd !== this.expected) this.anchors.push(this.text.length, sourceEnd)
    this.expected = sourceEnd
  }
}

/**
 * Fold white space (runs become one space, none at either end), drop invisible
 * characters, replace lone surrogates with U+FFFD and apply repairs, keeping
 * the map from every text offset back to the source.
 */
export function normalizePieces(pieces: Piece[], repairs: Repair[]): MappedText {
  const out = new MappedTextBuilder()
  let pendingSpace = -1
  let repairIndex = firstRepairAfter(repairs, pieces[0]?.start ?? 0)
  const emit = (chars: string, source: number, sourceEnd: number) => {
    if (pendingSpace !== -1) {
      if (out.text.length > 0) out.push(' ', pendingSpace)
      pendingSpace = -1
    }
    out.push(chars, source)
    out.seal(sourceEnd)
  }
  let pieceEnd = pieces[0]?.start ?? 0
  for (const piece of pieces) {
    if (piece.start !== pieceEnd) out.skip()
    pieceEnd = piece.end
    if (!piece.verbatim) {
      foldInto(piece.text, (chars, isGap) => {
        if (isGap) {
          if (pendingSpace === -1) pendingSpace = piece.start
        } else emit(chars, piece.start, piece.end)
      })
      continue
    }
    const source = piece.text
    let i = 0
    while (i < source.length) {
      const at = piece.start + i
      while (repairIndex < repairs.length && repairs[repairIndex]!.end <= at) repairIndex++
      const repair = repairs[repairIndex]
      if (repair && repair.start === at && repair.end <= piece.end) {
        emit(repair.replacement, at, repair.end)
        i += repair.end - repair.start
        continue
      }
      const code = source.charCodeAt(i)
      if (isSpace(code)) {
        if (pendingSpace === -1) pendingSpace = at
        i++
      } else if (isInvisible(code)) {
        i++
      } else if (code >= 0xd800 && code <= 0xdbff && isLow(source.charCodeAt(i + 1))) {
        emit(source.slice(i, i + 2), at, at + 2)
        i += 2
      } else if (code >= 0xd800 && code <= 0xdfff) {
        emit('\ufffd', at, at + 1)
        i++
      } else {
        let j = i + 1
        const limit =
          repair && repair.start < piece.end ? repair.start - piece.start : source.length
        while (j < limit && isPlain(source.charCodeAt(j))) j++
        emit(source.slice(i, j), at, piece.start + j)
        i = j
      }
    }
  }
  return { text: out.text, anchors: out.anchors }
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

function isPlain(code: number): boolean {
  return !isSpace(code) && !isInvisible(code) && !(code >= 0xd800 && code <= 0xdfff)
}

function foldInto(text: string, sink: (chars: string, isGap: boolean) => void): void {
  let run = ''
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (isSpace(code)) {
      if (run) sink(run, false)
      run = ''
      sink(' ', true)
    } else if (!isInvisible(code)) run += char
  }
  if (run) sink(run, false)
}

function firstRepairAfter(repairs: Repair[], offset: number): number {
  let low = 0
  let high = repairs.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (repairs[mid]!.end <= offset) low = mid + 1
    else high = mid
  }
  return low
}
