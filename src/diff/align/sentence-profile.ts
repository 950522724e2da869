// A sentence as a weighted bag of word forms, and the similarity of two such bags.
import { isStopword, wordForm } from '../words/word-forms.js'
import type { WordToken } from '../words/word-tokens.js'
import { synonymForm } from './synonyms.js'

/** Grammatical words count for a quarter of a content word. */
const stopwordWeight = 0.25

/** Numbers for word forms, shared by both versions of one comparison. */
export class FormIds {
  private readonly ids = new Map<string, number>()
  private readonly words = new Map<string, number>()
  private readonly grammatical: boolean[] = []
  /** The id of a word as written (its form computed once per distinct spelling). */
  ofWord(word: string): number {
    let id = this.words.get(word)
    if (id === undefined) {
      id = this.id(synonymForm(wordForm(word)))
      this.words.set(word, id)
    }
    return id
  }
  id(form: string): number {
    let id = this.ids.get(form)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(form, id)
      this.grammatical.push(isStopword(form))
    }
    return id
  }
  get size(): number {
    return this.ids.size
  }
  isStopword(id: number): boolean {
    return this.grammatical[id] === true
  }
}

/** Weighted bag of word forms; `content` lists the content forms in reading order. */
export interface Profile {
  weights: Map<number, number>
  total: number
  content: number[]
}

/** The profile of a run of tokens; hyphenated words count by their parts. */
export function profileOf(tokens: readonly WordToken[], ids: FormIds): Profile {
  const weights = new Map<number, number>()
  const content: number[] = []
  let total = 0
  for (const token of tokens) {
    if (!token.word) continue
    const parts = /[-\u2010\u2011/&]/.test(token.text)
      ? token.text.split(/[-\u2010\u2011/&]/)
      : [token.text]
    for (const part of parts) {
      if (part.length === 0) continue
      const id = ids.ofWord(part)
      const weight = ids.isStopword(id) ? stopwordWeight : 1
      if (weight === 1) content.push(id)
      weights.set(id, (weights.get(id) ?? 0) + weight)
      total += weight
    }
  }
  return { weights, total, content }
}

/** Sum of several profiles (the sentences of a split or merged group). */
export function joinProfiles(profiles: readonly Profile[]): Profile {
  const weights = new Map<number, number>()
  const content: number[] = []
  let total = 0
  for (const profile of profiles) {
    for (const [id, weight] of profile.weights) weights.set(id, (weights.get(id) ?? 0) + weight)
    content.push(...profile.content)
    total += profile.total
  }
  return { weights, total, content }
}

function shared(a: Profile, b: Profile): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a]
  let sum = 0
  for (const [id, weight] of small.weights) {
    const other = large.weights.get(id)
    if (other !== undefined) sum += Math.min(weight, other)
  }
  return sum
}

/** Dice similarity of two profiles, 0..1 (1 for two empty profiles). */
export function similarity(a: Profile, b: Profile): number {
  if (a.total === 0 && b.total === 0) return 1
  return (2 * shared(a, b)) / (a.total + b.total)
}

/**
 * How much of `part` is found in `whole` once `used` (what a sentence already
 * matched there) is taken out: 0..1.
 */
export function containment(part: Profile, whole: Profile, used: Profile): number {
  if (part.total === 0) return 0
  let sum = 0
  for (const [id, weight] of part.weights) {
    const left = (whole.weights.get(id) ?? 0) - (used.weights.get(id) ?? 0)
    if (left > 0) sum += Math.min(weight, left)
  }
  return sum / part.total
}
