// Where the lexicon's act patterns match in a sentence, found fast: one pass
// finds the words that start with a pattern's hint ("propos", "will", "need"),
// and each pattern is tried (sticky) only at those words and the few before.
import { type ActPattern, actPatterns } from './act-lexicon.js'

/** A pattern and its match in the sentence. */
export interface PatternMatch {
  entry: ActPattern
  match: RegExpExecArray
}

/** Hints as written: "need$" is the whole word "need", "propos" any word that starts so. */
const hints = [...new Set(actPatterns.flatMap((entry) => entry.hints))]
const hintWords = hints.map((hint) => hint.replace(/\$$/, ''))
/** Hint numbers by their first three letters. */
const hintsByStart = new Map<string, number[]>()
hintWords.forEach((word, id) => {
  hintsByStart.set(word.slice(0, 3), [...(hintsByStart.get(word.slice(0, 3)) ?? []), id])
})
/** Hints that must be whole words ("need$"). */
const wholeWord = hints.map((hint) => hint.endsWith('$'))
/** Patterns by hint number. */
const patternsByHint = hints.map((hint) =>
  actPatterns.filter((entry) => entry.hints.includes(hint)),
)
/** Any hint at the start of a word (the longest first): where to look closer. */
const anyHint = new RegExp(
  `\\b(?:${[...new Set(hintWords)].sort((x, y) => y.length - x.length).join('|')})`,
  'gi',
)

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122
}

/** Each hint that starts a word of the text, with where: flat pairs [hint, at]. */
function hintPositions(text: string): number[] {
  const found: number[] = []
  anyHint.lastIndex = 0
  for (let match = anyHint.exec(text); match; match = anyHint.exec(text)) {
    const at = match.index
    const head = text.slice(at, at + 16).toLowerCase()
    for (const id of hintsByStart.get(head.slice(0, 3)) ?? []) {
      const word = hintWords[id]!
      if (!head.startsWith(word)) continue
      if (wholeWord[id] && isLowerLetter(head.charCodeAt(word.length))) continue
      found.push(id, at)
    }
  }
  return found
}

/** Where the word before the one at `at` starts (skipping spaces and marks), or -1. */
function previousWordStart(text: string, at: number): number {
  let end = at
  while (end > 0 && !isLowerLetter(text.charCodeAt(end - 1) | 0x20)) end--
  if (end === 0) return -1
  let start = end
  while (start > 0 && text.charCodeAt(start - 1) !== 32) start--
  return start
}

/** Every match of every act pattern that covers one of its hints, once per pattern and start. */
export function matchActPatterns(text: string): PatternMatch[] {
  const found = hintPositions(text)
  if (found.length === 0) return []
  const matches: PatternMatch[] = []
  /** Pattern and start of every attempt, so that none is made twice. */
  const tried: Array<ActPattern | number> = []
  for (let i = 0; i < found.length; i += 2) {
    const at = found[i + 1]!
    for (const entry of patternsByHint[found[i]!]!) {
      if (!entry.leads) attempt(text, entry, at, at, tried, matches)
      let start = previousWordStart(text, at)
      for (let back = 1; back <= (entry.reach ?? 0) && start >= 0; back++) {
        if (isLead(text, start, entry)) attempt(text, entry, start, at, tried, matches)
        start = previousWordStart(text, start)
      }
    }
  }
  return matches
}

/** Try one pattern at one start; keep the match when it covers the hint at `at`. */
function attempt(
  text: string,
  entry: ActPattern,
  start: number,
  at: number,
  tried: Array<ActPattern | number>,
  matches: PatternMatch[],
): void {
  for (let k = 0; k < tried.length; k += 2) if (tried[k] === entry && tried[k + 1] === start) return
  tried.push(entry, start)
  entry.pattern.lastIndex = start
  const match = entry.pattern.exec(text)
  if (match && match.index + match[0].length > at) matches.push({ entry, match })
}

/** May the phrase start at the word at `start`: one of the pattern's lead words, or have/has/had? */
function isLead(text: string, start: number, entry: ActPattern): boolean {
  let end = start
  while (isLowerLetter(text.charCodeAt(end) | 0x20)) end++
  const word = text.slice(start, end).toLowerCase()
  return entry.leads ? entry.leads.has(word) : word === 'have' || word === 'has' || word === 'had'
}
