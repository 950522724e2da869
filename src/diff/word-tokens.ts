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

// A word: letters, marks and digits, joined by inner hyphens, apostrophes, slashes or
// ampersands ("co-organized", "people's", "AU/PSC"), and by a point or a thousands comma
// between digits ("1.5", "1,000"). A word is never cut inside.
const token =
  /[\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011'\u2019/&]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu

/** Split analysed text into words and single punctuation marks. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = []
  for (const match of text.matchAll(token)) {
    const start = match.index
    const previous = start > 0 ? text.charCodeAt(start - 1) : 32
    tokens.push({
      text: match[0],
      start,
      end: start + match[0].length,
      spaceBefore: start === 0 || previous === 32 || previous === 9 || previous === 10,
      word: /^[\p{L}\p{M}\p{N}]/u.test(match[0]),
    })
  }
  return tokens
}
