// Reading a sentence word by word around a position: the few moves every
// proposal rule needs (the word before, the words after), on analysed text.

/** A word or a single punctuation mark, with its range in the text. */
export interface Token {
  text: string
  from: number
  to: number
}

const wordCharPattern = /[\p{L}\p{N}'’-]/u

/** Letters, digits, apostrophes and hyphens: ASCII by code, the rest by Unicode class. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 39 ||
      code === 45
    )
  }
  return wordCharPattern.test(text.charAt(at))
}

function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code === 32 || (code >= 9 && code <= 13) || code === 160
}

/** The token that ends before `pos` (white space skipped), or undefined at the start. */
export function tokenBefore(text: string, pos: number): Token | undefined {
  let end = Math.min(pos, text.length)
  while (end > 0 && isSpace(text, end - 1)) end--
  if (end === 0) return undefined
  if (!isWordChar(text, end - 1)) {
    return { text: text.charAt(end - 1), from: end - 1, to: end }
  }
  let start = end
  while (start > 0 && isWordChar(text, start - 1)) start--
  return { text: text.slice(start, end), from: start, to: end }
}

/** The token that starts at or after `pos` (white space skipped), or undefined at the end. */
export function tokenAfter(text: string, pos: number): Token | undefined {
  let start = Math.max(0, pos)
  while (start < text.length && isSpace(text, start)) start++
  if (start >= text.length) return undefined
  if (!isWordChar(text, start)) {
    return { text: text.charAt(start), from: start, to: start + 1 }
  }
  let end = start
  while (end < text.length && isWordChar(text, end)) end++
  return { text: text.slice(start, end), from: start, to: end }
}

/** True for a word (not a punctuation mark). */
export function isWord(token: Token): boolean {
  return isWordChar(token.text, 0)
}

/** The token if it is a word, else undefined. */
export function wordOrNothing(token: Token | undefined): Token | undefined {
  return token && isWord(token) ? token : undefined
}

/** True when a word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(word)
}
