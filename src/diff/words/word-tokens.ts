// Words and punctuation of a sentence's analysed text, with their offsets in it.

/** A word or a punctuation mark, `[start, end)` in the analysed text it was read from. */
export interface WordToken {
  text: string
  start: number
  end: number
  /** White space precedes it (so "a,b" and "a, b" differ). */
  spaceBefore: boolean
  /** A word (letters or digits) rather than punctuation. */
  word: boolean
}

const wordCharacter = /[\p{L}\p{M}\p{N}]/u
const digit = /\p{N}/u

/** Letters, marks and digits: ASCII decided at once, the rest by the Unicode classes. */
function isWordCharacter(code: number, character: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
  return wordCharacter.test(character)
}

function isDigit(code: number, character: string): boolean {
  return code < 128 ? code >= 48 && code <= 57 : digit.test(character)
}

/** Inner joiners of a word: hyphens, apostrophes, slash, ampersand. */
function isJoiner(code: number): boolean {
  return (
    code === 45 ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 39 ||
    code === 0x2019 ||
    code === 47 ||
    code === 38
  )
}

/** Characters of `text` from `at` (a whole code point). */
function characterAt(text: string, at: number): string {
  const code = text.codePointAt(at)!
  return String.fromCodePoint(code)
}

/** Where the word going on at `at` ends: past joiners that have word characters on both sides. */
function wordEnd(text: string, at: number): number {
  while (at < text.length) {
    const code = text.charCodeAt(at)
    const character = characterAt(text, at)
    if (isWordCharacter(code, character)) {
      at += character.length
      continue
    }
    const next = at + 1 < text.length ? characterAt(text, at + 1) : ''
    const nextCode = next ? next.codePointAt(0)! : 0
    if (!next || !isWordCharacter(nextCode, next)) break
    const previous = text.charCodeAt(at - 1)
    const betweenDigits =
      (code === 46 || code === 44) && isDigit(previous, text[at - 1]!) && isDigit(nextCode, next)
    if (!isJoiner(code) && !betweenDigits) break
    at += 1
  }
  return at
}

/**
 * Split analysed text into words and single punctuation marks. A word is letters, marks
 * and digits, joined by inner hyphens, apostrophes, slashes or ampersands
 * ("co-organized", "people's", "AU/PSC"), and by a point or a thousands comma between
 * digits ("1.5", "1,000"). A word is never cut inside.
 */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = []
  let at = 0
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (
      code === 32 ||
      code === 9 ||
      code === 10 ||
      code === 13 ||
      (code >= 128 && /\s/.test(text[at]!))
    ) {
      at++
      continue
    }
    const start = at
    const first = characterAt(text, at)
    const word = isWordCharacter(code, first)
    at = word ? wordEnd(text, at + first.length) : at + first.length
    const previous = start > 0 ? text.charCodeAt(start - 1) : 32
    tokens.push({
      text: text.slice(start, at),
      start,
      end: at,
      spaceBefore: start === 0 || previous === 32 || previous === 9 || previous === 10,
      word,
    })
  }
  return tokens
}
