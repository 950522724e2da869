// Lists under a lead-in ("The Council decided to:", "Decides to:", "We call on
// all parties to:"): the lead-in has an act and no object; each item after it
// is a proposal whose actor and acts are the lead-in's.
import type { SentenceReading } from './classify-acts.js'

const marker = /^\s*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,3}(?:\.\d{1,3})*)[.)]|[-•*·–—])\s+/u
/** Words that open a sentence of its own, not an item continuing a lead-in. */
const ownSentence =
  /^(?:The|We|This|These|Those|Our|It|Its|They|Their|In|On|At|As|All|Each|Both|A|An|There|I|He|She)\b/u

/** Length of a list marker at the start of a sentence ("(a) ", "1. ", "- "), or 0. */
export function markerLength(text: string): number {
  // Most sentences start with a capital letter: no marker, no pattern to run.
  if (/^\p{Lu}\p{Ll}/u.test(text.slice(0, 2))) return 0
  return marker.exec(text)?.[0].length ?? 0
}

/** True when a sentence ends with a colon right after its last act ("decided to:", "urges all States to:"). */
export function isLeadIn(text: string, reading: SentenceReading): boolean {
  const trimmed = text.trimEnd()
  if (!trimmed.endsWith(':')) return false
  const last = reading.acts[reading.acts.length - 1]
  if (!last) return false
  const rest = trimmed.slice(last.to, -1).trim()
  return rest === '' || /(?:^|\s)to$/.test(rest)
}

/** True when a list item reads as the continuation of a lead-in: it starts with a verb, not a subject. */
export function continuesLeadIn(item: string): boolean {
  const first = /^[\p{L}'’-]+/u.exec(item)?.[0]
  if (!first) return false
  return /^\p{Ll}/u.test(first) || !ownSentence.test(first)
}
