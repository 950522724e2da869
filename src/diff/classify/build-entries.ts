// The alignment entries: each matched group with its kind, word changes and class, and
// each sentence left alone as deleted or inserted; in reading order.
import type { Alignment, AlignmentKind, DiffSpan, UnitKind, WordChange } from '../../model/diff.js'
import type { OrderedGroup } from '../align/align-sentences.js'
import { readingOrder } from '../align/reading-order.js'
import type { SentenceUnit, VersionBody } from '../align/sentence-units.js'
import type { DocumentFacts } from '../facts/document-facts.js'
import { mayHoldNumber, numbersIn } from '../facts/number-values.js'
import { readSide, type Side } from '../facts/side-facts.js'
import { sentenceSpan } from '../facts/side-spans.js'
import { type ClassifyContext, classifyChanges } from './classify-changes.js'
import { classifyUnmatched } from './classify-unmatched.js'

/** An entry and, for reading order, the sides it was built from. */
export interface Entry {
  alignment: Alignment
  /** Changes of the entry where both sides state a different value of one fact. */
  conflicts: WordChange[]
  a: number[]
  b: number[]
  anchor: boolean
}

function kindOf(
  group: OrderedGroup,
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
): AlignmentKind {
  if (group.a.length > 1) return 'merged'
  if (group.b.length > 1) return 'split'
  if (!group.inOrder) return 'moved'
  return unitsA[group.a[0]!]!.sentence.text === unitsB[group.b[0]!]!.sentence.text
    ? 'same'
    : 'modified'
}

function classOf(kind: AlignmentKind, changes: WordChange[]): Alignment['class'] {
  if (changes.some((change) => change.class === 'substantive')) return 'substantive'
  return kind === 'same' ? 'none' : 'editorial'
}

function matchedEntry(
  group: OrderedGroup,
  bodyA: VersionBody,
  bodyB: VersionBody,
  facts: [DocumentFacts, DocumentFacts],
  context: ClassifyContext,
): Entry {
  const unitsA = group.a.map((i) => bodyA.units[i]!)
  const unitsB = group.b.map((j) => bodyB.units[j]!)
  const kind = kindOf(group, bodyA.units, bodyB.units)
  const identical =
    unitsA.length === 1 &&
    unitsB.length === 1 &&
    unitsA[0]!.sentence.text === unitsB[0]!.sentence.text
  const { changes, conflicts } = identical
    ? { changes: [], conflicts: [] }
    : classifyChanges(readSide('a', unitsA, facts[0]), readSide('b', unitsB, facts[1]), context)
  const alignment: Alignment = {
    kind,
    class: classOf(kind, changes),
    similarity: identical ? 1 : Math.round(group.similarity * 1000) / 1000,
    a: unitsA.map(sentenceSpan),
    b: unitsB.map(sentenceSpan),
    changes,
  }
  if ((kind === 'split' || kind === 'merged') && !group.inOrder) alignment.moved = true
  return furniture(
    { alignment, conflicts, a: group.a, b: group.b, anchor: group.inOrder },
    unitsA[0]!.kind,
  )
}

/** A sentence of prose: eight words or more, ending with a full stop (not a menu, a credit, a contact line). */
function isProse(span: DiffSpan): boolean {
  return /[.!?]["'\u201d\u2019)]?$/.test(span.text) && span.text.split(/\s+/).length >= 8
}

/**
 * An entry of units other than body sentences says which kind they are. Page furniture
 * (boilerplate) is compared and its changes listed, but clutter is never classed
 * substantive; a sentence of prose that the segmenter took for furniture (a paragraph
 * that ends with an e-mail address) keeps its class, so no changed paragraph is hidden.
 */
function furniture(entry: Entry, kind: UnitKind): Entry {
  if (kind === 'body') return entry
  entry.alignment.unit = kind
  const spans = [...entry.alignment.a, ...entry.alignment.b]
  if (kind !== 'boilerplate' || spans.some(isProse)) return entry
  for (const change of entry.alignment.changes) change.class = 'editorial'
  if (entry.alignment.class === 'substantive') entry.alignment.class = 'editorial'
  entry.conflicts = []
  return entry
}

function numbersOf(body: VersionBody): Set<number> {
  const values = new Set<number>()
  for (const unit of body.units) {
    if (!mayHoldNumber(unit.sentence.text)) continue
    for (const fact of numbersIn(unit.tokens, () => false)) values.add(fact.value)
  }
  return values
}

function unmatchedEntry(
  side: Side,
  context: ClassifyContext,
  otherDates: ReadonlySet<string>,
  otherNumbers: ReadonlySet<number>,
): Entry {
  const unit = side.units[0]!
  const result = classifyUnmatched(side, context.matcher, otherDates, otherNumbers)
  const span = sentenceSpan(unit)
  const deleted = side.name === 'a'
  return furniture(
    {
      alignment: {
        kind: deleted ? 'deleted' : 'inserted',
        class: result.substantive ? 'substantive' : 'editorial',
        similarity: 0,
        a: deleted ? [span] : [],
        b: deleted ? [] : [span],
        changes: result.changes,
      },
      conflicts: [],
      a: deleted ? [unit.index] : [],
      b: deleted ? [] : [unit.index],
      anchor: false,
    },
    unit.kind,
  )
}

/** Every entry of the alignment, in reading order. */
export function buildEntries(
  groups: readonly OrderedGroup[],
  bodyA: VersionBody,
  bodyB: VersionBody,
  facts: [DocumentFacts, DocumentFacts],
  context: ClassifyContext,
): Entry[] {
  const entries = groups.map((group) => matchedEntry(group, bodyA, bodyB, facts, context))
  const usedA = new Set(groups.flatMap((group) => group.a))
  const usedB = new Set(groups.flatMap((group) => group.b))
  const leftA = bodyA.units.filter((unit) => !usedA.has(unit.index))
  const leftB = bodyB.units.filter((unit) => !usedB.has(unit.index))
  if (leftA.length > 0) {
    const numbersB = numbersOf(bodyB)
    for (const unit of leftA)
      entries.push(
        unmatchedEntry(readSide('a', [unit], facts[0]), context, facts[1].dateValues, numbersB),
      )
  }
  if (leftB.length > 0) {
    const numbersA = numbersOf(bodyA)
    for (const unit of leftB)
      entries.push(
        unmatchedEntry(readSide('b', [unit], facts[1]), context, facts[0].dateValues, numbersA),
      )
  }
  const order = readingOrder(
    entries.map((entry) => ({ a: entry.a[0] ?? -1, b: entry.b[0] ?? -1, anchor: entry.anchor })),
  )
  return order.map((k) => entries[k]!)
}
