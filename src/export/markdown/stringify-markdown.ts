import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { protectLiteralLinks } from './literal-links.js'

// One writer for every exporter: GFM for tables and strikethrough, YAML front
// matter, and a fixed style so outputs compare across versions.
const writer = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
    incrementListMarker: true,
    unsafe: [
      // GFM links `www.` whatever follows the dot; escape the dot after any `www`.
      { character: '.', before: '[Ww]{3}', inConstruct: 'phrasing' },
      // `<` opens an autolink before any e-mail address (`<#@example.org>`), not only before letters.
      { character: '<', inConstruct: 'phrasing' },
    ],
  })

/**
 * Serialise an mdast tree built by an exporter: text nodes are escaped where
 * Markdown would read syntax, and addresses GFM would link become inline code
 * (the tree is changed in place).
 */
export function stringifyMarkdown(tree: Root): string {
  protectLiteralLinks(tree)
  return writer.stringify(tree)
}
