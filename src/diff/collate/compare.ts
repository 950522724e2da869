// compare([v1, v2, v3, ...]): three or more versions of a text (translations, a text and
// reports of it) aligned into a collation. Each version is compared with the base (the
// first, or `base`) by diff(); base sentences that any version merges are one row; what
// a version adds is a row after the row it follows, and rows that two versions both add
// are joined when those two versions align them. Cost: one diff per version against the
// base, and one between two versions only when both add something, each about linear in
// the two texts' length: near-linear in total length for a given number of versions.
import type { Collation, CollationCell, CollationRow } from '../../model/collation.js'
import { collationSchemaVersion } from '../../model/collation.js'
import type { Alignment, DiffSpan, DocumentDiff, UnitKind } from '../../model/diff.js'
import type { CommuniqueDocument } from '../../model/document.js'
import { FormIds } from '../align/sentence-profile.js'
import { readBody, type SentenceUnit } from '../align/sentence-units.js'
import { type DiffOptions, diff } from '../diff.js'
import { collateFacts } from './collate-facts.js'

export interface CompareOptions extends DiffOptions {
  /** Index of the base version (default 0). */
  base?: number
}

/** A row being built: its base units (unit indexes) or the version that added it. */
interface Draft {
  /** Sort key: the base unit it holds or follows, then 0 for base rows, 1 + version for added ones, then order. */
  key: [number, number, number]
  paragraph: number
  unit: UnitKind
  cells: Map<number, CollationCell>
}

class DisjointSets {
  private readonly parent: number[]
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, k) => k)
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!
      x = this.parent[x]!
    }
    return x
  }
  union(x: number, y: number): void {
    const [rx, ry] = [this.find(x), this.find(y)]
    if (rx !== ry) this.parent[Math.max(rx, ry)] = Math.min(rx, ry)
  }
}

/** The body paragraph (1-based) a unit is in, or the last one before it (0 before the first). */
function paragraphsOf(units: readonly SentenceUnit[]): number[] {
  let last = 0
  return units.map((unit) => {
    if (unit.bodyParagraph >= 0) last = unit.bodyParagraph + 1
    return last
  })
}

/** How a version's cell stands when two entries of its diff fall in one row: the weightier. */
function joinCells(x: CollationCell, y: CollationCell): CollationCell {
  const rank = { base: 0, absent: 0, same: 1, modified: 2, moved: 3, split: 4, merged: 4 } as const
  const kind =
    x.kind === 'absent'
      ? y.kind
      : y.kind === 'absent'
        ? x.kind
        : (rank[x.kind as keyof typeof rank] ?? 5) >= (rank[y.kind as keyof typeof rank] ?? 5)
          ? x.kind
          : y.kind
  const classes = ['none', 'editorial', 'substantive'] as const
  const cls = classes[Math.max(classes.indexOf(x.class), classes.indexOf(y.class))]!
  const spans = [...x.spans, ...y.spans].sort((p, q) => p.start - q.start)
  return { kind: kind === 'absent' && spans.length > 0 ? 'modified' : kind, class: cls, spans }
}

function check(documents: readonly CommuniqueDocument[], base: number): void {
  if (!Array.isArray(documents) || documents.length < 2)
    throw new TypeError('compare(documents) takes an array of two or more parsed documents')
  for (const document of documents) {
    if (typeof document !== 'object' || document === null || !Array.isArray(document.blocks))
      throw new TypeError('compare(documents) takes parsed documents (see parse)')
  }
  if (!Number.isInteger(base) || base < 0 || base >= documents.length)
    throw new RangeError(`compare: base ${base} is not the index of a version`)
}

/** Rows of the base: one per base unit, base units merged by any version joined into one row. */
function baseRows(units: readonly SentenceUnit[], diffs: ReadonlyMap<number, DocumentDiff>) {
  const at = new Map(units.map((unit, k) => [unit.sentence.start, k]))
  const sets = new DisjointSets(units.length)
  for (const d of diffs.values()) {
    for (const entry of d.alignments) {
      for (const span of entry.a.slice(1))
        sets.union(at.get(entry.a[0]!.start)!, at.get(span.start)!)
    }
  }
  const paragraphs = paragraphsOf(units)
  const rows = new Map<number, Draft>()
  units.forEach((unit, k) => {
    const root = sets.find(k)
    let row = rows.get(root)
    if (!row) {
      row = { key: [root, 0, 0], paragraph: paragraphs[root]!, unit: unit.kind, cells: new Map() }
      rows.set(root, row)
    }
  })
  return { at, sets, rows }
}

