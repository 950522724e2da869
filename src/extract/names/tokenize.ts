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

const abbreviations = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Mt',
  'Messrs',
  'Amb',
  'Gen',
  'Sen',
])
const letterOrMark = /[\p{L}\p{N}\p{M}]/u
const known = new Map<number, boolean>()

/** A letter, digit or combining mark (ASCII by range, the rest by Unicode class, remembered). */
function isWordChar(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  let found = known.get(code)
  if (found === undefined) {
    found = letterOrMark.test(String.fromCharCode(code))
    known.set(code, found)
  }
  return found
}

const isSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 160 ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0xfeff

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019
const isHyphen = (code: number): boolean => code === 45 || code === 0x2010 || code === 0x2011
const isUpperAscii = (code: number): boolean => code >= 65 && code <= 90

/** End of the word that starts at `i`: letters and digits, joined by inner apostrophes, hyphens and decimal points. */
function wordEnd(text: string, i: number): number {
  let j = i + 1
  for (;;) {
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++
    const code = text.charCodeAt(j)
    const next = text.charCodeAt(j + 1)
    const joins =
      (isApostrophe(code) || isHyphen(code) || (code === 46 && next >= 48 && next <= 57)) &&
      j + 1 < text.length &&
      isWordChar(next) &&
      !(code === 46 && !(text.charCodeAt(j - 1) >= 48 && text.charCodeAt(j - 1) <= 57))
    if (!joins) break
    j += 2
  }
  // A possessive plural ends in an apostrophe: "Workers'".
  if (isApostrophe(text.charCodeAt(j)) && !isWordChar(text.charCodeAt(j + 1))) j++
  return j
}

/** End of initials with periods starting at `i` ("U.S.", "H.E."), or -1. */
function initialsEnd(text: string, i: number): number {
  let j = i
  let count = 0
  while (isUpperAscii(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
    j += 2
    count++
  }
  return count >= 2 ? j : -1
}

const upperLetter = /^\p{Lu}/u
const digitsThenUpper = /^\p{N}+\p{Lu}/u
const hasLower = /\p{Ll}/u
const twoLetters = /\p{L}[^\p{L}]*\p{L}/u
const wordStart = /^[\p{L}\p{N}]/u

function makeToken(text: string, start: number): Token {
  const end = start + text.length
  const code = text.charCodeAt(0)
  // Fast path for punctuation and lower-case ASCII words, the most common tokens.
  if (
    code < 128 &&
    !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))
  ) {
    return {
      text,
      start,
      end,
      word: false,
      cap: false,
      upper: false,
      possessive: false,
      base: text,
    }
  }
  const word = code < 128 || wordStart.test(text)
  const normal = text.includes('’') ? text.replace(/’/g, "'") : text
  const possessive = word && normal.length > 2 && (normal.endsWith("'s") || normal.endsWith("s'"))
  const base = possessive ? normal.slice(0, normal.endsWith("'s") ? -2 : -1) : normal
  const cap = word && (code < 128 ? code >= 65 && code <= 90 : upperLetter.test(text))
  return {
    text,
    start,
    end,
    word,
    cap: cap || (word && code >= 48 && code <= 57 && digitsThenUpper.test(text)),
    upper: cap && !hasLower.test(base) && twoLetters.test(base),
    possessive,
    base,
  }
}

/** Split a sentence into words and punctuation, in one linear pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (isSpace(code)) {
      i++
      continue
    }
    let end: number
    if (!isWordChar(code)) {
      // A surrogate pair is one character.
      end = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1
    } else {
      const initials = isUpperAscii(code) ? initialsEnd(text, i) : -1
      end = initials !== -1 ? initials : wordEnd(text, i)
      if (initials === -1 && text.charCodeAt(end) === 46 && abbreviations.has(text.slice(i, end))) {
        const after = text.charCodeAt(end + 1)
        if (end + 1 >= text.length || isSpace(after)) end++
      }
    }
    tokens.push(makeToken(text.slice(i, end), i))
    i = end
  }
  return tokens
}
