// Which matches keep their order: those in every longest chain of matches increasing on
// both sides. A match outside some longest chain has moved; when two chains tie (two
// paragraphs swapped), the matches of both are moved, so the answer does not depend on
// which version is called A. O(n log n) with a Fenwick tree; chains are counted modulo
// two primes to tell "in every chain" from "in some chain".

const primes = [50331653, 25165843] as const

interface Best {
  length: number
  counts: [number, number]
}

class PrefixBest {
  private readonly length: Int32Array
  private readonly c0: Float64Array
  private readonly c1: Float64Array
  constructor(size: number) {
    this.length = new Int32Array(size + 1)
    this.c0 = new Float64Array(size + 1)
    this.c1 = new Float64Array(size + 1)
  }
  /** Best chain ending at a position `< position` (1-based positions). */
  query(position: number): Best {
    let length = 0
    let c0 = 1
    let c1 = 1
    for (let p = position - 1; p > 0; p -= p & -p) {
      const l = this.length[p]!
      if (l > length) {
        length = l
        c0 = this.c0[p]!
        c1 = this.c1[p]!
      } else if (l === length && l > 0) {
        c0 = (c0 + this.c0[p]!) % primes[0]
        c1 = (c1 + this.c1[p]!) % primes[1]
      }
    }
    return { length, counts: [c0, c1] }
  }
  update(position: number, best: Best): void {
    for (let p = position; p < this.length.length; p += p & -p) {
      const l = this.length[p]!
      if (best.length > l) {
        this.length[p] = best.length
        this.c0[p] = best.counts[0]
        this.c1[p] = best.counts[1]
      } else if (best.length === l) {
        this.c0[p] = (this.c0[p]! + best.counts[0]) % primes[0]
        this.c1[p] = (this.c1[p]! + best.counts[1]) % primes[1]
      }
    }
  }
}

/** Longest chains ending at each point, scanning points in the given order. */
function chainsEnding(
  points: ReadonlyArray<readonly [number, number]>,
  order: number[],
  ys: number,
): Best[] {
  const tree = new PrefixBest(ys)
  const result: Best[] = new Array(points.length)
  for (const k of order) {
    const before = tree.query(points[k]![1] + 1)
    const best: Best = { length: before.length + 1, counts: before.counts }
    result[k] = best
    tree.update(points[k]![1] + 1, best)
  }
  return result
}

/**
 * For points `[x, y]` with distinct x and distinct y, true for each point that lies on
 * every longest chain increasing in both x and y.
 */
export function inEveryLongestChain(points: ReadonlyArray<readonly [number, number]>): boolean[] {
  const n = points.length
  if (n === 0) return []
  const ys = [...new Set(points.map((p) => p[1]))].sort((p, q) => p - q)
  const rank = new Map(ys.map((y, r) => [y, r]))
  const ranked = points.map((p) => [p[0], rank.get(p[1])!] as const)
  const order = [...ranked.keys()].sort((p, q) => ranked[p]![0] - ranked[q]![0])
  const ending = chainsEnding(ranked, order, ys.length)
  // Mirrored points: chains starting at each point.
  const mirrored = ranked.map((p) => [-p[0], ys.length - 1 - p[1]] as const)
  const starting = chainsEnding(mirrored, [...order].reverse(), ys.length)
  let longest = 0
  for (const best of ending) longest = Math.max(longest, best.length)
  const total = [0, 0]
  ending.forEach((best) => {
    if (best.length !== longest) return
    total[0] = (total[0]! + best.counts[0]) % primes[0]
    total[1] = (total[1]! + best.counts[1]) % primes[1]
  })
  return ending.map((end, k) => {
    const start = starting[k]!
    if (end.length + start.length - 1 !== longest) return false
    return (
      (end.counts[0] * start.counts[0]) % primes[0] === total[0] &&
      (end.counts[1] * start.counts[1]) % primes[1] === total[1]
    )
  })
}
