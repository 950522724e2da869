// What an editorial change is: the same words differently written (white space, case,
// punctuation, inflection), the same words in another order or voice, an acronym spelled
// out, an attribution added, or other wording.
import type { ChangeKind } from '../model/diff.js'
import { isStopword, spellingForm, wordForm } from './word-forms.js'
import type { WordToken } from './word-tokens.js'

// Regular expressions built once (a literal with \\p{...} may be rebuilt on every call once compiled).
const notLetterOrDigit = /[^\p{L}\p{N}]/gu
const startsUpper = /^\p{Lu}/u
const acronym = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u

const attributionCues = new Set([
  'said',
  'says',
  'say',
  'told',
  'stated',
  'added',
  'speaking',
  'according',
  'announced',
  'quoted',
])
const voiceWords = new Set(['be', 'by'])

function lettersOnly(tokens: readonly WordToken[]): string {
  return tokens
    .filter((token) => token.word)
    .map((token) => token.text.toLowerCase().replace(notLetterOrDigit, ''))
    .join('')
}

function forms(tokens: readonly WordToken[]): string[] {
  return tokens
    .filter((token) => token.word)
    .flatMap((token) => token.text.split(/[\s\-\u2010\u2011]+/).map(wordForm))
}

/** The same content words on both sides, in any order ("14 October" / "October 14,"). */
export function sameContent(a: readonly WordToken[], b: readonly WordToken[]): boolean {
  const content = (tokens: readonly WordToken[]) =>
    forms(tokens)
      .filter((form) => !isStopword(form))
      .sort()
      .join(' ')
  const ca = content(a)
  return ca.length > 0 && ca === content(b)
}

/** True when one side adds a reporting clause ("Speaking at ...", "... said") the other lacks. */
export function addsAttribution(a: readonly WordToken[], b: readonly WordToken[]): boolean {
  const cue = (tokens: readonly WordToken[]) =>
    tokens.some((token) => attributionCues.has(token.text.toLowerCase()))
  return cue(a) !== cue(b)
}

function initials(tokens: readonly WordToken[]): string {
  return tokens
    .flatMap((token) => (token.word ? token.text.split(/\s+/) : []))
    .filter((word) => startsUpper.test(word))
    .map((word) => word[0])
    .join('')
}

/** An acronym on one side whose spelled-out form (or bracketed repetition) is on the other. */
function spellsOut(short: readonly WordToken[], long: readonly WordToken[]): boolean {
  const acronyms = short.filter((token) => acronym.test(token.text))
  if (acronyms.length === 0) return false
  const longText = long.map((token) => token.text).join(' ')
  return acronyms.some((acronym) => {
    if (longText.includes(`( ${acronym.text}`) || longText.includes(`${acronym.text} )`))
      return true
    return initials(long).includes(acronym.text)
  })
}

export function isAcronymChange(a: readonly WordToken[], b: readonly WordToken[]): boolean {
  return spellsOut(a, b) || spellsOut(b, a)
}

/** The multiset difference `x - y`. */
function minus(x: readonly string[], y: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const item of y) counts.set(item, (counts.get(item) ?? 0) + 1)
  const out: string[] = []
  for (const item of x) {
    const left = counts.get(item) ?? 0
    if (left > 0) counts.set(item, left - 1)
    else out.push(item)
  }
  return out
}

/** Word forms one side of the region has and the other lacks. */
export function unexplainedForms(
  a: readonly WordToken[],
  b: readonly WordToken[],
): { removed: string[]; added: string[] } {
  const fa = forms(a)
  const fb = forms(b)
  return { removed: minus(fa, fb), added: minus(fb, fa) }
}

/**
 * The kind of a change that touches no fact, from its two sides; `movedForms` are
 * forms that other changes of the same entry took away or brought in, so a phrase moved
 * across the sentence ("The Ministers adopted X" -> "X was adopted by the Ministers")
 * reads as voice or reordering.
 */
export function textualKind(
  a: readonly WordToken[],
  b: readonly WordToken[],
  movedForms: ReadonlySet<string>,
): ChangeKind {
  const textA = a.map((token) => token.text).join(' ')
  const textB = b.map((token) => token.text).join(' ')
  if (textA === textB) return 'whitespace'
  if (textA.toLowerCase() === textB.toLowerCase()) return 'case'
  if (lettersOnly(a) === lettersOnly(b)) return 'punctuation'
  const spelled = (tokens: readonly WordToken[]) =>
    tokens
      .filter((token) => token.word)
      .map((token) => spellingForm(token.text))
      .join(' ')
  if (spelled(a) === spelled(b)) return 'spelling'
  const fa = forms(a)
  const fb = forms(b)
  if (fa.join(' ') === fb.join(' ')) return 'inflection'
  const { removed, added } = unexplainedForms(a, b)
  const left = [...removed, ...added].filter((form) => !movedForms.has(form))
  const hasContent = [...fa, ...fb].some((form) => !isStopword(form))
  if (hasContent && left.every((form) => isStopword(form))) {
    return left.some((form) => voiceWords.has(form)) ? 'voice' : 'reordering'
  }
  return 'wording'
}
