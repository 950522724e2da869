/** A word or punctuation mark of a sentence's analysed text, with its offsets in that text. */
export interface Token {
  text: string
  start: number
  end: number
  /** A word (letters or digits) rather than punctuation. */
  word: boolean
  /** Starts with an upper-case letter (or is a code like "G20"). */
  cap: boolean
  /** Two or more letters, all upper case ("SCO", "XI'AN"). */
  upper: boolean
  /** Ends in a possessive "'s" or "s'". */
  possessive: boolean
  /** The word without its possessive ending, apostrophes as "'". */
  base: string
}

// Initials with periods ("U.S.", "H.E."), a few abbreviations, words with inner
// apostrophes, hyphens or periods ("People's", "Xi'an", "Anti-Terrorist", "12.02.2025"),
// or a single other character.
const pattern =
  /(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Messrs|Amb|Gen|Sen)\.(?=\s|$)|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:['’]|[-‐‑]|\.(?=\p{N}))[\p{L}\p{N}\p{M}]+)*(?:['’](?![\p{L}\p{N}]))?|\S/gu

const upperLetter = /^\p{Lu}/u
const hasLower = /\p{Ll}/u
const letters = /\p{L}/gu

function makeToken(text: string, start: number): Token {
  const word = /^[\p{L}\p{N}]/u.test(text)
  const normal = text.replace(/’/g, "'")
  const possessive = word && /(?:'s|s')$/.test(normal) && normal.length > 2
  const base = possessive ? normal.replace(/'s$|'$/, '') : normal
  const letterCount = word ? (text.match(letters)?.length ?? 0) : 0
  return {
    text,
    start,
    end: start + text.length,
    word,
    cap: word && (upperLetter.test(text) || /^\p{N}+\p{Lu}/u.test(text)),
    upper: word && letterCount >= 2 && !hasLower.test(possessive ? base : text),
    possessive,
    base,
  }
}

/** Split a sentence into words and punctuation, in one linear pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    tokens.push(makeToken(match[0], match.index))
  }
  return tokens
}
