// An acronym spelled out or shortened: "SCO" <-> "Shanghai Cooperation Organization (SCO)",
// "Commission of the Shanghai Cooperation Organization" <-> "Commission of the SCO".
import type { WordToken } from './word-tokens.js'

// Regular expressions built once (a literal with \p{...} may be rebuilt on every call once compiled).
const startsUpper = /^\p{Lu}/u
const acronym = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u

/** The words of tokens (a name read as one token counts by its words). */
export function wordsOf(tokens: readonly WordToken[]): string[] {
  return tokens.flatMap((token) => (token.word ? token.text.split(/\s+/) : [token.text]))
}

function initials(words: readonly string[]): string {
  return words
    .filter((word) => startsUpper.test(word))
    .map((word) => word[0])
    .join('')
}

/** Words in brackets on one side ("(Lao PDR)"), with the words outside the brackets. */
function bracketed(words: readonly string[]): Array<{ inside: string; outside: string[] }> {
  const found: Array<{ inside: string; outside: string[] }> = []
  for (let k = 0; k < words.length; k++) {
    if (words[k] !== '(') continue
    const close = words.indexOf(')', k + 1)
    if (close <= k + 1 || close - k > 5) continue
    const outside = [...words.slice(0, k), ...words.slice(close + 1)]
    found.push({ inside: words.slice(k + 1, close).join(' '), outside })
  }
  return found
}

/**
 * The long side repeats in brackets what the short side says ("Lao PDR" -> "Lao People's
 * Democratic Republic (Lao PDR)"): the name is spelled out, by the text's own definition.
 */
export function bracketsRepeat(a: readonly WordToken[], b: readonly WordToken[]): boolean {
  const repeats = (short: readonly WordToken[], long: readonly WordToken[]) => {
    const shortWords = wordsOf(short)
    const shortText = ` ${shortWords.join(' ')} `
    // The long side says more than the bracket (the spelled-out words) and repeats the short side.
    return bracketed(wordsOf(long)).some(
      ({ inside, outside }) =>
        shortText.includes(` ${inside} `) &&
        !shortText.includes(`( ${inside}`) &&
        outside.some((word) => /\p{L}/u.test(word) && !shortWords.includes(word)),
    )
  }
  return repeats(a, b) || repeats(b, a)
}

/** An acronym on one side whose capitalised words on the other side spell it out. */
function spellsOut(short: readonly WordToken[], long: readonly WordToken[]): boolean {
  const shortWords = wordsOf(short)
  const longWords = wordsOf(long)
  const acronyms = shortWords.filter((word) => acronym.test(word) && !longWords.includes(word))
  return acronyms.some((word) => initials(longWords).includes(word))
}

export function isAcronymChange(a: readonly WordToken[], b: readonly WordToken[]): boolean {
  return bracketsRepeat(a, b) || spellsOut(a, b) || spellsOut(b, a)
}
