// Which sentences of A are worth comparing with which of B: the pairs that share rare
// shingles (a content word, two successive content words, or the whole text). Linear in
// text size: shingles found in more than `maxShingleFrequency` sentences are not used,
// and each sentence keeps its `maxCandidates` best pairs.
import type { SentenceUnit } from './sentence-units.js'

export interface CandidateBounds {
  maxShingleFrequency: number
  maxCandidates: number
}

export interface CandidatePairs {
  /** Pairs `[a index, b index]`, each at most once. */
  pairs: Array<[number, number]>
  /** Sentences left without a candidate because every shingle they have is too common. */
  unprobedA: Set<number>
  unprobedB: Set<number>
}

const exactWeight = 8
const bigramWeight = 2
const unigramWeight = 1

/** Shingle keys of a sentence with their weights (vocabulary size `v` keeps keys apart). */
function shingles(unit: SentenceUnit, v: number): Map<number, number> {
  const keys = new Map<number, number>()
  keys.set(-1 - unit.hash, exactWeight)
  const content = unit.profile.content
  for (let k = 0; k < content.length; k++) {
    keys.set(content[k]!, unigramWeight)
    if (k + 1 < content.length) keys.set(v + content[k]! * v + content[k + 1]!, bigramWeight)
  }
  return keys
}

/** The order in which a sentence's partners are preferred; symmetric in A and B. */
export function pairRank(a: SentenceUnit, b: SentenceUnit, nA: number, nB: number): number[] {
  return [Math.abs(a.index / Math.max(1, nA) - b.index / Math.max(1, nB)), (a.hash ^ b.hash) >>> 0]
}

function compareRanked(x: number[], y: number[]): number {
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k]! - y[k]!
  return 0
}

export function candidatePairs(
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
  vocabulary: number,
  bounds: CandidateBounds,
): CandidatePairs {
  const v = vocabulary + 1
  const postings = new Map<number, number[]>()
  const weightOf = new Map<number, number>()
  const add = (unit: SentenceUnit, side: 0 | 1) => {
    for (const [key, weight] of shingles(unit, v)) {
      let list = postings.get(key)
      if (!list) {
        list = []
        postings.set(key, list)
        weightOf.set(key, weight)
      }
      list.push(unit.index * 2 + side)
    }
  }
  for (const unit of unitsA) add(unit, 0)
  for (const unit of unitsB) add(unit, 1)

  const nB = unitsB.length
  const scores = new Map<number, number>()
  const skippedA = new Set<number>()
  const skippedB = new Set<number>()
  for (const [key, list] of postings) {
    const as: number[] = []
    const bs: number[] = []
    for (const ref of list) (ref & 1 ? bs : as).push(ref >> 1)
    if (as.length === 0 || bs.length === 0) continue
    if (list.length > bounds.maxShingleFrequency) {
      for (const i of as) skippedA.add(i)
      for (const j of bs) skippedB.add(j)
      continue
    }
    const weight = weightOf.get(key)!
    for (const i of as)
      for (const j of bs) scores.set(i * nB + j, (scores.get(i * nB + j) ?? 0) + weight)
  }
  return keepBest(unitsA, unitsB, scores, bounds.maxCandidates, skippedA, skippedB)
}

function keepBest(
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
  scores: Map<number, number>,
  maxCandidates: number,
  skippedA: Set<number>,
  skippedB: Set<number>,
): CandidatePairs {
  const nA = unitsA.length
  const nB = unitsB.length
  const byA = new Map<number, number[]>()
  const byB = new Map<number, number[]>()
  for (const key of scores.keys()) {
    const i = Math.floor(key / nB)
    const j = key - i * nB
    if (!byA.has(i)) byA.set(i, [])
    if (!byB.has(j)) byB.set(j, [])
    byA.get(i)!.push(key)
    byB.get(j)!.push(key)
  }
  const order = (x: number, y: number) => {
    const ds = scores.get(y)! - scores.get(x)!
    if (ds !== 0) return ds
    const [xi, yi] = [Math.floor(x / nB), Math.floor(y / nB)]
    return compareRanked(
      pairRank(unitsA[xi]!, unitsB[x - xi * nB]!, nA, nB),
      pairRank(unitsA[yi]!, unitsB[y - yi * nB]!, nA, nB),
    )
  }
  const kept = new Set<number>()
  for (const lists of [byA, byB]) {
    for (const list of lists.values()) {
      if (list.length > maxCandidates) list.sort(order)
      for (const key of list.slice(0, maxCandidates)) kept.add(key)
    }
  }
  const pairs: Array<[number, number]> = []
  for (const key of kept) {
    const i = Math.floor(key / nB)
    pairs.push([i, key - i * nB])
  }
  const unprobedA = new Set([...skippedA].filter((i) => !byA.has(i)))
  const unprobedB = new Set([...skippedB].filter((j) => !byB.has(j)))
  return { pairs, unprobedA, unprobedB }
}
