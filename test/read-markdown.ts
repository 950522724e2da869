// Test helper: read exported Markdown back the way a GFM renderer would.
import type { Nodes, Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const reader = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

export function readMarkdown(markdown: string): Root {
  return reader.parse(markdown)
}

/** The top-level nodes before the exporter's analysis comment. */
export function bodyNodes(tree: Root): RootContent[] {
  const end = tree.children.findIndex(
    (node) => node.type === 'html' && node.value.includes('communique:analysis'),
  )
  return tree.children.slice(0, end === -1 ? undefined : end).filter((n) => n.type !== 'yaml')
}

/** Every node type in a tree. */
export function nodeTypes(node: Nodes, out = new Set<string>()): Set<string> {
  out.add(node.type)
  if ('children' in node) for (const child of node.children) nodeTypes(child as Nodes, out)
  return out
}

/** The characters a reader sees: the values of text-like nodes, in order. */
export function textContent(node: Nodes): string {
  if ('value' in node && node.type !== 'yaml') return node.value
  if ('children' in node) return node.children.map((child) => textContent(child as Nodes)).join('')
  return ''
}
