// Which sentences of A are worth comparing with which of B: the pairs that share rare
// shingles (a content word, two successive content words, or the whole text). Linear in
// text size: a shingle found in more than `maxShingleFrequency` sentences is not used,
// and each sentence keeps its `maxCandidates` best partners. The same is done from both
// sides, so the pairs do not depend on which version is A.
import type { SentenceUnit } from './sentence-units.js'
import { ShingleIndex } from './shingle-index.js'

export interface CandidateBounds {
  maxShingleFrequency: number
  maxCandidates: number
}

export interface CandidatePairs {
  /** Pairs `[a index, b index]` (unit indexes), each at most once. */
  pairs: Array<[number, number]>
  /** Unit indexes left without a candidate because every shingle they share is too common. */
  unprobedA: number[]
  unprobedB: number[]
}

/** Tie-break between partners of equal score: nearer relative place first, then a hash symmetric in A and B. */
export function pairRank(a: SentenceUnit, b: SentenceUnit, nA: number, nB: number): number[] {
  return [Math.abs(a.index / Math.max(1, nA) - b.index / Math.max(1, nB)), (a.hash ^ b.hash) >>> 0]
}

/** The `count` best of `items`, in order, kept by insertion (cheaper than sorting them all). */
function keepBest(
  items: readonly number[],
  better: (x: number, y: number) => boolean,
  count: number,
): number[] {
  const best: number[] = []
  for (const item of items) {
    if (best.length === count && !better(item, best[best.length - 1]!)) continue
    let at = best.length
    while (at > 0 && better(item, best[at - 1]!)) at--
    best.splice(at, 0, item)
    if (best.length > count) best.pop()
  }
  return best
}

/** For each sentence of `from`, its best partners in `to`; pushes pair keys `(a, b)` into `out`. */
function bestPartners(
  index: ShingleIndex,
  units: [readonly SentenceUnit[], readonly SentenceUnit[]],
  fromSide: 0 | 1,
  bounds: CandidateBounds,
  out: Set<number>,
  unprobed: number[],
): void {
  const toSide = fromSide === 0 ? 1 : 0
  const total = [Math.max(1, units[0].length), Math.max(1, units[1].length)] as const
  // One score per partner, reset after each sentence through the list of partners touched.
  const scores = new Float64Array(units[toSide].length)
  const touched: number[] = []
  units[fromSide].forEach((unit, p) => {
    let skipped = false
    const slots = index.slots[fromSide][p]!
    const weights = index.weights[fromSide][p]!
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k]!
      if (index.count(toSide, slot) === 0) continue
      if (index.frequency(slot) > bounds.maxShingleFrequency) {
        skipped = true
        continue
      }
      const weight = weights[k]!
      index.holders(toSide, slot, (q) => {
        if (scores[q] === 0) touched.push(q)
        scores[q] = scores[q]! + weight
      })
    }
    if (touched.length === 0) {
      if (skipped) unprobed.push(unit.index)
      return
    }
    const place = (q: number) => Math.abs(p / total[fromSide] - q / total[toSide])
    const hash = (q: number) => (unit.hash ^ units[toSide][q]!.hash) >>> 0
    const better = (x: number, y: number) =>
      scores[x]! !== scores[y]!
        ? scores[x]! > scores[y]!
        : place(x) !== place(y)
          ? place(x) < place(y)
          : hash(x) < hash(y)
    const best = keepBest(touched, better, bounds.maxCandidates)
    for (const q of best) out.add(fromSide === 0 ? p * total[1] + q : q * total[1] + p)
    for (const q of touched) scores[q] = 0
    touched.length = 0
  })
}

/**
 * Candidate pairs between the sentences `unitsA` and `unitsB` (any subsets of the two
 * versions, in reading order).
 */
export function candidatePairs(
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
  bounds: CandidateBounds,
): CandidatePairs {
  const units: [readonly SentenceUnit[], readonly SentenceUnit[]] = [unitsA, unitsB]
  const index = new ShingleIndex(units)
  const kept = new Set<number>()
  const unprobedA: number[] = []
  const unprobedB: number[] = []
  bestPartners(index, units, 0, bounds, kept, unprobedA)
  bestPartners(index, units, 1, bounds, kept, unprobedB)
  const width = Math.max(1, unitsB.length)
  const pairs: Array<[number, number]> = []
  for (const key of kept) {
    const pa = Math.floor(key / width)
    pairs.push([unitsA[pa]!.index, unitsB[key - pa * width]!.index])
  }
  return { pairs, unprobedA, unprobedB }
}
