import { LineIndex } from '../../input/line-index.js'
import type { DiffSpan } from '../../model/diff.js'
import type { Metadata } from '../../model/document.js'

/**
 * `line:column` of a version's offsets from the line starts its metadata carries; a
 * version without them (older JSON) is labelled by offset (`@1234`).
 */
export class VersionLocator {
  private readonly lines: LineIndex | undefined

  constructor(metadata: Metadata) {
    this.lines = metadata.lineStarts
      ? LineIndex.fromLineStarts(metadata.lineStarts, metadata.length)
      : undefined
  }

  label(offset: number): string {
    if (!this.lines) return `@${offset}`
    const { line, column } = this.lines.point(offset)
    return `${line}:${column}`
  }

  /** The places of a side's sentences, `10:1, 10:80`. */
  labels(spans: readonly DiffSpan[]): string {
    return spans.map((span) => this.label(span.start)).join(', ')
  }
}
