import type { Tense } from './date-candidate.js'

// The tense of the clause around a mention, read from the verb nearest to it: "agreed on
// Thursday" (past), "will meet on Monday" (future), "is held on Friday" (present). A verb
// before the mention wins a tie with one after it. Only the clause counts: it ends at a
// semicolon, a colon, or a dash between spaces.

/** "would" reports a future from a past: "said the talks would resume on Friday". */
const futureWords = new Set([
  'will',
  'shall',
  'll',
  'would',
  'upcoming',
  'forthcoming',
  'scheduled',
])
/** Words that make the next "to" a future: "expected to", "set to", "plans to", "is to". */
const futureBeforeTo = new Set(
  'going set expected planned plans plan intends intend aims aim due is are am was were'.split(' '),
)
const pastWords = new Set(
  (
    'was were had did said told met held took gave made began begun came went saw became left ' +
    'spoke wrote sent brought chose won led ran kept found paid sought thought felt stood ' +
    'understood hosted ago has have'
  ).split(' '),
)
const presentWords = new Set(['is', 'are', 'am', 'does', 'do'])
/** Words in -ed that are rarely verbs in the past tense. */
const notPast = new Set(
  (
    'united related concerned interested based limited advanced detailed dedicated need ' +
    'speed indeed proceed exceed succeed hundred seed feed red shared naked wicked sacred beloved ' +
    'learned aged blessed'
  ).split(' '),
)

/** Words after which an -ed word is an adjective: "the most debated", "a newly elected". */
const adjectiveLead = new Set(
  'the a an most more less these those its their our his her well much newly so very'.split(' '),
)

/** Modal verbs: they look ahead ("could be cut from March"), or back with "have". */
const modals = new Set(['can', 'could', 'may', 'might', 'must', 'should'])

/** Words that start another predicate: "met on Tuesday and will meet ...". */
const coordinators = new Set(['and', 'but', 'or', 'while', 'whereas'])

interface Word {
  text: string
  index: number
}

/** Auxiliaries: they tell a tense, but not that the clause is about an event. */
const auxiliaries = new Set('was were had did has have is are am does do'.split(' '))

/** The tense a participle gets from the words before it: "to be held", "is held", "were held". */
function passiveTense(before: string): Tense | undefined {
  if (/\b(?:to|will|shall) be$/.test(before)) return 'future'
  if (/\b(?:is|are|am|being)$/.test(before)) return 'present'
  if (/\bbe$/.test(before)) return null
  return undefined
}

/** The tense the word at `i` tells, from it and its neighbours ("to be held", "expected to"). */
function cueOf(lower: string[], original: Word[], i: number, withAuxiliaries: boolean): Tense {
  const word = lower[i]!
  const next = lower[i + 1]
  const previous = lower[i - 1] ?? ''
  const before = `${lower[i - 2] ?? ''} ${previous}`
  if (futureWords.has(word) || (word === 'won' && next === 't')) return 'future'
  // "could be cut from March", "may meet in June": a modal looks ahead, unless "could have".
  if (modals.has(word)) return next === 'have' ? 'past' : 'future'
  if (futureBeforeTo.has(word) && next === 'to') return 'future'
  if (!withAuxiliaries && auxiliaries.has(word)) return null
  const regular = word.length > 4 && word.endsWith('ed') && /^\p{Ll}/u.test(original[i]!.text)
  if (regular || pastWords.has(word)) {
    const passive = passiveTense(before)
    if (passive !== undefined) return passive
  }
  if (pastWords.has(word)) return 'past'
  if (presentWords.has(word)) return 'present'
  // "the most debated issues", "a detailed plan": an -ed word after these is an adjective.
  if (regular && !notPast.has(word) && !adjectiveLead.has(previous)) return 'past'
  return null
}

