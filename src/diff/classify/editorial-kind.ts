// What an editorial change is: the same words differently written (white space, case,
// punctuation, spelling, inflection), the same words in another order or voice, an
// attribution added, or other wording. (Acronyms: spelled-out.ts.)
import type { ChangeKind } from '../../model/diff.js'
import { wordsOf } from '../words/spelled-out.js'
import { isStopword, spellingForm, wordForm } from '../words/word-forms.js'
import type { WordToken } from '../words/word-tokens.js'

// Regular expressions built once (a literal with \\p{...} may be rebuilt on every call once compiled).
const notLetterOrDigit = /[^\p{L}\p{N}]/gu

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

/**
 * True when one side only adds a reporting clause: it has an attribution cue the other
 * lacks, and every content word of the other side is still there ("the Council condemns"
 * -> "NATO's official website says the Council condemns"). Names in the clause are the
 * report's source, not a change of the text.
 */
export function onlyAddsAttribution(a: readonly WordToken[], b: readonly WordToken[]): boolean {
  if (!addsAttribution(a, b)) return false
  const cued = a.some((token) => attributionCues.has(token.text.toLowerCase()))
  const [plain, reported] = cued ? [b, a] : [a, b]
  const kept = forms(plain).filter((form) => !isStopword(form))
  return minus(kept, forms(reported)).length === 0
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

/** The same words written differently: white space, case, punctuation, spelling or inflection. */
export function formKind(a: readonly WordToken[], b: readonly WordToken[]): ChangeKind | undefined {
  const textA = a.map((token) => token.text).join(' ')
  const textB = b.map((token) => token.text).join(' ')
  if (textA === textB) return 'whitespace'
  if (textA.toLowerCase() === textB.toLowerCase()) return 'case'
  if (lettersOnly(a) === lettersOnly(b)) return 'punctuation'
  const spelled = (tokens: readonly WordToken[]) =>
    wordsOf(tokens.filter((token) => token.word))
      .map(spellingForm)
      .join(' ')
  if (spelled(a) === spelled(b)) return 'spelling'
  if (forms(a).join(' ') === forms(b).join(' ')) return 'inflection'
  return undefined
}

/**
 * Voice, reordering or other wording; `movedForms` are forms that other changes of the
 * same entry took away or brought in, so a phrase moved across the sentence ("The
 * Ministers adopted X" -> "X was adopted by the Ministers") reads as voice or reordering.
 */
export function orderKind(
  a: readonly WordToken[],
  b: readonly WordToken[],
  movedForms: ReadonlySet<string>,
): ChangeKind {
  const { removed, added } = unexplainedForms(a, b)
  const left = [...removed, ...added].filter((form) => !movedForms.has(form))
  const hasContent = [...forms(a), ...forms(b)].some((form) => !isStopword(form))
  if (hasContent && left.every((form) => isStopword(form))) {
    return left.some((form) => voiceWords.has(form)) ? 'voice' : 'reordering'
  }
  return 'wording'
}
