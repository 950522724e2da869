import type {
  Blockquote,
  Emphasis,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
  Table,
  TableCell,
  Text,
} from 'mdast'

// Small constructors for the mdast nodes the exporters build. Source text only
// ever goes into `text` nodes: remark-stringify escapes what Markdown would read.

/** Text or already-built phrasing, as the constructors below accept it. */
export type Phrasing = string | PhrasingContent | PhrasingContent[]

function phrasing(content: Phrasing): PhrasingContent[] {
  if (typeof content === 'string') return content === '' ? [] : [text(content)]
  return Array.isArray(content) ? content : [content]
}

export function text(value: string): Text {
  return { type: 'text', value }
}

export function emphasis(content: Phrasing): Emphasis {
  return { type: 'emphasis', children: phrasing(content) }
}

export function strong(content: Phrasing): Strong {
  return { type: 'strong', children: phrasing(content) }
}

export function paragraph(...parts: Phrasing[]): Paragraph {
  return { type: 'paragraph', children: parts.flatMap(phrasing) }
}

export function heading(depth: Heading['depth'], content: Phrasing): Heading {
  return { type: 'heading', depth, children: phrasing(content) }
}

export function blockquote(...children: Blockquote['children']): Blockquote {
  return { type: 'blockquote', children }
}

export function listItem(...children: ListItem['children']): ListItem {
  return { type: 'listItem', spread: false, children }
}

export function list(items: ListItem[], start?: number): List {
  const node: List = { type: 'list', ordered: start !== undefined, spread: false, children: items }
  if (start !== undefined) node.start = start
  return node
}

function cell(content: Phrasing): TableCell {
  return { type: 'tableCell', children: phrasing(content) }
}

/** A GFM table: a header row, then one row per entry. */
export function table(header: string[], rows: Phrasing[][]): Table {
  return {
    type: 'table',
    align: header.map(() => null),
    children: [header, ...rows].map((row) => ({ type: 'tableRow', children: row.map(cell) })),
  }
}

/** Join phrasing with a separator between items: `a, b, c`. */
export function joined(items: Phrasing[], separator = ', '): PhrasingContent[] {
  return items.flatMap((item, i) =>
    i === 0 ? phrasing(item) : [text(separator), ...phrasing(item)],
  )
}

/** A section heading followed by its content; no section when there is no content. */
export function section(title: string, content: RootContent[]): RootContent[] {
  return content.length === 0 ? [] : [heading(2, title), ...content]
}
