// A compact, readable report of a diff for the terminal: the summary, the paragraph
// links, every entry but runs of unchanged sentences, the entities and the conflicts.
// ANSI colours when asked (removed red, added green, substantive yellow).
import type {
  Alignment,
  DiffSpan,
  DocumentDiff,
  EntityComparison,
  WordChange,
} from '../../model/diff.js'
import type { Metadata } from '../../model/document.js'

export interface DiffTextOptions {
  /** Colour with ANSI escapes (default false). */
  color?: boolean
  /** Longest quotation of a sentence or change, in characters (default 100). */
  width?: number
}

type Paint = (code: string, text: string) => string

const marks: Record<Alignment['kind'], string> = {
  same: '=',
  modified: '~',
  moved: '>',
  split: '<',
  merged: '>',
  deleted: '-',
  inserted: '+',
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`
}

function describeVersion(label: string, metadata: Metadata): string {
  const facts = [metadata.kind, metadata.date, metadata.place].filter(Boolean).join(', ')
  return `${label}  ${metadata.title ?? '(untitled)'} (${facts})`
}

function ranges(indexes: number[]): string {
  const parts: string[] = []
  for (let k = 0; k < indexes.length; k++) {
    let last = k
    while (last + 1 < indexes.length && indexes[last + 1] === indexes[last]! + 1) last++
    parts.push(last === k ? `${indexes[k]}` : `${indexes[k]}-${indexes[last]}`)
    k = last
  }
  return parts.join(',')
}

function summaryLines(d: DocumentDiff, paint: Paint): string[] {
  const s = d.summary
  const kinds = Object.entries(s.alignments)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${kind}`)
  const lines = [
    describeVersion('A', d.a.metadata),
    describeVersion('B', d.b.metadata),
    `${s.sentences.a} -> ${s.sentences.b} sentences · similarity ${s.similarity.toFixed(2)} · ${kinds.join(' · ')}`,
    `changes: ${paint('33', `${s.changes.substantive} substantive`)} · ${s.changes.editorial} editorial`,
  ]
  for (const reason of s.reasons) lines.push(paint('33', `degraded: ${reason}`))
  const links: string[] = []
  for (let k = 0; k < d.paragraphs.length; k++) {
    const link = d.paragraphs[k]!
    const only = link.b.length === 0 ? 'a' : link.a.length === 0 ? 'b' : undefined
    if (!only) {
      const moved = link.moved ? ' (moved)' : ''
      links.push(
        `A¶${ranges(link.a.map((p) => p.index))} -> B¶${ranges(link.b.map((p) => p.index))}${moved}`,
      )
      continue
    }
    // Consecutive paragraphs only in one version, as one range.
    const run = link[only].map((p) => p.index)
    while (
      k + 1 < d.paragraphs.length &&
      d.paragraphs[k + 1]![only === 'a' ? 'b' : 'a'].length === 0
    ) {
      run.push(...d.paragraphs[++k]![only].map((p) => p.index))
    }
    links.push(
      only === 'a'
        ? paint('31', `A¶${ranges(run)} deleted`)
        : paint('32', `B¶${ranges(run)} inserted`),
    )
  }
  if (links.length > 0) lines.push(`paragraphs: ${links.join(' · ')}`)
  return lines
}

function changeLine(change: WordChange, paint: Paint, width: number): string {
  const quote = (span: DiffSpan | undefined, code: string) =>
    span ? paint(code, clip(span.text, width / 2)) : '∅'
  const label = change.class === 'substantive' ? paint('33', `${change.kind}!`) : change.kind
  const detail = change.detail ? paint('2', `  (${change.detail})`) : ''
  return `     ${label.padEnd(change.class === 'substantive' ? 13 + paint('33', '').length : 13)} ${quote(change.a, '31')} -> ${quote(change.b, '32')}${detail}`
}

function entryLines(alignment: Alignment, paint: Paint, width: number): string[] {
  const klass = alignment.class === 'substantive' ? paint('33', 'substantive') : alignment.class
  const moved = alignment.moved ? ' (moved)' : ''
  const head = `${marks[alignment.kind]} ${alignment.kind}${moved} · ${klass}`
  const lines = [alignment.similarity > 0 ? `${head} · ${alignment.similarity.toFixed(2)}` : head]
  for (const span of alignment.a) lines.push(`  A  ${paint('31', clip(span.text, width))}`)
  for (const span of alignment.b) lines.push(`  B  ${paint('32', clip(span.text, width))}`)
  for (const change of alignment.changes) lines.push(changeLine(change, paint, width))
  return lines
}

function entityLine(
  label: string,
  comparison: EntityComparison,
  paint: Paint,
  width: number,
): string {
  const names = (sides: { name: string }[]) =>
    clip(sides.map((side) => side.name).join('; '), width)
  const both = comparison.both.map(({ a, b }) => {
    const textA = a.mentions[0]?.text ?? a.name
    const textB = b.mentions[0]?.text ?? b.name
    return textA === textB ? textA : `${textA} = ${textB}`
  })
  const parts = [
    `${comparison.both.length} in both${both.length > 0 ? ` (${clip(both.join('; '), width)})` : ''}`,
  ]
  if (comparison.onlyA.length > 0)
    parts.push(paint('31', `${comparison.onlyA.length} only in A (${names(comparison.onlyA)})`))
  if (comparison.onlyB.length > 0)
    parts.push(paint('32', `${comparison.onlyB.length} only in B (${names(comparison.onlyB)})`))
  return `  ${label.padEnd(14)} ${parts.join(' · ')}`
}

/** The report as text lines joined by newlines. */
export function diffToText(d: DocumentDiff, options: DiffTextOptions = {}): string {
  const width = options.width ?? 100
  const paint: Paint = options.color
    ? (code, text) => `\u001b[${code}m${text}\u001b[0m`
    : (_code, text) => text
  const lines = summaryLines(d, paint)
  let unchanged = 0
  const flush = () => {
    if (unchanged > 0) lines.push('', paint('2', `= ${unchanged} sentence(s) unchanged`))
    unchanged = 0
  }
  for (const alignment of d.alignments) {
    if (alignment.kind === 'same') {
      unchanged++
      continue
    }
    flush()
    lines.push('', ...entryLines(alignment, paint, width))
  }
  flush()
  const e = d.entities
  lines.push('', 'entities:')
  lines.push(entityLine('organizations', e.organizations, paint, width))
  lines.push(entityLine('places', e.places, paint, width))
  lines.push(entityLine('people', e.people, paint, width))
  lines.push(entityLine('dates', e.dates, paint, width))
  const proposals = e.proposals
  lines.push(
    `  ${'proposals'.padEnd(14)} ${proposals.both.length} in both · ${proposals.onlyA.length} only in A · ${proposals.onlyB.length} only in B`,
  )
  if (d.conflicts.length > 0) {
    lines.push('', paint('33', 'conflicts:'))
    for (const conflict of d.conflicts) {
      lines.push(
        `  ${conflict.kind}: ${paint('31', conflict.a.text)} (A) vs ${paint('32', conflict.b.text)} (B)  ${paint('2', conflict.detail)}`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}
