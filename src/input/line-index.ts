import type { Point, Position } from '../model/position.js'

/** Offsets at which the lines of a text start: 0, then one past each line ending. */
function findLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) starts.push(i + 1)
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1)
  }
  return starts
}

/** Converts UTF-16 offsets of one input to 1-based line and column; built once per input. */
export class LineIndex {
  private readonly starts: number[]
  private readonly length: number

  /** An index of `text`; `text` stays empty for an index rebuilt with `fromLineStarts`. */
  constructor(
    readonly text: string,
    lineStarts?: readonly number[],
    length?: number,
  ) {
    this.starts = lineStarts ? [...lineStarts] : findLineStarts(text)
    if (this.starts[0] !== 0) this.starts.unshift(0)
    this.length = length ?? text.length
  }

  /** An index rebuilt from the line starts a document carries, without its text. */
  static fromLineStarts(lineStarts: readonly number[], length: number): LineIndex {
    return new LineIndex('', lineStarts, length)
  }

  /** Offset at which each line starts: line `n` (1-based) starts at `lineStarts()[n - 1]`. */
  lineStarts(): number[] {
    return [...this.starts]
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.length))
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.starts[mid]! <= clamped) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: clamped - this.starts[low]! + 1, offset: clamped }
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }
}
