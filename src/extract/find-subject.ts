// The subject of a verb, read backwards from the verb, and the kind of clause
// the verb stands in: the main clause, a verb coordinated with an earlier one
// ("... and supports"), reported speech ("said member states should"), the
// complement of an act ("proposes that ..."), or a clause whose verbs are not
// acts (relative, subordinate, acknowledged: "notes that ...").
import { adverbs, mainVerbs, speechVerbs, subordinators } from './act-lexicon.js'
import { isCapitalized, isWord, type Token, tokenBefore, wordOrNothing } from './sentence-words.js'

export type ClauseKind = 'main' | 'coordinated' | 'reported' | 'nested' | 'excluded'

export interface SubjectScan {
  /** The subject's range in the text; empty when the verb has none of its own. */
  from: number
  to: number
  clause: ClauseKind
  /** For reported speech: where the speech verb starts and ends. */
  speech?: { from: number; to: number }
}

/** A range that holds an act verb phrase: a stop inside one means the complement of that act. */
export interface VerbRange {
  from: number
  to: number
}

const auxiliaries = new Set(['have', 'has', 'had', 'do', 'does', 'did'])
const prepositions =
  /^(?:in|on|at|by|for|with|from|to|during|under|through|after|before|following|including|as|like|particularly|especially|notably)$/i
const maxWords = 40

function isSkippable(token: Token): boolean {
  const lower = token.text.toLowerCase()
  if (auxiliaries.has(lower) || adverbs.has(lower)) return lower !== 'all' && lower !== 'both'
  return /ly$/.test(lower) && !isCapitalized(token.text)
}

