// The diff against the hand-made gold: the initiative and the news article that restates
// it, and five version pairs (editorial rewrite, substantive changes, draft and final, a
// news restatement, two translations).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diff } from '../../src/diff/diff.js'
import type { DiffSpan, DocumentDiff, WordChange } from '../../src/model/diff.js'
import type { CommuniqueDocument } from '../../src/model/document.js'
import { parse } from '../../src/parse.js'
import { landed } from '../landed-steps.js'
import {
  type DiffGold,
  entryOf,
  findSentence,
  list,
  paragraphSentences,
  readGold,
} from '../read-diff-gold.js'

const fixtures = new URL('../../fixtures/', import.meta.url).pathname

interface Pair {
  gold: DiffGold
  sourceA: string
  sourceB: string
  documents: [CommuniqueDocument, CommuniqueDocument]
  result: DocumentDiff
}

function load(goldPath: string, dir: string): Pair {
  const gold = readGold(goldPath)
  const sourceA = readFileSync(join(dir, gold.a), 'utf8')
  const sourceB = readFileSync(join(dir, gold.b), 'utf8')
  const documents: [CommuniqueDocument, CommuniqueDocument] = [parse(sourceA), parse(sourceB)]
  return { gold, sourceA, sourceB, documents, result: diff(...documents) }
}

/**
 * A span's text is the analysed text: the source with white space folded and repairs
 * applied. Check it against the source, leaving out spans that hold a repair.
 */
function expectSourceSpan(source: string, document: CommuniqueDocument, span: DiffSpan): void {
  const repaired = document.warnings.some(
    (w) => w.expected !== undefined && w.start < span.end && w.end > span.start,
  )
  if (!repaired) expect(source.slice(span.start, span.end).replace(/\s+/g, ' ')).toBe(span.text)
  else expect(span.end - span.start).toBeGreaterThanOrEqual(span.text.length - 2)
}

/** Gold kind, reading "modified" with notes saying the sentence moved as `moved` (initiative gold). */
function expectedKind(kind: string, notes: string): string {
  return kind === 'modified' && /\bmoved from\b/.test(notes) ? 'moved' : kind
}

function checkAlignments({ gold, sourceA, sourceB, result }: Pair): void {
  for (const expected of gold.alignments) {
    const a = list(expected.a_starts).map((starts) => findSentence(result, sourceA, 'a', starts))
    const b = list(expected.b_starts).map((starts) => findSentence(result, sourceB, 'b', starts))
    const entry = entryOf(result, 'a', a[0]!)
    const label = `${list(expected.a_starts)[0]} -> ${list(expected.b_starts)[0]}`
    expect(entry, label).toBeDefined()
    expect(
      entry!.a.map((span) => span.start),
      label,
    ).toEqual(a.map((span) => span.start))
    expect(
      entry!.b.map((span) => span.start),
      label,
    ).toEqual(b.map((span) => span.start))
    expect(entry!.kind, label).toBe(expectedKind(expected.kind, expected.notes))
  }
}

describe('initiative.txt vs news.txt (fixtures/gold/diff-initiative-news.json)', () => {
  const pair = load(join(fixtures, 'gold/diff-initiative-news.json'), fixtures)
  const { result, sourceA, sourceB } = pair

  it('aligns the five sentence pairs, including the moved and rephrased first sentence', () => {
    checkAlignments(pair)
    const first = entryOf(
      result,
      'a',
      findSentence(result, sourceA, 'a', 'On 3 June 2021, the Good-neighborliness'),
    )
    expect(first?.kind).toBe('moved')
  })

  it('reports the six paragraphs the article leaves out as deleted, and nothing else', () => {
    const left = pair.gold.only_in_a.flatMap((starts) =>
      paragraphSentences(result, sourceA, 'a', starts),
    )
    // Body sentences: the titles and the page furniture are units of their own kinds.
    const deleted = result.alignments
      .filter((entry) => entry.kind === 'deleted' && entry.unit === undefined)
      .flatMap((entry) => entry.a)
    expect(deleted.map((span) => span.start).sort((x, y) => x - y)).toEqual(
      left.map((span) => span.start).sort((x, y) => x - y),
    )
    expect(
      result.paragraphs
        .filter((link) => link.b.length === 0)
        .map((link) => link.a.map((p) => p.index)),
    ).toEqual([[4], [5], [6], [7], [8], [9]])
    expect(result.summary.alignments.inserted).toBe(0)
  })

  it('classes the tense shifts and the reordering as editorial', () => {
    const tense = entryOf(
      result,
      'b',
      findSentence(result, sourceB, 'b', 'The Forum spoke highly of'),
    )!
    expect(tense.class).toBe('editorial')
    expect(tense.changes.map((change) => [change.kind, change.a?.text, change.b?.text])).toEqual([
      ['inflection', 'speaks', 'spoke'],
      ['inflection', 'underlines', 'underlined'],
    ])
    const reordered = entryOf(
      result,
      'b',
      findSentence(result, sourceB, 'b', 'The Forum realizes that the SCO plays'),
    )!
    expect(reordered.class).toBe('editorial')
    expect(
      reordered.changes.map((change) => [change.kind, change.a?.text, change.b?.text]),
    ).toEqual([['reordering', 'civilization diversity', 'diversity of civilizations']])
  })

  it('classes the added attribution and the acronym spelled out as editorial', () => {
    const attributed = entryOf(
      result,
      'b',
      findSentence(result, sourceB, 'b', 'Speaking at the opening ceremony'),
    )!
    expect(attributed.changes.map((change) => change.kind)).toEqual(['attribution'])
    const leaders = entryOf(
      result,
      'b',
      findSentence(result, sourceB, 'b', 'Leaders of Shanghai Cooperation'),
    )!
    expect(leaders.changes[0]).toMatchObject({
      kind: 'acronym',
      a: { text: 'SCO' },
      b: { text: 'Shanghai Cooperation Organization (SCO)' },
    })
  })

  it('points every span at the original inputs', () => {
    const [documentA, documentB] = pair.documents
    for (const entry of result.alignments) {
      for (const span of entry.a) expectSourceSpan(sourceA, documentA, span)
      for (const span of entry.b) expectSourceSpan(sourceB, documentB, span)
      for (const change of entry.changes) {
        if (change.a) expectSourceSpan(sourceA, documentA, change.a)
        if (change.b) expectSourceSpan(sourceB, documentB, change.b)
      }
    }
  })

  // Needs the dates step: "on Thursday" in a news report dated 2021-06-04 resolves to 2021-06-03.
  it.runIf(landed.dates)('matches "on Thursday" to 3 June 2021 (needs the dates step)', () => {
    const day = result.entities.dates.both.find(({ a }) => a.value === '2021-06-03')
    expect(day).toBeDefined()
    expect(day!.a.mentions.map((m) => m.text)).toContain('3 June 2021')
    expect(day!.b.mentions.map((m) => m.text).join(' ')).toMatch(/Thursday/)
    const first = entryOf(
      result,
      'a',
      findSentence(result, sourceA, 'a', 'On 3 June 2021, the Good-neighborliness'),
    )!
    const date = first.changes.find((change) => change.kind === 'date')
    expect(date).toMatchObject({ class: 'editorial' })
    expect(date!.a!.text).toContain('3 June 2021')
  })
})

