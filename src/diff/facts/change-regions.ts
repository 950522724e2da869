// From the word diff's hunks to change regions: hunks separated by at most one kept token
// are one change ("civilization diversity" -> "diversity of civilizations"), and a region
// touching part of a date, an amount or a name grows to cover all of it on that side.

import type { Hunk } from '../words/word-diff.js'
import type { Located, Side } from './side-facts.js'

/** Kept tokens between two hunks that may still join them into one change. */
const maxKeptBetween = 1

/** Token ranges `[aStart, aEnd)` and `[bStart, bEnd)` of one change. */
export type Region = Hunk

/**
 * Join hunks across one kept token when `joins` says the joined region reads as one
 * change (the same words reordered, an acronym spelled out around the kept acronym).
 */
export function coalesce(hunks: readonly Hunk[], joins: (joined: Region) => boolean): Region[] {
  const regions: Region[] = []
  for (const hunk of hunks) {
    const last = regions[regions.length - 1]
    if (
      last &&
      hunk.aStart - last.aEnd <= maxKeptBetween &&
      hunk.bStart - last.bEnd <= maxKeptBetween &&
      joins({ aStart: last.aStart, aEnd: hunk.aEnd, bStart: last.bStart, bEnd: hunk.bEnd })
    ) {
      last.aEnd = hunk.aEnd
      last.bEnd = hunk.bEnd
    } else regions.push({ ...hunk })
  }
  return regions
}

/** True when the located fact covers at least one token of `[start, end)`. */
export function touches(item: Located<unknown>, start: number, end: number): boolean {
  return item.first < end && item.last >= start
}

function grow(region: Region, side: 'a' | 'b', items: Iterable<Located<unknown>>): void {
  const [startKey, endKey] =
    side === 'a' ? (['aStart', 'aEnd'] as const) : (['bStart', 'bEnd'] as const)
  for (const item of items) {
    if (!touches(item, region[startKey], region[endKey])) continue
    region[startKey] = Math.min(region[startKey], item.first)
    region[endKey] = Math.max(region[endKey], item.last + 1)
  }
}

/** Facts a region grows to cover: every date, and the names and numbers the change affects. */
function growable(side: Side): Located<unknown>[] {
  return [
    ...side.dates,
    ...side.mentions.filter((item) => !item.matched),
    ...side.numbers.filter((item) => !item.matched),
  ]
}

/** A negation added or dropped alone ("not") reads with its neighbours: "will dispatch" -> "will not dispatch". */
function growNegation(region: Region, a: Side, b: Side): void {
  const only = (side: Side, start: number, end: number) =>
    end > start && side.negations.filter((item) => touches(item, start, end)).length === end - start
  const added = region.aStart === region.aEnd && only(b, region.bStart, region.bEnd)
  const dropped = region.bStart === region.bEnd && only(a, region.aStart, region.aEnd)
  if (!added && !dropped) return
  if (region.aStart > 0 && region.bStart > 0) {
    region.aStart--
    region.bStart--
  }
  if (region.aEnd < a.tokens.length && region.bEnd < b.tokens.length) {
    region.aEnd++
    region.bEnd++
  }
}

/** Grow regions over the facts they touch, then join regions that overlap. */
export function growRegions(regions: Region[], a: Side, b: Side): Region[] {
  const factsA = growable(a)
  const factsB = growable(b)
  for (const region of regions) {
    growNegation(region, a, b)
    grow(region, 'a', factsA)
    grow(region, 'b', factsB)
  }
  const out: Region[] = []
  for (const region of regions) {
    const last = out[out.length - 1]
    if (last && (region.aStart < last.aEnd || region.bStart < last.bEnd)) {
      last.aStart = Math.min(last.aStart, region.aStart)
      last.bStart = Math.min(last.bStart, region.bStart)
      last.aEnd = Math.max(last.aEnd, region.aEnd)
      last.bEnd = Math.max(last.bEnd, region.bEnd)
    } else out.push({ ...region })
  }
  return out
}