function isMainVerb(word: string): boolean {
  return mainVerbs.has(word.toLowerCase())
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
function skipToSubjectEnd(text: string, pos: number): number {
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

/** The point of "Mr.", "Dr.", "H.E.": part of the name that follows. */
function isAbbreviationPoint(text: string, token: Token): boolean {
  if (token.text !== '.') return false
  const word = tokenBefore(text, token.from)
  return word !== undefined && /^(?:Mr|Mrs|Ms|Dr|Prof|Amb|Gen|Sen|Rep|St|H\.E|E)$/.test(word.text)
}

function trimEnd(text: string, pos: number): number {
  let end = pos
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--
  return end
}

function inside(ranges: readonly VerbRange[], pos: number): boolean {
  return ranges.some((range) => pos >= range.from && pos < range.to)
}

/** What the word "that" (ending the scan) makes of the clause after it. */
function afterThat(text: string, that: Token, acts: readonly VerbRange[]): SubjectScan['clause'] {
  if (inside(acts, that.from) || acts.some((act) => act.to === skipToSubjectEnd(text, that.from))) {
    return 'nested'
  }
  return speechVerbBefore(text, skipToSubjectEnd(text, that.from)) ? 'reported' : 'excluded'
}

/** The subject before the verb at `pos`, and the kind of clause the verb is in. */
export function findSubject(text: string, pos: number, acts: readonly VerbRange[]): SubjectScan {
  let end = trimEnd(text, skipToSubjectEnd(text, pos))
  let start = end
  let at = end
  const scan = (clause: ClauseKind, extra: Partial<SubjectScan> = {}): SubjectScan => ({
    from: start,
    to: start === end ? start : end,
    clause,
    ...extra,
  })
  let afterPronoun = false
  for (let words = 0; words < maxWords; words++) {
    const token = tokenBefore(text, at)
    if (!token) return scan('main')
    if (!isWord(token)) {
      if (token.text === ')') {
        const open = text.lastIndexOf('(', token.from)
        if (open < 0) return scan('main')
        start = open
        at = open
        continue
      }
      if (/["“”'‘’]/.test(token.text) || isAbbreviationPoint(text, token)) {
        at = token.from
        continue
      }
      if (start === end && token.text === ',') {
        // "which, in our opinion, should": step over an inserted phrase to what is before it.
        const insert = insertBefore(text, token.from)
        if (insert === undefined) return scan('coordinated')
        at = insert
        end = insert
        start = insert
        continue
      }
      if (start === end) return scan('main')
      const first = text.slice(start, end).split(/\s+/)[0] ?? ''
      if (
        token.text === ',' &&
        (prepositions.test(first) || /^[\p{L}]+(?:ing|ed)$/iu.test(first))
      ) {
        // An inserted phrase (", in particular developed countries,"): the subject is before it.
        end = trimEnd(text, skipToSubjectEnd(text, token.from))
        start = end
        at = end
        continue
      }
      return scan('main')
    }
    const lower = token.text.toLowerCase()
    if (inside(acts, token.from)) return scan(start === end ? 'coordinated' : 'nested')
    const opening = tokenBefore(text, token.from) === undefined
    if (lower === 'that' && !opening) {
      return scan(afterThat(text, token, acts), speechIfAny(text, token))
    }
    if (lower === 'why') return scan('main')
    if (lower === 'and' || lower === 'but' || lower === 'or') {
      if (start === end) return scan('coordinated')
      const pronoun = /^(?:we|they|it|he|she|i)$/i.test(text.slice(start, end))
      if (pronoun || hasVerb(text, token.from, acts)) {
        return scan('main')
      }
    } else if (subordinators.has(lower)) {
      return scan('excluded')
    } else if (speechVerbBefore(text, token.to)) {
      return scan('reported', { speech: speechVerbBefore(text, token.to) })
    } else if (isMainVerb(token.text) && !isParticiple(text, token, start < end ? start : -1)) {
      return scan('excluded')
    }
    if (afterPronoun) {
      // "Uganda said on Monday it would ...": reported speech without "that".
      const speech = speechVerbBefore(text, token.to)
      return speech ? scan('reported', { speech }) : scan('main')
    }
    start = token.from
    at = token.from
    if (/^(?:we|i|they|he|she|you)$/.test(lower)) {
      // A personal pronoun is the whole subject ("However, to deliver the goals we must ...");
      // with other words after it, the verb belongs to a clause inside ("I salute the troops committed to").
      const rest = text.slice(token.to, end).trim()
      if (rest && !/^(?:all|both|in|ourselves|themselves|together|alone|here|too)\b/i.test(rest)) {
        return scan('excluded')
      }
      afterPronoun = true
    }
  }
  return scan('main')
}

function speechIfAny(text: string, that: Token): Partial<SubjectScan> {
  const range = speechVerbBefore(text, skipToSubjectEnd(text, that.from))
  return range ? { speech: range } : {}
}

/** Does the sentence have a verb before `pos` (so "and" there joins clauses, not nouns)? */
function hasVerb(text: string, pos: number, acts: readonly VerbRange[]): boolean {
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

/** A comma segment that is set into a sentence: ", in particular ...", ", which ...", ", meeting in ...". */
function isInsertLike(segment: string): boolean {
  const first = segment.split(/\s+/)[0] ?? ''
  return (
    prepositions.test(first) ||
    /^\p{Ll}+(?:ing|ed)$/u.test(first) ||
    /^(?:those|in particular|notably|which|who|whose|whom|where|of which|in which)\b/iu.test(
      segment,
    )
  )
}

/**
 * Where the inserted phrase that ends at the comma at `comma` starts (its opening comma), if
 * there is one: ", in our opinion,", ", meeting in Jeju, South Korea, in May,", and an
 * apposition after a name (", the country's most powerful business lobby,").
 */
function insertBefore(text: string, comma: number): number | undefined {
  let end = comma
  let open: number | undefined
  for (let steps = 0; steps < 4; steps++) {
    const start = text.lastIndexOf(',', end - 1)
    if (start < 0) break
    const segment = text.slice(start + 1, end).trim()
    const before = text.slice(Math.max(0, text.lastIndexOf(',', start - 1) + 1), start).trim()
    const place = /^(?:\p{Lu}[\p{L}'’-]*\s?){1,3}$/u.test(segment) && isInsertLike(before)
    const apposition =
      /^(?:the|a|an)\s/i.test(segment) && /\p{Lu}[\p{L})]*$/u.test(before) && steps === 0
    if (!(isInsertLike(segment) || place || apposition)) break
    open = start
    end = start
  }
  return open
}

/** A verb form inside a noun phrase: "having considered", "the Forum held in Wuhan". */
function isParticiple(text: string, verb: Token, phraseStart: number): boolean {
  const previous = tokenBefore(text, verb.from)
  if (/ed$/i.test(verb.text) && /^(?:having|being|been)$/i.test(previous?.text ?? '')) return true
  if (phraseStart < 0) return false
  const first = text.slice(phraseStart).split(/\s+/)[0] ?? ''
  return prepositions.test(first)
}
