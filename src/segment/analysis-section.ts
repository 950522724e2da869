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
 * The top-level nodes of a Markdown tree outside the exporter's analysis
 * markers; the source span of each skipped stretch is pushed to `skipped`.
 * A start marker that is never closed skips nothing: the text after it is
 * kept (a hand-edited file may have lost the closing comment) and its span
 * is returned as `unclosed`, for a warning.
 */
export function withoutAnalysis(
  nodes: RootContent[],
  skipped: Span[],
): { kept: RootContent[]; unclosed?: Span } {
  const kept: RootContent[] = []
  // While a section is open: where it starts in the source, and how many nodes were kept before it.
  let open: { from: number; keptBefore: number } | undefined
  for (const node of nodes) {
    if (open === undefined) {
      if (isMarker(node, analysisStart)) {
        open = { from: node.position?.start.offset ?? 0, keptBefore: kept.length }
      }
      kept.push(node)
    } else if (isMarker(node, analysisEnd)) {
      skipped.push({ start: open.from, end: node.position?.end.offset ?? open.from })
      kept.length = open.keptBefore
      open = undefined
    } else kept.push(node)
  }
  if (open === undefined) return { kept }
  const last = nodes[nodes.length - 1]
  return { kept, unclosed: { start: open.from, end: last?.position?.end.offset ?? open.from } }
}