/** Place one version's diff against the base into the rows; returns the rows it added. */
function placeVersion(
  version: number,
  d: DocumentDiff,
  base: ReturnType<typeof baseRows>,
  paragraphs: readonly number[],
): Draft[] {
  const added: Draft[] = []
  let last = -1
  let order = 0
  for (const entry of d.alignments) {
    if (entry.a.length > 0) {
      const unit = base.at.get(entry.a[0]!.start)!
      const row = base.rows.get(base.sets.find(unit))!
      // Deleted and moved entries do not anchor what the version adds next.
      if (entry.kind !== 'deleted' && entry.kind !== 'moved' && !entry.moved) last = unit
      const cell: CollationCell =
        entry.kind === 'deleted'
          ? { kind: 'absent', class: 'none', spans: [] }
          : { kind: entry.kind, class: entry.class, spans: entry.b }
      const before = row.cells.get(version)
      row.cells.set(version, before ? joinCells(before, cell) : cell)
      continue
    }
    const row: Draft = {
      key: [last, 1 + version, order++],
      paragraph: last < 0 ? 0 : paragraphs[last]!,
      unit: entry.unit ?? 'body',
      cells: new Map([[version, { kind: 'inserted', class: entry.class, spans: entry.b }]]),
    }
    added.push(row)
  }
  return added
}

/** Join the rows that two versions both add when the diff of those two versions aligns them. */
function joinAdded(
  documents: readonly CommuniqueDocument[],
  added: Map<number, Draft[]>,
  options: DiffOptions,
  reasons: string[],
): void {
  const versions = [...added.keys()].filter((k) => added.get(k)!.length > 0)
  for (let x = 0; x < versions.length; x++) {
    for (let y = x + 1; y < versions.length; y++) {
      const [j, k] = [versions[x]!, versions[y]!]
      const rowOf = (version: number) => {
        const byStart = new Map<number, Draft>()
        for (const row of added.get(version)!) {
          const cell = row.cells.get(version)
          if (cell) for (const span of cell.spans) byStart.set(span.start, row)
        }
        return byStart
      }
      const rowsJ = rowOf(j)
      const rowsK = rowOf(k)
      if (rowsJ.size === 0 || rowsK.size === 0) continue
      const d = diff(documents[j]!, documents[k]!, options)
      reasons.push(...d.summary.reasons)
      for (const entry of d.alignments) {
        if (entry.a.length === 0 || entry.b.length === 0) continue
        const rowJ = rowsJ.get(entry.a[0]!.start)
        const rowK = rowsK.get(entry.b[0]!.start)
        if (!rowJ || !rowK || rowJ === rowK || rowK.cells.size !== 1) continue
        rowJ.cells.set(k, rowK.cells.get(k)!)
        rowK.cells.clear()
      }
    }
  }
}

function finish(row: Draft, count: number, base: number, baseSpans: DiffSpan[]): CollationRow {
  const cells: CollationCell[] = []
  for (let k = 0; k < count; k++) {
    if (k === base)
      cells.push(
        baseSpans.length > 0
          ? { kind: 'base', class: 'none', spans: baseSpans }
          : { kind: 'absent', class: 'none', spans: [] },
      )
    else cells.push(row.cells.get(k) ?? { kind: 'absent', class: 'none', spans: [] })
  }
  const out: CollationRow = {
    paragraph: row.paragraph,
    in: cells.flatMap((cell, k) => (cell.kind === 'absent' ? [] : [k])),
    cells,
  }
  if (row.unit !== 'body') out.unit = row.unit
  return out
}

/**
 * Align three or more versions of a text into a collation: one row per unit of meaning
 * with the variant each version gives (or none), each version's changes against the base
 * (the first, or `options.base`), and the facts only some versions state.
 */
export function compare(
  documents: readonly CommuniqueDocument[],
  options: CompareOptions = {},
): Collation {
  const base = options.base ?? 0
  check(documents, base)
  const baseUnits = readBody(documents[base]!, new FormIds(), {
    headings: options.headings ?? true,
  }).units
  const diffs = new Map<number, DocumentDiff>()
  documents.forEach((document, k) => {
    if (k !== base) diffs.set(k, diff(documents[base]!, document, options))
  })
  const rows = baseRows(baseUnits, diffs)
  const paragraphs = paragraphsOf(baseUnits)
  const added = new Map<number, Draft[]>()
  for (const [k, d] of diffs) added.set(k, placeVersion(k, d, rows, paragraphs))
  const reasons = [...diffs.values()].flatMap((d) => d.summary.reasons)
  joinAdded(documents, added, options, reasons)

  const baseSpans = new Map<Draft, DiffSpan[]>()
  baseUnits.forEach((unit, k) => {
    const row = rows.rows.get(rows.sets.find(k))!
    const spans = baseSpans.get(row) ?? []
    spans.push({ text: unit.sentence.text, start: unit.sentence.start, end: unit.sentence.end })
    baseSpans.set(row, spans)
  })
  const drafts = [...rows.rows.values(), ...[...added.values()].flat()]
    .filter((row) => row.cells.size > 0 || baseSpans.has(row))
    .sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2])
  return {
    schemaVersion: collationSchemaVersion,
    base,
    versions: documents.map((document, k) => {
      const d = diffs.get(k)
      return d
        ? {
            index: k,
            metadata: document.metadata,
            against: {
              summary: d.summary,
              changes: d.alignments.filter((entry: Alignment) => entry.kind !== 'same'),
            },
          }
        : { index: k, metadata: document.metadata }
    }),
    rows: drafts.map((row) => finish(row, documents.length, base, baseSpans.get(row) ?? [])),
    facts: collateFacts(documents, base, diffs),
    degraded: reasons.length > 0,
    reasons: [...new Set(reasons)],
  }
}
