// The subject of a verb, read backwards from the verb, and the kind of clause
// the verb stands in: the main clause, a verb coordinated with an earlier one
// ("... and supports"), reported speech ("said member states should"), the
// complement of an act ("proposes that ..."), or a clause whose verbs are not
// acts (relative, subordinate, acknowledged: "notes that ...").
import { subordinators } from './clause-words.js'
import {
  hasVerb,
  isMainVerb,
  mayEndSpeech,
  skipToSubjectEnd,
  speechVerbBefore,
  type VerbRange,
} from './find-verbs.js'
import { isWord, type Token, tokenBefore } from './sentence-words.js'
import { insertBefore, prepositions } from './skip-inserts.js'

export type ClauseKind = 'main' | 'coordinated' | 'reported' | 'nested' | 'excluded'

export interface SubjectScan {
  /** The subject's range in the text; empty when the verb has none of its own. */
  from: number
  to: number
  clause: ClauseKind
  /** For reported speech: where the speech verb starts and ends. */
  speech?: { from: number; to: number }
}

const maxWords = 40

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
  return speechBeforeThat(text, that) ? 'reported' : 'excluded'
}

/** The speech verb before "that": "said that", "told the envoy that", "assured reporters that". */
function speechBeforeThat(
  text: string,
  that: Token,
  depth = 0,
): { from: number; to: number } | undefined {
  const own = speechVerbBefore(text, skipToSubjectEnd(text, that.from))
  if (own) return own
  const earlier = depth < 3 ? thatBeforeAnd(text, that) : undefined
  if (earlier) return speechBeforeThat(text, earlier, depth + 1)
  let token = tokenBefore(text, that.from)
  // "told the Khabar 24 TV channel that": a few words for whom it was told.
  for (let hops = 0; hops < 8 && token && isWord(token); hops++) {
    if (/^(?:told|tells?|assured|assures|informed|informs|reminded)$/i.test(token.text)) {
      return { from: token.from, to: token.to }
    }
    token = tokenBefore(text, token.from)
  }
  return undefined
}

/** "added that X would ..., and that Y was ready to": the "that" the second one is joined to. */
function thatBeforeAnd(text: string, that: Token): Token | undefined {
  const and = tokenBefore(text, that.from)
  if (and?.text.toLowerCase() !== 'and') return undefined
  const at = text.lastIndexOf(' that ', and.from)
  return at < 0 ? undefined : { text: 'that', from: at + 1, to: at + 5 }
}

/** A backward scan from a verb: the subject phrase grows from `end` back to `start`. */
class SubjectScanner {
  start: number
  end: number
  at: number
  private afterPronoun = false

  constructor(
    private readonly text: string,
    pos: number,
    private readonly acts: readonly VerbRange[],
  ) {
    this.end = trimEnd(text, skipToSubjectEnd(text, pos))
    this.start = this.end
    this.at = this.end
  }

  result(clause: ClauseKind, extra: Partial<SubjectScan> = {}): SubjectScan {
    const to = this.start === this.end ? this.start : this.end
    return { from: this.start, to, clause, ...extra }
  }

  /** Start the phrase again before `pos`: what came after was set in ("which, in our opinion, should"). */
  private restartAt(pos: number): undefined {
    this.end = pos
    this.start = pos
    this.at = pos
    return undefined
  }

