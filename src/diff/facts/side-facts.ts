// One side of an alignment entry read for comparison: its tokens with their source spans,
// and the facts in it (entity mentions, dates, numbers, negations, proposals) located by
// token so a word change can tell which facts it touches.
import { sourceSpan } from '../../input/text-map.js'
import type { DateMention, Proposal } from '../../model/entities.js'
import type { SentenceUnit } from '../align/sentence-units.js'
import type { WordToken } from '../words/word-tokens.js'
import type { DocumentFacts, EntityMention } from './document-facts.js'
import { type NumberFact, numbersIn } from './number-values.js'

export interface SideToken extends WordToken {
  unit: SentenceUnit
  /** Span in the original input. */
  source: { start: number; end: number }
  /** Compared with `===` by the word diff: the text, after a space when one precedes it. */
  key: string
}

/** A fact and the tokens `[first, last]` that write it; `matched` once found on the other side. */
export interface Located<T> {
  fact: T
  first: number
  last: number
  matched: boolean
}

export interface Side {
  name: 'a' | 'b'
  units: SentenceUnit[]
  tokens: SideToken[]
  facts: DocumentFacts
  mentions: Located<EntityMention>[]
  dates: Located<DateMention>[]
  numbers: Located<NumberFact>[]
  negations: Located<string>[]
  proposals: Proposal[]
}

const negators = new Set([
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'none',
  'nothing',
  'nobody',
  'cannot',
  'without',
])

export function isNegator(word: string): boolean {
  const lower = word.toLowerCase().replace(/\u2019/g, "'")
  return negators.has(lower) || lower.endsWith("n't")
}

/** `sourceSpan` of a token; a sentence without a map is its source, shifted. */
function spanInSource(
  unit: SentenceUnit,
  from: number,
  to: number,
): { start: number; end: number } {
  const sentence = unit.sentence
  if (!sentence.map)
    return { start: sentence.start + from, end: Math.min(sentence.start + to, sentence.end) }
  return sourceSpan(sentence, from, to)
}

/** Tokens covering the source span, as `[first, last]`, or undefined when none does. */
function tokenRange(
  tokens: readonly SideToken[],
  start: number,
  end: number,
): [number, number] | undefined {
  let first = -1
  let last = -1
  for (let k = 0; k < tokens.length; k++) {
    const source = tokens[k]!.source
    if (source.end <= start || source.start >= end) continue
    if (first < 0) first = k
    last = k
  }
  return first < 0 ? undefined : [first, last]
}

function locate<T extends { start: number; end: number }>(
  tokens: readonly SideToken[],
  facts: T[],
): Located<T>[] {
  const located: Located<T>[] = []
  for (const fact of facts) {
    const range = tokenRange(tokens, fact.start, fact.end)
    if (range) located.push({ fact, first: range[0], last: range[1], matched: false })
  }
  return located
}

/** Read one side of an entry: its sentences' tokens and facts. */
export function readSide(name: 'a' | 'b', units: SentenceUnit[], facts: DocumentFacts): Side {
  const tokens: SideToken[] = []
  for (const unit of units) {
    for (const token of unit.tokens) {
      tokens.push({
        text: token.text,
        start: token.start,
        end: token.end,
        spaceBefore: token.spaceBefore,
        word: token.word,
        unit,
        source: spanInSource(unit, token.start, token.end),
        key: token.spaceBefore ? ` ${token.text}` : token.text,
      })
    }
  }
  const span = (unit: SentenceUnit) => [unit.sentence.start, unit.sentence.end] as const
  const mentionFacts = units.flatMap((unit) => facts.mentionsIn(...span(unit)))
  const dateFacts = units.flatMap((unit) => facts.datesIn(...span(unit)))
  const merged = mergeNames(tokens, [...locate(tokens, mentionFacts), ...locate(tokens, dateFacts)])
  const mentions = locate(merged, mentionFacts)
  const dates = locate(merged, dateFacts)
  return readFacts(name, units, merged, facts, mentions, dates)
}

/**
 * Tokens with each name and date written as one token ("World Food Programme"), so the
 * word diff replaces whole names rather than matching their common words.
 */
function mergeNames(tokens: SideToken[], names: Located<unknown>[]): SideToken[] {
  const out: SideToken[] = []
  const ranges = names
    .filter((n) => n.last > n.first)
    .sort((x, y) => x.first - y.first || y.last - x.last)
  let k = 0
  for (const range of ranges) {
    if (range.first < k) continue
    const first = tokens[range.first]!
    const last = tokens[range.last]!
    if (first.unit !== last.unit) continue
    while (k < range.first) out.push(tokens[k++]!)
    const text = first.unit.sentence.text.slice(first.start, last.end)
    out.push({
      ...first,
      text,
      end: last.end,
      word: true,
      source: { start: first.source.start, end: last.source.end },
      key: first.spaceBefore ? ` ${text}` : text,
    })
    k = range.last + 1
  }
  while (k < tokens.length) out.push(tokens[k++]!)
  return out
}

function readFacts(
  name: 'a' | 'b',
  units: SentenceUnit[],
  tokens: SideToken[],
  facts: DocumentFacts,
  mentions: Located<EntityMention>[],
  dates: Located<DateMention>[],
): Side {
  const inDate = new Set<number>()
  for (const date of dates) for (let k = date.first; k <= date.last; k++) inDate.add(k)
  const numbers = numbersIn(tokens, (k) => inDate.has(k)).map((fact) => ({
    fact,
    first: fact.first,
    last: fact.last,
    matched: false,
  }))
  const negations: Located<string>[] = []
  tokens.forEach((token, k) => {
    if (isNegator(token.text))
      negations.push({ fact: token.text.toLowerCase(), first: k, last: k, matched: false })
  })
  const proposals = units.flatMap((unit) =>
    facts.proposalsIn(unit.sentence.start, unit.sentence.end),
  )
  return { name, units, tokens, facts, mentions, dates, numbers, negations, proposals }
}
