import type { RootContent } from 'mdast'
import type { Span } from '../model/position.js'

/**
 * The convention that lets `parse` read back what `toMarkdown` wrote. The
 * exporter puts its analysis (entity tables, proposals, boilerplate, warnings)
 * between these two HTML comments, which renderers do not show; the Markdown
 * reader skips everything between them, so the analysis never becomes body
 * text. A skipped stretch is reported as `markdown-analysis-skipped`; a start
 * marker without its end skips nothing (`markdown-analysis-unclosed`).
 */
export const analysisStart = '<!-- communique:analysis -->'
export const analysisEnd = '<!-- /communique:analysis -->'

function isMarker(node: RootContent, marker: string): boolean {
  return node.type === 'html' && node.value.trim() === marker
}

/**
 * Routes what is read from each top-level node of a Markdown text, in order, around the
 * exporter's analysis markers: outside a section to the output; inside one, held, then
 * dropped at the closing marker (its span pushed to `skipped`). A start marker that is never
 * closed skips nothing: `finish` gives the held items back to the output (a hand-edited file
 * may have lost the closing comment) and sets `unclosed`, for a warning. Works node by node,
 * so a text read in chunks never holds more than one chunk's tree.
 */
export class AnalysisSections<T> {
  readonly skipped: Span[] = []
  unclosed: Span | undefined
  private open: { start: number; end: number; held: T[] } | undefined

  constructor(private readonly out: T[]) {}

  /** Where the items read from `node` go. */
  target(node: RootContent): T[] {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    if (this.open === undefined) {
      if (!isMarker(node, analysisStart)) return this.out
      this.open = { start, end, held: [] }
      return this.open.held
    }
    this.open.end = end
    if (!isMarker(node, analysisEnd)) return this.open.held
    this.skipped.push({ start: this.open.start, end })
    this.open = undefined
    return []
  }

  /** After the last node: a section still open is given back to the output. */
  finish(): void {
    if (this.open === undefined) return
    for (const item of this.open.held) this.out.push(item)
    this.unclosed = { start: this.open.start, end: this.open.end }
    this.open = undefined
  }
}
