import { LineIndex } from '../../input/line-index.js'
import type { CommuniqueDocument, Sentence } from '../../model/document.js'
import type { Point } from '../../model/position.js'

/**
 * Converts offsets in a document's original input to `line:column` without the
 * input itself. Exact with the `metadata.lineStarts` that `parse` records;
 * for a document without them (older JSON) the containing sentence's own
 * position is used, exact when that sentence sits on one line and its start
 * otherwise.
 */
export class Locator {
  private readonly lines: LineIndex | undefined
  private readonly nodes: Sentence['position'][]

  constructor(document: CommuniqueDocument) {
    const { lineStarts, length } = document.metadata
    this.lines = lineStarts ? LineIndex.fromLineStarts(lineStarts, length) : undefined
    this.nodes = this.lines
      ? []
      : document.blocks
          .flatMap((block) => [block.position, ...block.sentences.map((s) => s.position)])
          .sort((a, b) => a.start.offset - b.start.offset)
  }

  point(offset: number): Pick<Point, 'line' | 'column'> {
    if (this.lines) return this.lines.point(offset)
    const node = this.containing(offset)
    if (!node) return { line: 1, column: offset + 1 }
    if (node.start.line !== node.end.line) return node.start
    return { line: node.start.line, column: node.start.column + offset - node.start.offset }
  }

  /** `line:column` of an offset, as the analysis sections print it. */
  label(offset: number): string {
    const { line, column } = this.point(offset)
    return `${line}:${column}`
  }

  /** The innermost node (a sentence before its block) that contains `offset`. */
  private containing(offset: number): Sentence['position'] | undefined {
    let low = 0
    let high = this.nodes.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (this.nodes[mid]!.start.offset <= offset) low = mid + 1
      else high = mid
    }
    // Look back a little way for a node that reaches the offset (a gap between sentences).
    for (let i = low - 1; i >= 0 && i >= low - 64; i--) {
      if (this.nodes[i]!.end.offset >= offset) return this.nodes[i]
    }
    return this.nodes[low - 1]
  }
}
