import type { PhrasingContent } from 'mdast'
import type { Alignment } from '../../model/diff.js'
import { joinSide, placeInSide } from './diff-change-places.js'
import { type RedlineRun, redline } from './redline.js'

function overlaps(range: [number, number] | undefined, from: number, to: number): boolean {
  if (!range) return false
  return from === to ? range[0] <= from && from <= range[1] : range[0] < to && from < range[1]
}

/**
 * Which changes of the redline are substantive: those that overlap, on either side, a
 * word change the diff classed substantive. The others are editorial.
 */
function substantiveChanges(alignment: Alignment, runs: RedlineRun[]): Set<number> {
  const out = new Set<number>()
  if (alignment.class !== 'substantive') return out
  const a = joinSide(alignment.a)
  const b = joinSide(alignment.b)
  const places = alignment.changes
    .filter((change) => change.class === 'substantive')
    .map((change) => ({
      a: change.a && placeInSide(a, change.a),
      b: change.b && placeInSide(b, change.b),
    }))
  for (const run of runs) {
    if (run.change === undefined || run.kind === 'kept') continue
    const hit = places.some((place) =>
      overlaps(run.kind === 'deleted' ? place.a : place.b, run.from, run.to),
    )
    if (hit) out.add(run.change)
  }
  return out
}

/**
 * The redline of an aligned pair as Markdown phrasing: kept words as text, deleted words
 * struck through, inserted words in bold where the change is substantive and in italics
 * where it is editorial.
 */
export function pairRedline(alignment: Alignment, maxEdits?: number): PhrasingContent[] {
  const a = joinSide(alignment.a).text
  const b = joinSide(alignment.b).text
  const runs = redline(a, b, maxEdits)
  const substantive = substantiveChanges(alignment, runs)
  const out: PhrasingContent[] = []
  for (const run of runs) {
    if (run.space) out.push({ type: 'text', value: ' ' })
    const words: PhrasingContent = { type: 'text', value: run.text }
    if (run.kind === 'kept') out.push(words)
    else if (run.kind === 'deleted') out.push({ type: 'delete', children: [words] })
    else if (substantive.has(run.change!)) out.push({ type: 'strong', children: [words] })
    else out.push({ type: 'emphasis', children: [words] })
  }
  return out
}
