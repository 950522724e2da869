import type { Mention } from '../../model/position.js'
import type { SourceSpan } from './entity-candidates.js'

/** Mentions in source order, each span once, with `text` read from the source. */
export function toMentions(spans: SourceSpan[], source: string): Mention[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  const mentions: Mention[] = []
  for (const span of sorted) {
    const previous = mentions[mentions.length - 1]
    if (previous && previous.start === span.start && previous.end === span.end) continue
    mentions.push({ start: span.start, end: span.end, text: source.slice(span.start, span.end) })
  }
  return mentions
}
