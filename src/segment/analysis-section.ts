import type { RootContent } from 'mdast'
import type { Span } from '../model/position.js'

/**
 * The convention that lets `parse` read back what `toMarkdown` wrote. The
 * exporter puts its analysis (entity tables, proposals, boilerplate, warnings)
 * between these two HTML comments, which renderers do not show; the Markdown
 * reader skips everything between them (to the end of the input when the
 * closing comment is missing), so the analysis never becomes body text.
 * A skipped stretch is reported as `markdown-analysis-skipped`.
 */
export const analysisStart = '<!-- communique:analysis -->'
export const analysisEnd = '<!-- /communique:analysis -->'

function isMarker(node: RootContent, marker: string): boolean {
  return node.type === 'html' && node.value.trim() === marker
}

/**
 * The top-level nodes of a Markdown tree outside the exporter's analysis
 * markers; the source span of each skipped stretch is pushed to `skipped`.
 */
export function withoutAnalysis(nodes: RootContent[], skipped: Span[]): RootContent[] {
  const kept: RootContent[] = []
  let from: number | undefined
  for (const node of nodes) {
    if (from === undefined) {
      if (isMarker(node, analysisStart)) from = node.position?.start.offset ?? 0
      else kept.push(node)
    } else if (isMarker(node, analysisEnd)) {
      skipped.push({ start: from, end: node.position?.end.offset ?? from })
      from = undefined
    }
  }
  if (from !== undefined) {
    const last = nodes[nodes.length - 1]
    skipped.push({ start: from, end: last?.position?.end.offset ?? from })
  }
  return kept
}
