// The shingles of the sentences of both versions in flat typed arrays: each sentence's
// shingle hashes (a content word, two successive content words, the whole text), and for
// each distinct shingle the sentences of A and of B that have it. Built in linear time
// with an open-addressing table, without a JavaScript object per shingle.
import type { SentenceUnit } from './sentence-units.js'

const exactWeight = 8
const bigramWeight = 2
const unigramWeight = 1

function mix(x: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return (h ^ (h >>> 16)) >>> 0
}

/** Call `add` with each shingle hash of a sentence and its weight (repeats included). */
function eachShingle(unit: SentenceUnit, add: (key: number, weight: number) => void): void {
  add(mix(unit.hash ^ 0x5bd1e995), exactWeight)
  const content = unit.profile.content
  for (let k = 0; k < content.length; k++) {
    const word = content[k]!
    if (k + 1 < content.length)
      add(mix(mix(word * 2) ^ Math.imul(content[k + 1]! + 1, 0x9e3779b1)), bigramWeight)
    add(mix(word * 2 + 1), unigramWeight)
  }
}

/** Sentences (by position in their list) holding each shingle, per version. */
export class ShingleIndex {
  /** For each sentence of each side: its slots in the table and their weights. */
  readonly slots: [Int32Array[], Int32Array[]] = [[], []]
  readonly weights: [Uint8Array[], Uint8Array[]] = [[], []]
  private readonly starts: [Int32Array, Int32Array]
  private readonly lists: [Int32Array, Int32Array]

  constructor(units: [readonly SentenceUnit[], readonly SentenceUnit[]]) {
    let bound = 0
    for (const side of units) for (const unit of side) bound += 2 * unit.profile.content.length + 1
    let capacity = 16
    while (capacity < bound * 2) capacity *= 2
    const mask = capacity - 1
    const keys = new Uint32Array(capacity)
    const used = new Uint8Array(capacity)
    // The sentence that last added each slot, so a shingle repeated in a sentence counts once.
    const last = new Int32Array(capacity)
    const counts = [new Int32Array(capacity + 1), new Int32Array(capacity + 1)] as const
    const slots: number[] = []
    const weights: number[] = []
    units.forEach((side, s) => {
      side.forEach((unit, position) => {
        const stamp = s === 0 ? position + 1 : -(position + 1)
        slots.length = 0
        weights.length = 0
        eachShingle(unit, (key, weight) => {
          let slot = key & mask
          while (used[slot] === 1 && keys[slot] !== key) slot = (slot + 1) & mask
          if (used[slot] === 1 && last[slot] === stamp) return
          used[slot] = 1
          keys[slot] = key
          last[slot] = stamp
          counts[s]![slot + 1]!++
          slots.push(slot)
          weights.push(weight)
        })
        this.slots[s as 0 | 1].push(Int32Array.from(slots))
        this.weights[s as 0 | 1].push(Uint8Array.from(weights))
      })
    })
    // Prefix sums give each slot's stretch of the posting lists.
    for (const count of counts) for (let k = 1; k <= capacity; k++) count[k]! += count[k - 1]!
    this.starts = [counts[0].slice(), counts[1].slice()]
    this.lists = [new Int32Array(counts[0][capacity]!), new Int32Array(counts[1][capacity]!)]
    for (const s of [0, 1] as const) {
      const next = counts[s].slice()
      this.slots[s].forEach((list, position) => {
        for (const slot of list) this.lists[s][next[slot]!++] = position
      })
    }
  }

  /** How many sentences of both sides hold the shingle in `slot`. */
  frequency(slot: number): number {
    return this.count(0, slot) + this.count(1, slot)
  }

  count(side: 0 | 1, slot: number): number {
    return this.starts[side][slot + 1]! - this.starts[side][slot]!
  }

  /** Call `each` with the position of every sentence of `side` holding the shingle in `slot`. */
  holders(side: 0 | 1, slot: number, each: (position: number) => void): void {
    const list = this.lists[side]
    for (let k = this.starts[side][slot]!; k < this.starts[side][slot + 1]!; k++) each(list[k]!)
  }
}
