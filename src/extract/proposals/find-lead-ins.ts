// The shape of lists that proposals come in. A lead-in ("The Council decided
// to:", "Decides to:", "The Commission shall:") has an act and no object: each
// item after it is a proposal with the lead-in's actor and acts. A subject
// lead-in ("The Deputies", "Summit:") names only who acts: each item after it
// is a clause with its own act ("1. called on member States ..."). Items are
// deeper than their lead-in: indented further, or marked deeper ("2." leads "2.1.").
import type { Block } from '../../model/document.js'
import type { SentenceReading } from './classify-acts.js'
import { firstMainVerb } from './find-verbs.js'
import { headWord, isAgent, isAgentWord } from './judge-agent.js'

// "2.1.1 The two sides": a numbered paragraph of two or more levels needs no final point
// (a capital must follow, so "1.5 million" is no marker).
const marker =
  /^\s*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,3}(?:\.\d{1,3})*)[.)]|\d{1,3}(?:\.\d{1,3})+(?=\s+\p{Lu})|[-•*·–—])\s+/u
/** A sentence that is only a list marker: "1.", "(a)", "2.1.". */
const bareMarker = /^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})[.)]$/
/** Words that open a sentence of its own, not an item continuing a lead-in. */
const ownSentence =
  /^(?:The|We|This|These|Those|Our|It|Its|They|Their|In|On|At|As|All|Each|Both|A|An|There|I|He|She)\b/u

const eventWords = /^(?:summit|meeting|conference|session)$/

/** Where a list item stands: how far it is indented and how deep its marker is. */
export interface ListPlace {
  column: number
  /** None 0, "2." 1, "2.1." 2; letters and bullets ("(a)", "-") deeper than any number. */
  depth: number
  /** The marker opens a list ("1.", "(a)", "i."). */
  first?: boolean
}

/** Length of a list marker at the start of a sentence ("(a) ", "1. ", "- "), or 0. */
export function markerLength(text: string): number {
  // Most sentences start with a capital letter: no marker, no pattern to run.
  if (/^\p{Lu}\p{Ll}/u.test(text.slice(0, 2))) return 0
  return marker.exec(text)?.[0].length ?? 0
}

/** True for a sentence that is only a list marker ("1." split off before its text). */
export function isBareMarker(text: string): boolean {
  return bareMarker.test(text)
}

export function depthOf(markerText: string): number {
  const numbers = /^\(?(\d+(?:\.\d+)*)[.)]?$/.exec(markerText.trim())
  return numbers ? numbers[1]!.split('.').length : 9
}

/** The place of a block's sentence in a list (depth 0 outside lists). */
export function listPlace(block: Block, index: number, sentenceText: string): ListPlace {
  const own = sentenceText.slice(0, markerLength(sentenceText)).trim()
  const blockMarker = index === 0 || block.type === 'listItem' ? (block.marker ?? '') : ''
  const markerText = own || blockMarker
  // A Markdown item's text starts after its marker: the marker stands further left.
  const outside = blockMarker && !block.text.startsWith(blockMarker) ? blockMarker.length + 1 : 0
  return {
    column: Math.max(1, block.position.start.column - outside),
    depth: markerText ? depthOf(markerText) : 0,
    first: /^\(?(?:1|a|i)[.)]$/i.test(markerText),
  }
}

/** Is `item` inside the list led at `lead`? */
export function isInside(item: ListPlace, lead: ListPlace): boolean {
  if (item.depth === 0) return false
  return item.column > lead.column || (item.column === lead.column && item.depth > lead.depth)
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

/** The subject a sentence names and nothing else ("The Deputies", "Summit:"), or undefined. */
export function subjectLeadIn(text: string): string | undefined {
  if (text.length > 100) return undefined
  const phrase = text.replace(/[:,]\s*$/, '').trim()
  if (!/^\p{Lu}/u.test(phrase) || phrase.split(/\s+/).length > 12 || /[.;!?]/.test(phrase)) {
    return undefined
  }
  if (firstMainVerb(phrase, 0, phrase.length) >= 0) return undefined
  // "The Deputies", or one word that names a body ("Summit:", "Leaders").
  const word = phrase.toLowerCase()
  const named =
    /^(?:The|All|Both|Each)\s/.test(phrase) || isAgentWord(word) || eventWords.test(word)
  return named && (isAgent(phrase) || eventWords.test(headWord(phrase).toLowerCase()))
    ? phrase
    : undefined
}
