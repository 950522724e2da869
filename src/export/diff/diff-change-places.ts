import type { DiffSpan } from '../../model/diff.js'

/** The sentences of one side of an entry, read as one text (joined by a space). */
export interface JoinedSide {
  text: string
  spans: DiffSpan[]
  /** Where each span's text starts in `text`. */
  bases: number[]
}

export function joinSide(spans: DiffSpan[]): JoinedSide {
  const bases: number[] = []
  let at = 0
  for (const span of spans) {
    bases.push(at)
    at += span.text.length + 1
  }
  return { text: spans.map((span) => span.text).join(' '), spans, bases }
}

/** The occurrence of `needle` in `text` whose start is nearest `near`. */
function nearest(text: string, needle: string, near: number): number {
  if (needle === '') return near
  let best = -1
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at
    if (at > near) break
  }
  return best
}

/**
 * Where a change's stretch (source offsets) lies in the joined text of its side: in the
 * sentence whose source span holds it, at the offset its source position gives, or at
 * the nearest occurrence of its text where the sentence's text is shorter than its
 * source (folded white space, repairs).
 */
export function placeInSide(side: JoinedSide, stretch: DiffSpan): [number, number] | undefined {
  const index = side.spans.findIndex((s) => s.start <= stretch.start && stretch.start < s.end)
  if (index === -1) return undefined
  const span = side.spans[index]!
  const estimate = Math.min(stretch.start - span.start, span.text.length)
  const exact = span.text.startsWith(stretch.text, estimate)
  const found = exact ? estimate : nearest(span.text, stretch.text, estimate)
  const from = side.bases[index]! + (found === -1 ? estimate : found)
  return [from, from + (found === -1 ? 0 : stretch.text.length)]
}
