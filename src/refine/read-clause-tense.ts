import type { Tense } from '../extract/date-candidate.js'

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

function cueOf(words: Word[], i: number, withAuxiliaries: boolean): Tense {
  const word = words[i]!.text.toLowerCase()
  const next = words[i + 1]?.text.toLowerCase()
  const previous = words[i - 1]?.text.toLowerCase() ?? ''
  const before = `${words[i - 2]?.text.toLowerCase() ?? ''} ${previous}`
  if (futureWords.has(word) || (word === 'won' && next === 't')) return 'future'
  if (futureBeforeTo.has(word) && next === 'to') return 'future'
  if (!withAuxiliaries && auxiliaries.has(word)) return null
  const regular = word.length > 4 && /ed$/.test(word) && /^\p{Ll}/u.test(words[i]!.text)
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

/** The clause of `[from, to)` in a sentence: between the nearest ";", ":" or " – " on either side. */
function clauseAround(text: string, from: number, to: number): [number, number] {
  const boundary = /[;:]|\s[–—-]\s/g
  let start = 0
  let end = text.length
  for (const match of text.matchAll(boundary)) {
    if (match.index < from) start = match.index + match[0].length
    else if (match.index >= to) {
      end = match.index
      break
    }
  }
  return [start, end]
}

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
 * (none within `reach` words).
 */
export function readClauseTense(
  text: string,
  from: number,
  to: number,
  { reach = 40, auxiliaries: withAuxiliaries = true, side = 'both' }: TenseOptions = {},
): Tense {
  const [start, end] = clauseAround(text, from, to)
  const words: Word[] = []
  for (const match of text.slice(start, end).matchAll(/\p{L}+/gu)) {
    words.push({ text: match[0], index: start + match.index })
  }
  // Words before the mention count back from it; words after it count on from its end.
  let first = words.findIndex((word) => word.index >= from)
  if (first === -1) first = words.length
  let after = words.findIndex((word) => word.index >= to)
  if (after === -1) after = words.length
  let best: Tense = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (let i = 0; i < words.length; i++) {
    if (i >= first && i < after) continue
    if ((side === 'before' && i >= after) || (side === 'after' && i < first)) continue
    const cue = cueOf(words, i, withAuxiliaries)
    const distance = i < first ? first - 1 - i : i - after + 0.5
    if (cue && distance < bestDistance && distance <= reach) {
      best = cue
      bestDistance = distance
    }
  }
  return best
}
