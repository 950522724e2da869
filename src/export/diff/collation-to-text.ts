// A collation as a terminal report: the versions, each version's counts against the base,
// then one line per row that is not the same everywhere (runs of such rows counted), with
// the variant of each version, and the facts only some versions state.
import type { Collation, CollationCell } from '../../model/collation.js'

export interface CollationTextOptions {
  /** Longest quotation of a unit, in characters (default 90). */
  width?: number
}

const marks: Record<CollationCell['kind'], string> = {
  base: ' ',
  same: '=',
  modified: '~',
  moved: '>',
  split: '<',
  merged: '>',
  deleted: '-',
  inserted: '+',
  absent: '-',
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`
}

export function collationToText(collation: Collation, options: CollationTextOptions = {}): string {
  const width = options.width ?? 90
  const name = (k: number) => `V${k + 1}`
  const lines: string[] = []
  for (const version of collation.versions) {
    const m = version.metadata
    const facts = [m.kind, m.date, m.place].filter(Boolean).join(', ')
    const base = version.index === collation.base ? ' (base)' : ''
    lines.push(`${name(version.index)}${base}  ${m.title ?? '(untitled)'} (${facts})`)
  }
  for (const version of collation.versions) {
    if (!version.against) continue
    const { alignments, classes } = version.against.summary
    const changed = alignments.modified + alignments.moved + alignments.split + alignments.merged
    lines.push(
      `${name(version.index)} against ${name(collation.base)}: ${alignments.same} same · ${changed} changed · ${alignments.deleted} missing · ${alignments.inserted} added · ${classes.substantive} substantive`,
    )
  }
  lines.push('')
  let unchanged = 0
  const flush = () => {
    if (unchanged > 0) lines.push(`= ${unchanged} row(s) the same in every version`)
    unchanged = 0
  }
  let paragraph = -1
  for (const row of collation.rows) {
    if (row.cells.every((cell) => cell.kind === 'base' || cell.kind === 'same')) {
      unchanged++
      continue
    }
    flush()
    if (row.paragraph !== paragraph) {
      paragraph = row.paragraph
      lines.push(paragraph === 0 ? '¶ before the first paragraph' : `¶${paragraph}`)
    }
    const unit = row.unit ? ` (${row.unit})` : ''
    row.cells.forEach((cell, k) => {
      const text = cell.spans.map((span) => span.text).join(' ')
      const substantive = cell.class === 'substantive' ? ' [substantive]' : ''
      lines.push(
        `  ${marks[cell.kind]} ${name(k)}${k === 0 ? unit : ''}${substantive} ${cell.kind === 'absent' ? '—' : clip(text, width)}`,
      )
    })
  }
  flush()
  if (collation.facts.length > 0) {
    lines.push('', 'facts only some versions state:')
    for (const fact of collation.facts)
      lines.push(
        `  ${fact.type.padEnd(12)} ${clip(fact.value, width)}  in ${fact.in.map(name).join(', ')}`,
      )
  }
  if (collation.degraded) lines.push('', `incomplete: ${collation.reasons.join('; ')}`)
  return `${lines.join('\n')}\n`
}