/** Does a change match a gold substantive change (its texts overlap the gold's)? */
function matchesGold(
  change: WordChange,
  kind: string,
  expected: { type: string; a: string | null; b: string | null },
): boolean {
  const overlaps = (text: string | undefined, gold: string | null) =>
    gold === null
      ? text === undefined
      : text !== undefined && (text.includes(gold) || gold.includes(text))
  if (expected.type === 'proposal-dropped')
    return change.kind === 'proposal' && kind === 'deleted' && overlaps(change.a?.text, expected.a)
  if (expected.type === 'proposal-added')
    return change.kind === 'proposal' && kind === 'inserted' && overlaps(change.b?.text, expected.b)
  // "date|number": either kind is right (a year read as a date only where extraction reads the block).
  return (
    expected.type.split('|').includes(change.kind) &&
    overlaps(change.a?.text, expected.a) &&
    overlaps(change.b?.text, expected.b)
  )
}

const pairsDir = join(fixtures, 'pairs')
describe.each(readdirSync(pairsDir).sort())('pair %s (fixtures/pairs/*/gold.json)', (name) => {
  const dir = join(pairsDir, name)
  const pair = load(join(dir, 'gold.json'), dir)
  const { gold, result, sourceA, sourceB } = pair

  it('aligns every sentence as the gold does', () => {
    checkAlignments(pair)
    const deleted = result.alignments
      .filter((entry) => entry.kind === 'deleted')
      .map((entry) => entry.a[0]!.start)
    const inserted = result.alignments
      .filter((entry) => entry.kind === 'inserted')
      .map((entry) => entry.b[0]!.start)
    expect(deleted.sort()).toEqual(
      gold.only_in_a.map((starts) => findSentence(result, sourceA, 'a', starts).start).sort(),
    )
    expect(inserted.sort()).toEqual(
      (gold.only_in_b ?? [])
        .map((starts) => findSentence(result, sourceB, 'b', starts).start)
        .sort(),
    )
    expect(result.alignments).toHaveLength(
      gold.alignments.length + gold.only_in_a.length + (gold.only_in_b ?? []).length,
    )
  })

  // Classes depend on the facts the extraction steps find (dates, organizations, places, proposals).
  it.runIf(landed.dates && landed.organizations && landed.places && landed.proposals)(
    'classes every entry and finds exactly the substantive changes of the gold (needs dates, entities, proposals)',
    () => {
      for (const expected of gold.alignments) {
        const entry = entryOf(
          result,
          'a',
          findSentence(result, sourceA, 'a', list(expected.a_starts)[0]!),
        )!
        expect(entry.class, list(expected.a_starts)[0]).toBe(expected.class)
      }
      const substantive = result.alignments.flatMap((entry) =>
        entry.changes
          .filter((change) => change.class === 'substantive')
          .map((change) => ({ change, kind: entry.kind })),
      )
      for (const expected of gold.substantive_changes ?? []) {
        expect(
          substantive.some(({ change, kind }) => matchesGold(change, kind, expected)),
          JSON.stringify(expected),
        ).toBe(true)
      }
      for (const { change, kind } of substantive) {
        const expectedOne = (gold.substantive_changes ?? []).some((expected) =>
          matchesGold(change, kind, expected),
        )
        expect(expectedOne, JSON.stringify(change)).toBe(true)
      }
    },
  )

  it.runIf(landed.dates)(
    'matches the same dates written differently (needs the dates step)',
    () => {
      for (const expected of gold.date_matches ?? []) {
        const both = result.entities.dates.both.find(({ a }) => a.value === expected.value)
        expect(both, expected.value).toBeDefined()
        expect(
          both!.a.mentions.some((m) => m.text.includes(expected.a) || expected.a.includes(m.text)),
        ).toBe(true)
        expect(
          both!.b.mentions.some((m) => m.text.includes(expected.b) || expected.b.includes(m.text)),
        ).toBe(true)
      }
    },
  )
})
