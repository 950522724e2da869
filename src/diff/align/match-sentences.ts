// One-to-one matching of sentences: first the most similar candidate pairs anywhere
// (so moved sentences are found), then, between matches that keep their order, the
// leftover sentences of the same stretch at a lower threshold (rewordings that the
// surrounding order vouches for).
import { pairRank } from './candidate-pairs.js'
import { similarity } from './sentence-profile.js'
import type { SentenceUnit } from './sentence-units.js'

/** A one-to-one match: A sentence index, B sentence index, similarity. */
export interface Pair {
  a: number
  b: number
  similarity: number
}

interface Scored extends Pair {
  rank: number[]
}

function byBest(x: Scored, y: Scored): number {
  if (x.similarity !== y.similarity) return y.similarity - x.similarity
  for (let k = 0; k < x.rank.length; k++)
    if (x.rank[k] !== y.rank[k]) return x.rank[k]! - y.rank[k]!
  return x.a + x.b - (y.a + y.b)
}

/**
 * Sentences whose text occurs exactly once in each version are matched at once (as
 * patience diff does with unique lines); the rest go through candidates and similarity.
 */
export function matchUniqueTexts(
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
  matchedA: Map<number, Pair>,
  matchedB: Map<number, Pair>,
): Pair[] {
  const count = (units: readonly SentenceUnit[]) => {
    const seen = new Map<number, SentenceUnit | null>()
    for (const unit of units) seen.set(unit.hash, seen.has(unit.hash) ? null : unit)
    return seen
  }
  const onceA = count(unitsA)
  const onceB = count(unitsB)
  const pairs: Pair[] = []
  for (const [hash, a] of onceA) {
    const b = onceB.get(hash)
    if (!a || !b || a.kind !== b.kind || a.sentence.text !== b.sentence.text) continue
    const pair = { a: a.index, b: b.index, similarity: 1 }
    matchedA.set(a.index, pair)
    matchedB.set(b.index, pair)
    pairs.push(pair)
  }
  return pairs
}

/** Greedy one-to-one choice among scored pairs, best first; fills `matchedA`/`matchedB`. */
export function choosePairs(
  scored: Scored[],
  matchedA: Map<number, Pair>,
  matchedB: Map<number, Pair>,
): Pair[] {
  scored.sort(byBest)
  const chosen: Pair[] = []
  for (const pair of scored) {
    if (matchedA.has(pair.a) || matchedB.has(pair.b)) continue
    const kept = { a: pair.a, b: pair.b, similarity: pair.similarity }
    matchedA.set(pair.a, kept)
    matchedB.set(pair.b, kept)
    chosen.push(kept)
  }
  return chosen
}

/** Score the given pairs and keep those at or above `threshold`. */
export function scorePairs(
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
  pairs: Iterable<readonly [number, number]>,
  threshold: number,
): Scored[] {
  const scored: Scored[] = []
  for (const [i, j] of pairs) {
    const a = unitsA[i]!
    const b = unitsB[j]!
    if (a.kind !== b.kind) continue
    const value =
      a.hash === b.hash && a.sentence.text === b.sentence.text
        ? 1
        : similarity(a.profile, b.profile)
    if (value >= threshold) {
      scored.push({
        a: i,
        b: j,
        similarity: value,
        rank: pairRank(a, b, unitsA.length, unitsB.length),
      })
    }
  }
  return scored
}

export interface GapBounds {
  /** Most pairs compared in one stretch between ordered matches before comparing only near its diagonal. */
  maxGapPairs: number
}

/**
 * The pairs to compare inside a stretch of `na` by `nb` unmatched sentences: all of
 * them, or (over the bound) those near the stretch's diagonal. Returns whether the
 * bound was hit.
 */
export function gapPairs(
  gapA: readonly number[],
  gapB: readonly number[],
  bounds: GapBounds,
  out: Array<[number, number]>,
): boolean {
  const na = gapA.length
  const nb = gapB.length
  if (na === 0 || nb === 0) return false
  if (na * nb <= bounds.maxGapPairs) {
    for (const i of gapA) for (const j of gapB) out.push([i, j])
    return false
  }
  // Compare (k, l) when their relative places differ by at most delta (symmetric in A and B).
  const delta = bounds.maxGapPairs / (2 * na * nb)
  for (let k = 0; k < na; k++) {
    const low = Math.max(0, Math.ceil((k / na - delta) * nb))
    const high = Math.min(nb - 1, Math.floor((k / na + delta) * nb))
    for (let l = low; l <= high; l++) out.push([gapA[k]!, gapB[l]!])
  }
  return true
}