interface Words {
  text: string
  words: Word[]
  lower: string[]
  /** Offsets where a clause ends: ";", ":" or a dash between spaces. */
  boundaries: number[]
  /** Each word's cue, worked out once: with auxiliaries, and without. */
  cues: [Array<Tense | undefined>, Array<Tense | undefined>]
}

/** The last text's words: the refiners ask about every date of one sentence in turn. */
let cache: Words | undefined

function wordsOf(text: string): Words {
  if (cache?.text === text) return cache
  const words: Word[] = []
  for (const match of text.matchAll(/\p{L}+/gu)) words.push({ text: match[0], index: match.index })
  const boundaries: number[] = []
  for (const match of text.matchAll(/[;:]|\s[–—-]\s/g)) boundaries.push(match.index)
  const lower = words.map((word) => word.text.toLowerCase())
  cache = { text, words, lower, boundaries, cues: [[], []] }
  return cache
}

function cueAt(words: Words, i: number, withAuxiliaries: boolean): Tense {
  const cues = words.cues[withAuxiliaries ? 0 : 1]
  let cue = cues[i]
  if (cue === undefined) {
    cue = cueOf(words.lower, words.words, i, withAuxiliaries)
    cues[i] = cue
  }
  return cue
}

/** The index of the first item at or after `offset` in an ascending list. */
function firstAtOrAfter<T>(items: T[], offset: number, at: (item: T) => number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (at(items[mid]!) < offset) low = mid + 1
    else high = mid
  }
  return low
}

/** The farthest a verb may stand from the date it dates. */
const maxReach = 40

export interface TenseOptions {
  /** How many words away the verb may be (default 40). */
  reach?: number
  /** Whether an auxiliary alone ("is", "have") tells the tense (default true). */
  auxiliaries?: boolean
  /** Which words to read: before the mention, after it, or both (default). */
  side?: 'before' | 'after' | 'both'
}

/**
 * The tense of the verb nearest to `[from, to)` in its clause, or null when none tells
 * (none within `reach` words). Words before the mention count back from it, words after
 * it on from its end; a word before wins a tie.
 */
export function readClauseTense(
  text: string,
  from: number,
  to: number,
  { reach = maxReach, auxiliaries: withAuxiliaries = true, side = 'both' }: TenseOptions = {},
): Tense {
  const all = wordsOf(text)
  const { words, boundaries } = all
  const boundary = firstAtOrAfter(boundaries, from, (offset) => offset)
  const clauseStart = boundary > 0 ? boundaries[boundary - 1]! : -1
  const clauseEnd = boundaries[firstAtOrAfter(boundaries, to, (offset) => offset)] ?? text.length
  const first = firstAtOrAfter(words, from, (word) => word.index)
  const after = firstAtOrAfter(words, to, (word) => word.index)
  let best: Tense = null
  let bestDistance = Number.POSITIVE_INFINITY
  // Whether a verb stands before the date in its clause, near enough to count or not.
  let verbBefore = false
  if (side !== 'after') {
    for (let i = first - 1; i >= 0 && first - 1 - i <= maxReach; i--) {
      if (words[i]!.index < clauseStart) break
      const cue = cueAt(all, i, withAuxiliaries)
      if (!cue) continue
      verbBefore = true
      if (first - 1 - i <= reach) {
        best = cue
        bestDistance = first - 1 - i
      }
      break
    }
  }
  if (side !== 'before') {
    // Past a comma or a coordinating word, a verb belongs to another predicate ("will meet
    // him on Wednesday, the Kremlin said"): it counts only when no verb before the date does.
    let crossed = false
    for (let i = after; i < words.length && words[i]!.index < clauseEnd; i++) {
      const distance = i - after + 0.5
      crossed ||= /,/.test(text.slice(i === after ? to : words[i - 1]!.index, words[i]!.index))
      crossed ||= coordinators.has(all.lower[i]!)
      if (distance > reach || distance > bestDistance || (crossed && verbBefore)) break
      const cue = cueAt(all, i, withAuxiliaries)
      if (cue) return cue
    }
  }
  return best
}
