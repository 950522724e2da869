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
    hintWords.forEach((word, id) => {
      if (!head.startsWith(word)) return
      if (hints[id]!.endsWith('$') && isLowerLetter(head.charCodeAt(word.length))) return
      found.push(id, at)
    })
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
  const tried: Array<[ActPattern, number]> = []
  const attempt = (entry: ActPattern, start: number, at: number) => {
    if (tried.some(([pattern, from]) => pattern === entry && from === start)) return
    tried.push([entry, start])
    entry.pattern.lastIndex = start
    const match = entry.pattern.exec(text)
    if (match && match.index + match[0].length > at) matches.push({ entry, match })
  }
  for (let i = 0; i < found.length; i += 2) {
    const at = found[i + 1]!
    for (const entry of patternsByHint[found[i]!]!) {
      if (!entry.leads) attempt(entry, at, at)
      let start = previousWordStart(text, at)
      for (let back = 1; back <= (entry.reach ?? 0) && start >= 0; back++) {
        if (isLead(text, start, entry)) attempt(entry, start, at)
        start = previousWordStart(text, start)
      }
    }
  }
  return matches
}

/** May the phrase start at the word at `start`: one of the pattern's lead words, or have/has/had? */
function isLead(text: string, start: number, entry: ActPattern): boolean {
  let end = start
  while (isLowerLetter(text.charCodeAt(end) | 0x20)) end++
  const word = text.slice(start, end).toLowerCase()
  return entry.leads ? entry.leads.has(word) : word === 'have' || word === 'has' || word === 'had'
}