  /** A mark before the phrase: a scan result, or undefined to read on. */
  punctuation(token: Token): SubjectScan | undefined {
    const { text } = this
    if (token.text === ')') {
      const open = text.lastIndexOf('(', token.from)
      if (open < 0) return this.result('main')
      this.start = open
      this.at = open
      return undefined
    }
    if (/["“”'‘’]/.test(token.text) || isAbbreviationPoint(text, token)) {
      this.at = token.from
      return undefined
    }
    const empty = this.start === this.end
    // "the eight countries – A, B and C – decided": the names set between dashes stand beside
    // the subject, which is before them.
    if (empty && /^[–—]$/.test(token.text)) {
      const open = Math.max(
        text.lastIndexOf(' – ', token.from - 2),
        text.lastIndexOf(' — ', token.from - 2),
      )
      if (open > 0) return this.restartAt(trimEnd(text, open))
    }
    if (empty && token.text === ',') {
      const insert = insertBefore(text, token.from)
      return insert === undefined ? this.result('coordinated') : this.restartAt(insert)
    }
    if (empty) return this.result('main')
    // "South Korea, China, and Japan": a list of names goes on before the comma.
    if (token.text === ',' && isNameList(text.slice(this.start, this.end), text, token.from)) {
      this.at = token.from
      return undefined
    }
    const first = text.slice(this.start, this.end).split(/\s+/)[0] ?? ''
    if (token.text === ',' && (prepositions.test(first) || /^[\p{L}]+(?:ing|ed)$/iu.test(first))) {
      // An inserted phrase (", in particular developed countries,"): the subject is before it.
      return this.restartAt(trimEnd(text, skipToSubjectEnd(text, token.from)))
    }
    return this.result('main')
  }

  /** A word before the phrase: a scan result, or undefined when the word joins the phrase. */
  word(token: Token): SubjectScan | undefined {
    const { text, acts } = this
    const lower = token.text.toLowerCase()
    const empty = this.start === this.end
    if (inside(acts, token.from)) return this.result(empty ? 'coordinated' : 'nested')
    if (lower === 'that' && tokenBefore(text, token.from) !== undefined) {
      return this.result(afterThat(text, token, acts), speechIfAny(text, token))
    }
    if (lower === 'why') return this.result('main')
    if (lower === 'and' || lower === 'but' || lower === 'or') {
      if (empty) return this.result('coordinated')
      const pronoun = /^(?:we|they|it|he|she|i)$/i.test(text.slice(this.start, this.end))
      const names =
        /^\p{Lu}/u.test(text.slice(this.start, this.end)) && nameBefore(text, token.from)
      // "... in April and in May – A and B – decided": a phrase that opens with a preposition
      // is no subject; the scan reads on to the clause it belongs to.
      const adverbial = prepositions.test(text.slice(this.start, this.end).split(/\s+/)[0] ?? '')
      if (!names && !adverbial && (pronoun || hasVerb(text, token.from, acts))) {
        return this.result('main')
      }
    } else if (subordinators.has(lower) && token.text !== 'WHO') {
      return this.result('excluded')
    } else if (mayEndSpeech(lower) && speechVerbBefore(text, token.to)) {
      const speech = speechVerbBefore(text, token.to)!
      // "the countries that announced cuts decided": the subject is before the relative clause.
      const relative = relativeBefore(text, speech.from)
      if (relative) return this.restartAt(trimEnd(text, relative.from))
      return this.result('reported', { speech })
    } else if (isMainVerb(token.text)) {
      const relative = relativeBefore(text, token.from)
      if (relative) return this.restartAt(trimEnd(text, relative.from))
      if (!isParticiple(text, token, empty ? -1 : this.start)) return this.result('excluded')
    }
    if (this.afterPronoun) {
      // "Uganda said on Monday it would ...": reported speech without "that".
      const speech = mayEndSpeech(lower) ? speechVerbBefore(text, token.to) : undefined
      return speech ? this.result('reported', { speech }) : this.result('main')
    }
    return this.join(token)
  }

  /** Take the word into the phrase; a pronoun there is the whole subject. */
  private join(token: Token): SubjectScan | undefined {
    this.start = token.from
    this.at = token.from
    if (!/^(?:we|i|they|he|she|you)$/i.test(token.text)) return undefined
    // With words after it, the verb belongs to a clause inside ("I salute the troops committed to").
    const rest = this.text.slice(token.to, this.end).trim()
    if (rest && !/^(?:all|both|in|ourselves|themselves|together|alone|here|too)\b/i.test(rest)) {
      return this.result('excluded')
    }
    this.afterPronoun = true
    return undefined
  }
}

/**
 * "that" or "who" right before a verb, after a noun ("the countries that announced ...",
 * "the ministers who met ..."): a relative clause inside the subject.
 */
function relativeBefore(text: string, verbFrom: number): Token | undefined {
  const pronoun = tokenBefore(text, verbFrom)
  if (!pronoun || !/^(?:that|who|which)$/i.test(pronoun.text) || pronoun.text === 'WHO') {
    return undefined
  }
  const noun = tokenBefore(text, pronoun.from)
  if (
    !noun ||
    !isWord(noun) ||
    isMainVerb(noun.text) ||
    subordinators.has(noun.text.toLowerCase())
  ) {
    return undefined
  }
  // A noun ends the subject: "countries", "Ministers", a name; not "so that", "now that".
  return /^(?:so|such|now|given|provided|except|ensure|ensuring|means|order)$/i.test(noun.text)
    ? undefined
    : pronoun
}

/** "South Korea, China, and Japan": a capitalised name, then a comma, before "and". */
function nameBefore(text: string, and: number): boolean {
  const comma = tokenBefore(text, and)
  if (comma?.text !== ',') return false
  const name = tokenBefore(text, comma.from)
  if (!name || !/^\p{Lu}\p{Ll}/u.test(name.text)) return false
  // A list of names, not two clauses: no verb since the list began.
  const start = Math.max(text.lastIndexOf(';', name.from), 0)
  return !/\b(?:is|are|was|were|has|have|had|will|said|says)\b/.test(text.slice(start, name.from))
}

/** "China, and Japan" / "and Japan" with a capitalised name before the comma: the list goes on. */
function isNameList(phrase: string, text: string, comma: number): boolean {
  if (!/^(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+)*(?:and|or)\s+\p{Lu}/u.test(phrase))
    return false
  const before = tokenBefore(text, comma)
  return before !== undefined && /^\p{Lu}/u.test(before.text)
}

/** The subject before the verb at `pos`, and the kind of clause the verb is in. */
export function findSubject(text: string, pos: number, acts: readonly VerbRange[]): SubjectScan {
  const scanner = new SubjectScanner(text, pos, acts)
  for (let words = 0; words < maxWords; words++) {
    const token = tokenBefore(text, scanner.at)
    if (!token) return scanner.result('main')
    const done = isWord(token) ? scanner.word(token) : scanner.punctuation(token)
    if (done) return done
  }
  return scanner.result('main')
}

function speechIfAny(text: string, that: Token): Partial<SubjectScan> {
  const range = speechBeforeThat(text, that)
  return range ? { speech: range } : {}
}

/** A verb form inside a noun phrase: "having considered", "the Forum held in Wuhan". */
function isParticiple(text: string, verb: Token, phraseStart: number): boolean {
  const previous = tokenBefore(text, verb.from)
  if (/ed$/i.test(verb.text) && /^(?:having|being|been)$/i.test(previous?.text ?? '')) return true
  if (phraseStart < 0) return false
  const first = text.slice(phraseStart).split(/\s+/)[0] ?? ''
  return prepositions.test(first)
}
