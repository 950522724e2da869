import { bodiesAbbreviated } from '../organizations/known-bodies.js'
import type { Token } from './tokenize.js'
import { isFunctionWord } from './word-class.js'

// An all-capitals heading or letterhead ("ASSEMBLY OF THE UNION", "THE RESOLUTION ... BY THE
// U.N. GENERAL ASSEMBLY") is read as if written in title case: its words are not codes,
// and its "OF", "THE", "AND" join names as in running text. Codes stay codes: listed ones
// ("UN", "AU"), initials with periods ("U.N."), words without vowels and two-letter words.

const shouting = (token: Token): boolean =>
  token.word && /\p{Lu}/u.test(token.text) && !/\p{Ll}/u.test(token.text)

/** Whether an upper-case word of a heading is a code that keeps its case. */
function staysCode(word: string): boolean {
  if (word.includes('.') || /\p{N}/u.test(word)) return true
  if (bodiesAbbreviated(word).length > 0) return true
  if (isFunctionWord(word)) return false
  return word.length <= 2 || !/[AEIOUY\u00C0-\u00DD]/u.test(word)
}

const title = (word: string): string =>
  word.charAt(0) +
  word
    .slice(1)
    .toLowerCase()
    .replace(/-(\p{Ll})/gu, (_, c) => `-${c.toUpperCase()}`)

function foldWord(word: string): string {
  if (isFunctionWord(word)) return word.toLowerCase()
  return word
    .split('-')
    .map((part) => (staysCode(part) ? part : title(part)))
    .join('-')
}

function fold(token: Token): Token {
  const text = foldWord(token.text.replace(/['’]S$/u, ''))
  const ending = token.text.length > text.length ? token.text.slice(text.length).toLowerCase() : ''
  const written = text + ending
  const lower = written === written.toLowerCase()
  return {
    ...token,
    text: written,
    cap: !lower,
    upper: !/\p{Ll}/u.test(written) && /\p{L}[^\p{L}]*\p{L}/u.test(written),
    base: token.possessive ? text.replace(/'$/, '') : written,
  }
}

/**
 * Tokens of a sentence with its all-capitals runs folded: a run of three or more upper-case
 * words, two of them of five letters or more, between words in lower case or the ends.
 * Offsets are unchanged: names are still sliced from the text as written.
 */
export function foldCapitals(tokens: Token[]): Token[] {
  let out: Token[] | undefined
  let i = 0
  while (i < tokens.length) {
    if (!shouting(tokens[i]!)) {
      i++
      continue
    }
    let j = i
    let words = 0
    let long = 0
    while (j < tokens.length && (shouting(tokens[j]!) || !tokens[j]!.word)) {
      if (tokens[j]!.word) {
        words++
        if (tokens[j]!.text.replace(/[^\p{L}]/gu, '').length >= 5) long++
      }
      j++
    }
    if (words >= 3 && long >= 2) {
      out ??= [...tokens]
      for (let k = i; k < j; k++) if (tokens[k]!.word) out[k] = fold(tokens[k]!)
    }
    i = j
  }
  return out ?? tokens
}
