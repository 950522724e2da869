import type { Nodes, PhrasingContent, Text } from 'mdast'

/**
 * What GFM turns into a link when it sits in plain text: `http://`, `https://`
 * and `www.` addresses and e-mail addresses. GFM finds them in the text after
 * escapes are read, so no escape prevents it; as inline code they stay text.
 * The pattern takes a little more than GFM would, never less; it stops at `|`, `\`
 * and backticks, which a code span in a table cell cannot keep as written.
 */
const literalLink =
  /(?:https?:\/\/|www\.)[^\s|\\`]*|(?<![-.\w+])[-.\w+]+@[-\w]+(?:\.[-\w]+)+[^\s|\\`]*/giu

function split(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let last = 0
  for (const match of node.value.matchAll(literalLink)) {
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) })
    out.push({ type: 'inlineCode', value: match[0] })
    last = match.index + match[0].length
  }
  if (out.length === 0) return [node]
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) })
  return out
}

/** Set every address GFM would link in a text node as inline code, throughout a tree. */
export function protectLiteralLinks(node: Nodes): void {
  if (!('children' in node) || node.type === 'link' || node.type === 'linkReference') return
  const children = node.children as Nodes[]
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    if (child.type !== 'text') {
      protectLiteralLinks(child)
      continue
    }
    const parts = split(child)
    if (parts.length > 1 || parts[0] !== child) {
      children.splice(i, 1, ...parts)
      i += parts.length - 1
    }
  }
}
