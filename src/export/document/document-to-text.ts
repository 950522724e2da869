// A short, readable account of a document for the terminal: what it is (title, date,
// place, kind), how big, and the entities and proposals as short lists with the
// line:column of their first mention. ANSI colours when asked.
import type { CommuniqueDocument } from '../../model/document.js'
import type { Proposal } from '../../model/entities.js'

export interface DocumentTextOptions {
  /** Colour with ANSI escapes (default false). */
  color?: boolean
  /** Longest line of a list, in characters (default 100). */
  width?: number
  /** Items shown per list before "… and N more" (default 10). */
  limit?: number
}

type Paint = (code: string, text: string) => string

interface Listed {
  label: string
  where: number
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`
}

function proposalLabel(proposal: Proposal, width: number): string {
  const acts = proposal.acts.map((act) => act.verb).join(', ')
  const actor = proposal.actor ?? '(no actor)'
  const text = proposal.text.replace(/\s+/g, ' ')
  return `${actor}: ${acts} · ${clip(text, Math.max(20, width - actor.length - acts.length - 8))}`
}

/** The document as text lines for a terminal. */
export function documentToText(
  document: CommuniqueDocument,
  options: DocumentTextOptions = {},
): string {
  const width = options.width ?? 100
  const limit = options.limit ?? 10
  const paint: Paint = options.color
    ? (code, text) => `\u001b[${code}m${text}\u001b[0m`
    : (_code, text) => text
  const { metadata } = document
  const starts = metadata.lineStarts ?? [0]
  const place = (offset: number) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return `${low + 1}:${offset - starts[low]! + 1}`
  }
  const field = (name: string, value: string | null | undefined) =>
    `${paint('2', name.padEnd(7))} ${value ?? paint('2', '—')}`
  const lines = [
    paint('1', metadata.title ?? '(untitled)'),
    field('date', metadata.date),
    field('place', metadata.place),
    field('issuer', metadata.issuer),
    field('kind', metadata.kind),
  ]
  const plural: Record<string, string> = {
    heading: 'headings',
    paragraph: 'paragraphs',
    listItem: 'list items',
    signature: 'signature lines',
    dateline: 'datelines',
    boilerplate: 'boilerplate',
  }
  const counts = new Map<string, number>()
  for (const block of document.blocks) counts.set(block.type, (counts.get(block.type) ?? 0) + 1)
  const sentences = document.blocks.reduce((sum, block) => sum + block.sentences.length, 0)
  lines.push(
    '',
    `${[...counts].map(([type, count]) => `${count} ${count === 1 ? type.replace('listItem', 'list item') : (plural[type] ?? type)}`).join(' · ')} · ${sentences} sentences · ${document.warnings.length} warning${document.warnings.length === 1 ? '' : 's'}`,
  )
  const section = (title: string, items: Listed[]) => {
    if (items.length === 0) return
    lines.push('', `${paint('1', title)} (${items.length})`)
    for (const item of items.slice(0, limit)) {
      const at = paint('2', place(item.where))
      lines.push(`  ${clip(item.label, width - 12)}  ${at}`)
    }
    if (items.length > limit) lines.push(paint('2', `  … and ${items.length - limit} more`))
  }
  const named = (entity: { name: string; mentions: { start: number }[] }, extra?: string) => ({
    label: `${entity.name}${extra ? ` (${extra})` : ''} ×${entity.mentions.length}`,
    where: entity.mentions[0]?.start ?? 0,
  })
  section(
    'Organizations',
    document.organizations.map((o) => named(o, o.aliases.join(', ') || undefined)),
  )
  section(
    'Places',
    document.places.map((p) => named(p)),
  )
  section(
    'People',
    document.people.map((p) => named(p, p.title)),
  )
  section(
    'Dates',
    document.dates.map((d) => ({ label: `${d.text} = ${d.value ?? '?'}`, where: d.start })),
  )
  section(
    'Proposals',
    document.proposals.map((p) => ({ label: proposalLabel(p, width - 12), where: p.start })),
  )
  return `${lines.join('\n')}\n`
}
