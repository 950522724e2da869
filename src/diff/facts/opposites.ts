// Words of official texts that reverse what a sentence commits to ("agreed" -> "refused",
// "open" -> "close", "lift" -> "impose"), kept as data: a change that swaps one for its
// opposite is a reversal, reported like a negation (substantive).
import { wordForm } from '../words/word-forms.js'
import type { WordToken } from '../words/word-tokens.js'

/** Pairs of opposite acts; each word as written in its base form. */
export const oppositePairs: ReadonlyArray<readonly [string, string]> = [
  ['agree', 'refuse'],
  ['agree', 'disagree'],
  ['accept', 'reject'],
  ['approve', 'reject'],
  ['adopt', 'reject'],
  ['support', 'oppose'],
  ['open', 'close'],
  ['lift', 'impose'],
  ['increase', 'decrease'],
  ['increase', 'reduce'],
  ['raise', 'lower'],
  ['extend', 'shorten'],
  ['allow', 'prohibit'],
  ['allow', 'ban'],
  ['permit', 'forbid'],
  ['include', 'exclude'],
  ['join', 'leave'],
  ['start', 'stop'],
  ['begin', 'end'],
  ['continue', 'suspend'],
  ['resume', 'suspend'],
  ['welcome', 'condemn'],
  ['welcome', 'regret'],
  ['expand', 'reduce'],
  ['strengthen', 'weaken'],
]

let opposite: Map<string, Set<string>> | undefined

function oppositesOf(form: string): Set<string> | undefined {
  if (!opposite) {
    opposite = new Map()
    for (const [x, y] of oppositePairs) {
      const [fx, fy] = [wordForm(x), wordForm(y)]
      if (!opposite.has(fx)) opposite.set(fx, new Set())
      if (!opposite.has(fy)) opposite.set(fy, new Set())
      opposite.get(fx)!.add(fy)
      opposite.get(fy)!.add(fx)
    }
  }
  return opposite.get(form)
}

/** The first word of `a` whose opposite is among the words of `b`, as `[a word, b word]`. */
export function oppositeWords(
  a: readonly WordToken[],
  b: readonly WordToken[],
): [string, string] | undefined {
  const formsB = new Map<string, string>()
  for (const token of b) if (token.word) formsB.set(wordForm(token.text), token.text)
  for (const token of a) {
    if (!token.word) continue
    for (const other of oppositesOf(wordForm(token.text)) ?? []) {
      const found = formsB.get(other)
      if (found) return [token.text, found]
    }
  }
  return undefined
}
