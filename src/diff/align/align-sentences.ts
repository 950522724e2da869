// Alignment of the body sentences of two versions: one-to-one matches by similarity,
// leftovers matched inside the stretches between ordered matches, adjacent sentences
// joined into splits and merges, and the order checked for moves.
import { type CandidateBounds, candidatePairs } from './candidate-pairs.js'
import { inEveryLongestChain } from './find-order.js'
import { type Group, groupAdjacent } from './group-adjacent.js'
import {
  choosePairs,
  type GapBounds,
  gapPairs,
  matchUniqueTexts,
  type Pair,
  scorePairs,
} from './match-sentences.js'
import type { SentenceUnit } from './sentence-units.js'

export interface AlignmentBounds extends CandidateBounds, GapBounds {}

/** Similarity a pair needs anywhere in the text, and inside a stretch between ordered matches. */
const anywhereThreshold = 0.5
const stretchThreshold = 0.3

/** A group of matched sentences, and whether it keeps its place in the order. */
export interface OrderedGroup extends Group {
  inOrder: boolean
}

export interface SentenceAlignment {
  groups: OrderedGroup[]
  /** Why the result may miss a match (empty when no bound was hit). */
  reasons: string[]
}

function ordered<T extends { a: number | number[]; b: number | number[] }>(items: T[]): boolean[] {
  const first = (x: number | number[]) => (typeof x === 'number' ? x : x[0]!)
  return inEveryLongestChain(items.map((item) => [first(item.a), first(item.b)] as const))
}

/** Leftover sentences between consecutive ordered pairs, matched at the lower threshold. */
function fillStretches(
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
  pairs: Pair[],
  matchedA: Map<number, Pair>,
  matchedB: Map<number, Pair>,
  bounds: GapBounds,
): { compared: Set<number>[]; banded: number } {
  const inOrder = ordered(pairs)
  const anchors = pairs.filter((_, k) => inOrder[k]).sort((p, q) => p.a - q.a)
  const ends = [{ a: -1, b: -1 }, ...anchors, { a: unitsA.length, b: unitsB.length }]
  const toCompare: Array<[number, number]> = []
  const compared = [new Set<number>(), new Set<number>()]
  let banded = 0
  for (let k = 0; k + 1 < ends.length; k++) {
    const gapA: number[] = []
    const gapB: number[] = []
    for (let i = ends[k]!.a + 1; i < ends[k + 1]!.a; i++) if (!matchedA.has(i)) gapA.push(i)
    for (let j = ends[k]!.b + 1; j < ends[k + 1]!.b; j++) if (!matchedB.has(j)) gapB.push(j)
    if (gapPairs(gapA, gapB, bounds, toCompare)) banded++
    else if (gapA.length > 0 && gapB.length > 0) {
      for (const i of gapA) compared[0]!.add(i)
      for (const j of gapB) compared[1]!.add(j)
    }
  }
  pairs.push(
    ...choosePairs(scorePairs(unitsA, unitsB, toCompare, stretchThreshold), matchedA, matchedB),
  )
  return { compared, banded }
}

/** Pairs among the sentences still unmatched (see `alignSentences`). */
function secondLook(
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
  matchedA: Map<number, Pair>,
  matchedB: Map<number, Pair>,
  bounds: AlignmentBounds,
): { pairs: Pair[]; unprobed: number[][] } {
  const leftA = unitsA.filter((unit) => !matchedA.has(unit.index))
  const leftB = unitsB.filter((unit) => !matchedB.has(unit.index))
  const second = candidatePairs(leftA, leftB, {
    ...bounds,
    maxShingleFrequency: 4 * bounds.maxShingleFrequency,
  })
  const pairs = choosePairs(
    scorePairs(unitsA, unitsB, second.pairs, anywhereThreshold),
    matchedA,
    matchedB,
  )
  return { pairs, unprobed: [second.unprobedA, second.unprobedB] }
}

/** Why the result may miss a match: sentences left unexamined, stretches compared in part. */
function boundReasons(unprobed: number, banded: number, bounds: AlignmentBounds): string[] {
  const reasons: string[] = []
  if (unprobed > 0) {
    reasons.push(
      `${unprobed} sentence(s) left unmatched share only common words with the other version's unmatched sentences (each in more than ${4 * bounds.maxShingleFrequency} of them) and were not compared with every candidate`,
    )
  }
  if (banded > 0) {
    reasons.push(
      `${banded} stretch(es) of unmatched sentences exceeded ${bounds.maxGapPairs} comparisons and were compared only near their diagonal`,
    )
  }
  return reasons
}

/**
 * Align the body sentences of A and B: texts found once on each side at once, then the
 * most similar candidate pairs anywhere, then leftovers inside the stretches between
 * ordered matches, then a second look among the sentences still unmatched (shingles too
 * common in the whole texts are rare among these few, so a short common sentence that
 * moved is found); adjacent sentences join into splits and merges; the order tells moves.
 */
export function alignSentences(
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
  bounds: AlignmentBounds,
): SentenceAlignment {
  const matchedA = new Map<number, Pair>()
  const matchedB = new Map<number, Pair>()
  const pairs = matchUniqueTexts(unitsA, unitsB, matchedA, matchedB)
  const candidates = candidatePairs(
    unitsA.filter((unit) => !matchedA.has(unit.index)),
    unitsB.filter((unit) => !matchedB.has(unit.index)),
    bounds,
  )
  const scored = scorePairs(unitsA, unitsB, candidates.pairs, anywhereThreshold)
  pairs.push(...choosePairs(scored, matchedA, matchedB))
  const { compared, banded } = fillStretches(unitsA, unitsB, pairs, matchedA, matchedB, bounds)
  const second = secondLook(unitsA, unitsB, matchedA, matchedB, bounds)
  pairs.push(...second.pairs)

  const groups: Group[] = pairs.map((pair) => ({
    a: [pair.a],
    b: [pair.b],
    similarity: pair.similarity,
  }))
  const usedA = new Set(matchedA.keys())
  const usedB = new Set(matchedB.keys())
  groupAdjacent(groups, unitsA, unitsB, usedA, usedB)
  const inOrder = ordered(groups)
  const unprobed =
    second.unprobed[0]!.filter((i) => !usedA.has(i) && !compared[0]!.has(i)).length +
    second.unprobed[1]!.filter((j) => !usedB.has(j) && !compared[1]!.has(j)).length
  return {
    groups: groups.map((group, k) => ({ ...group, inOrder: inOrder[k]! })),
    reasons: boundReasons(unprobed, banded, bounds),
  }
}
