// A collation as Markdown (GFM): the versions side by side, each version's counts against
// the base, then one table per paragraph of the base (a column per version, a row per unit
// of meaning), and the facts only some versions state. Text from the versions is always
// written as text (escaped by remark-stringify, like every other export).
import type { PhrasingContent, Root, RootContent } from 'mdast'
import type { Collation, CollationCell, CollationRow } from '../../model/collation.js'
import type { Metadata } from '../../model/document.js'
import { emphasis, heading, paragraph, strong, table, text } from '../markdown/mdast-nodes.js'

const none = '—'

function label(collation: Collation, k: number): string {
  return k === collation.base ? `V${k + 1} (base)` : `V${k + 1}`
}

const cellWords: Record<CollationCell['kind'], string> = {
  base: '',
  same: '',
  modified: 'modified',
  moved: 'moved',
  split: 'split',
  merged: 'merged',
  deleted: 'absent',
  inserted: 'added',
  absent: '',
}

function cellContent(cell: CollationCell): PhrasingContent[] {
  if (cell.kind === 'absent') return [text(none)]
  const note = [cellWords[cell.kind], cell.class === 'substantive' ? 'substantive' : '']
    .filter(Boolean)
    .join(', ')
  const words = cell.spans.map((span) => span.text).join(' ')
  if (!note) return [text(words)]
  const mark = cell.class === 'substantive' ? strong(`${note}:`) : emphasis(`${note}:`)
  return [mark, text(` ${words}`)]
}

function versionsTable(collation: Collation): RootContent {
  const row = (name: string, pick: (m: Metadata) => string | null) => [
    name,
    ...collation.versions.map((v) => pick(v.metadata) ?? none),
  ]
  return table(
    ['', ...collation.versions.map((_, k) => label(collation, k))],
    [
      row('Title', (m) => m.title),
      row('Kind', (m) => m.kind),
      row('Date', (m) => m.date),
      row('Place', (m) => m.place),
    ],
  )
}

function countsList(collation: Collation): RootContent[] {
  return collation.versions.flatMap((version) => {
    if (!version.against) return []
    const { alignments, classes } = version.against.summary
    const parts = [
      `${alignments.same} same`,
      `${alignments.modified + alignments.moved + alignments.split + alignments.merged} changed`,
      `${alignments.deleted} missing`,
      `${alignments.inserted} added`,
      `${classes.substantive} substantive`,
    ]
    return [
      paragraph(
        strong(`${label(collation, version.index)} against the base:`),
        text(` ${parts.join(', ')}.`),
      ),
    ]
  })
}

function paragraphTitle(row: CollationRow): string {
  return row.paragraph === 0 ? 'Before the first paragraph' : `Paragraph ${row.paragraph}`
}

function rowTables(collation: Collation): RootContent[] {
  const out: RootContent[] = []
  const header = collation.versions.map((_, k) => label(collation, k))
  let current: CollationRow[] = []
  const flush = () => {
    if (current.length === 0) return
    out.push(heading(3, paragraphTitle(current[0]!)))
    out.push(
      table(
        header,
        current.map((row) =>
          row.cells.map((cell, k) => {
            const content = cellContent(cell)
            return k === 0 && row.unit
              ? [emphasis(`(${row.unit})`), text(' '), ...content]
              : content
          }),
        ),
      ),
    )
    current = []
  }
  for (const row of collation.rows) {
    if (current.length > 0 && current[0]!.paragraph !== row.paragraph) flush()
    current.push(row)
  }
  flush()
  return out.length === 0 ? [] : [heading(2, 'Rows'), ...out]
}

function factsTable(collation: Collation): RootContent[] {
  if (collation.facts.length === 0) return []
  const header = ['Fact', 'Type', ...collation.versions.map((_, k) => label(collation, k))]
  const rows = collation.facts.map((fact) => [
    fact.value,
    fact.type,
    ...collation.versions.map((_, k) => (fact.in.includes(k) ? 'yes' : none)),
  ])
  return [heading(2, 'Facts only some versions state'), table(header, rows)]
}

/** The collation as a Markdown tree. */
export function collationToMdast(collation: Collation): Root {
  return {
    type: 'root',
    children: [
      heading(1, `Collation of ${collation.versions.length} versions`),
      versionsTable(collation),
      ...countsList(collation),
      ...rowTables(collation),
      ...factsTable(collation),
      ...(collation.degraded
        ? [paragraph(emphasis(`Incomplete: ${collation.reasons.join('; ')}`))]
        : []),
    ],
  }
}
