// Verbs around a position in a sentence: the main verbs that end a subject, the
// speech verbs that make a clause reported speech ("said", "said on Monday",
// "adding that"), and the adverbs and auxiliaries between a subject and its verb.
import { adverbs, mainVerbs, speechVerbs } from './clause-words.js'
import { isCapitalized, type Token, tokenBefore, wordOrNothing } from './sentence-words.js'

/** A range that holds an act verb phrase: a stop inside one means the complement of that act. */
export interface VerbRange {
  from: number
  to: number
}

const auxiliaries = new Set(['have', 'has', 'had', 'do', 'does', 'did'])

function isSkippable(token: Token): boolean {
  const lower = token.text.toLowerCase()
  if (auxiliaries.has(lower) || adverbs.has(lower)) return lower !== 'all' && lower !== 'both'
  return /ly$/.test(lower) && !isCapitalized(token.text)
}

/** True for a word that can be a sentence's main verb ("is", "welcomed", "notes"). */
export function isMainVerb(word: string): boolean {
  // "in May": the month, written with a capital where the verb is not.
  return word !== 'May' && mainVerbs.has(word.toLowerCase())
}

/** Can a speech verb phrase end with this word ("said", "out", "convinced", "Monday", "ago")? */
export function mayEndSpeech(lower: string): boolean {
  return (
    speechVerbs.has(lower) ||
    /^(?:out|convinced|\p{Ll}+day|yesterday|today|earlier|recently|week|month|year|\p{Ll}+ly)$/u.test(
      lower,
    )
  )
}

/** The speech verb whose last word ends at `end` ("said", "pointed out", "are convinced"), skipping an adverb. */
export function speechVerbBefore(
  text: string,
  end: number,
): { from: number; to: number } | undefined {
  let token = wordOrNothing(tokenBefore(text, skipWhen(text, end)))
  if (token && /ly$/.test(token.text) && !isCapitalized(token.text)) {
    token = wordOrNothing(tokenBefore(text, token.from))
  }
  if (!token) return undefined
  const lower = token.text.toLowerCase()
  // "adding that", "saying": a participle reports speech only after a comma ("early warning" does not).
  const participle = /ing$/.test(lower)
  const afterComma = /,["”’]?\s*$/.test(text.slice(Math.max(0, token.from - 4), token.from))
  // "I would like to reiterate that ...": an infinitive reports nothing yet.
  if (infinitive(text, token.from)) return undefined
  if (speechVerbs.has(lower) && (!participle || afterComma)) {
    return { from: token.from, to: token.to }
  }
  const previous = wordOrNothing(tokenBefore(text, token.from))
  const pair = `${previous?.text.toLowerCase() ?? ''} ${lower}`
  if (previous && /^(?:points?|pointed) out$|^(?:is|are|was|were|am) convinced$/.test(pair)) {
    return { from: previous.from, to: token.to }
  }
  return undefined
}

/** Is the word at `at` an infinitive ("to reiterate", "to once again stress")? */
function infinitive(text: string, at: number): boolean {
  let before = wordOrNothing(tokenBefore(text, at))
  if (before && /ly$/.test(before.text)) before = wordOrNothing(tokenBefore(text, before.from))
  return before?.text.toLowerCase() === 'to'
}

/** Before `end`, skip a time phrase that may follow a speech verb: "said on Monday", "said last month". */
function skipWhen(text: string, end: number): number {
  const last = wordOrNothing(tokenBefore(text, end))
  if (!last) return end
  const lower = last.text.toLowerCase()
  if (/^(?:yesterday|today|earlier|recently)$/.test(lower)) return last.from
  const before = wordOrNothing(tokenBefore(text, last.from))
  const pair = `${before?.text.toLowerCase() ?? ''} ${lower}`
  if (before && /^(?:on \p{Ll}+day|last \p{Ll}+|this \p{Ll}+|next \p{Ll}+)$/u.test(pair)) {
    return before.from
  }
  return end
}

/** Where the first main verb of `text[from, to)` starts, or -1. */
const anyWord = /[\p{L}'’-]+/gu

export function firstMainVerb(text: string, from: number, to: number): number {
  const word = anyWord
  word.lastIndex = from
  for (let match = word.exec(text); match && match.index < to; match = word.exec(text)) {
    if (mainVerbs.has(match[0].toLowerCase())) return match.index
  }
  return -1
}

/** Skip adverbs, auxiliaries and "on Thursday" between a subject and its verb. */
export function skipToSubjectEnd(text: string, pos: number): number {
  let at = pos
  for (let hops = 0; hops < 6; hops++) {
    const token = wordOrNothing(tokenBefore(text, at))
    if (!token) break
    if (isSkippable(token)) {
      at = token.from
      continue
    }
    const on = tokenBefore(text, token.from)
    if (/day$/i.test(token.text) && isCapitalized(token.text) && on?.text.toLowerCase() === 'on') {
      at = on.from
      continue
    }
    break
  }
  return at
}

/** Does the sentence have a verb before `pos` (so "and" there joins clauses, not nouns)? */
export function hasVerb(text: string, pos: number, acts: readonly VerbRange[]): boolean {
  // Only the stretch since the last comma, semicolon or "that" counts; a comma right
  // before "and" ("..., and the parties should") always joins clauses.
  const head = text.slice(0, pos).trimEnd()
  if (/[,;]$/.test(head)) return true
  const boundary = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), lastThat(head))
  const from = boundary < 0 ? 0 : boundary
  if (acts.some((act) => act.from >= from && act.to <= pos)) return true
  return firstMainVerb(text, from, pos) >= 0
}

/** Where the last word "that" of a text starts, or -1. */
function lastThat(head: string): number {
  const lower = head.toLowerCase()
  for (
    let at = lower.lastIndexOf('that');
    at >= 0;
    at = at > 0 ? lower.lastIndexOf('that', at - 1) : -1
  ) {
    const before = at === 0 ? ' ' : lower.charAt(at - 1)
    const after = lower.charAt(at + 4)
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at
  }
  return -1
}
