// Sentence boundaries in a block's analysed text (white space already folded).
import { splitRunOn } from './split-clauses.js'

/** Words after which a period does not end a sentence. Lower-cased, without the period. */
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'mt',
  'ft',
  'sr',
  'jr',
  'messrs',
  'mme',
  'mlle',
  'hon',
  'amb',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'gov',
  'sen',
  'rep',
  'pres',
  'rev',
  'fr',
  'h.e',
  'no',
  'nos',
  'art',
  'arts',
  'para',
  'paras',
  'sec',
  'ch',
  'chap',
  'vol',
  'vols',
  'p',
  'pp',
  'fig',
  'figs',
  'cf',
  'vs',
  'v',
  'viz',
  'approx',
  'ca',
  'e.g',
  'i.e',
  'al',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'est',
  'min',
  'max',
  'op',
  'res',
  'doc',
  'ref',
])

/** Month abbreviations: not a boundary before a number ("Oct. 16"). */
const months = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
])

/** Abbreviations that often end a sentence: a boundary when a new sentence clearly starts. */
const finalAbbreviations = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'al'])
const sentenceStarters =
  /^(?:The|This|These|That|Those|It|Its|We|They|He|She|In|On|At|As|A|An|But|However|Moreover|Furthermore|Meanwhile|Also|All|Both|Each|Leaders|Member|Ministers|Participants)\b/

/** Sentences longer than this are cut at a clause or word boundary (reported by the caller). */
export const maxSentenceLength = 2000

/**
 * A run of end punctuation and closing quotes; a boundary only when a space follows, which
 * is checked by hand. (With the space as a lookahead, a long run not followed by one was
 * tried again from each of its characters: quadratic.)
 */
const boundary = /[.!?…]+["'”’)\]]*/g

function previousToken(text: string, end: number): string {
  let start = end
  while (start > 0 && text[start - 1] !== ' ') start--
  return text.slice(start, end)
}

function isBoundary(text: string, punctuationStart: number, after: number): boolean {
  const next = text.slice(after + 1, after + 40)
  const first = next.charAt(0)
  if (!first) return false
  if (/\p{Ll}/u.test(first)) return false
  const mark = text.charAt(punctuationStart)
  if (mark !== '.') return /[\p{Lu}\p{N}"'“‘([]/u.test(first)
  const token = previousToken(text, punctuationStart)
  const word = token.replace(/^[("'“‘[]+/, '').toLowerCase()
  const startsNumber = /^\p{N}/u.test(first)
  if (months.has(word)) return !startsNumber
  if (abbreviations.has(word)) {
    return finalAbbreviations.has(word) && sentenceStarters.test(next)
  }
  // Initials and dotted abbreviations: "J. Smith", "U.S.", "U.N.".
  if (/^\p{Lu}$/u.test(word.toUpperCase()) && token.length <= 2 && /^\p{Lu}/u.test(token))
    return false
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return sentenceStarters.test(next)
  return /[\p{Lu}\p{N}"'“‘([]/u.test(first)
}

/** Split a long range at the last clause or word boundary before the limit. */
function cutLong(text: string, from: number, to: number, out: Array<[number, number]>): void {
  let start = from
  while (to - start > maxSentenceLength) {
    const window = text.slice(start, start + maxSentenceLength)
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '))
    if (cut < maxSentenceLength / 2) cut = window.lastIndexOf(' ')
    if (cut <= 0) cut = maxSentenceLength
    else cut += 1
    // The piece ends before the space it was cut at ("…, and " → "…, and").
    let end = start + cut
    while (end > start && text.charAt(end - 1) === ' ') end--
    out.push([start, end])
    start += cut
    while (text.charAt(start) === ' ') start++
  }
  if (to > start) out.push([start, to])
}

export interface SentenceRanges {
  ranges: Array<[number, number]>
  /** Ranges that were cut because a sentence was longer than `maxSentenceLength`. */
  cut: Array<[number, number]>
  /** Run-on sentences (longer than `runOnLength`) split at their clauses. */
  split: Array<[number, number]>
}

/** Sentence ranges `[from, to)` of `text[from0, to0)`, trimmed of surrounding spaces. */
export function splitSentences(text: string, from0 = 0, to0 = text.length): SentenceRanges {
  const ranges: Array<[number, number]> = []
  const cut: Array<[number, number]> = []
  const split: Array<[number, number]> = []
  const pushOne = (from: number, to: number) => {
    if (to - from > maxSentenceLength) {
      cut.push([from, to])
      cutLong(text, from, to, ranges)
    } else ranges.push([from, to])
  }
  const push = (from: number, to: number) => {
    while (from < to && text.charAt(from) === ' ') from++
    while (to > from && text.charAt(to - 1) === ' ') to--
    if (to <= from) return
    const clauses = splitRunOn(text, from, to)
    if (clauses.length > 1) split.push([from, to])
    for (const [a, b] of clauses) pushOne(a, b)
  }
  const slice = text.slice(0, to0)
  boundary.lastIndex = from0
  let start = from0
  for (let match = boundary.exec(slice); match; match = boundary.exec(slice)) {
    const after = match.index + match[0].length
    if (text.charAt(after) === ' ' && after < to0 && isBoundary(text, match.index, after)) {
      push(start, after)
      start = after + 1
    }
  }
  push(start, to0)
  return { ranges, cut, split }
}
