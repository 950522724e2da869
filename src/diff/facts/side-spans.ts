// Spans reported by the diff: `start`/`end` in the original input, `text` the analysed
// text compared there (pieces from two sentences joined by a space).
import type { DiffSpan } from '../../model/diff.js'
import type { SentenceUnit } from '../align/sentence-units.js'
import type { SideToken } from './side-facts.js'

/** The span of a whole sentence. */
export function sentenceSpan(unit: SentenceUnit): DiffSpan {
  return { text: unit.sentence.text, start: unit.sentence.start, end: unit.sentence.end }
}

/** The span of tokens `[from, to)` of a side, or undefined when the range is empty. */
export function tokenSpan(
  tokens: readonly SideToken[],
  from: number,
  to: number,
): DiffSpan | undefined {
  if (to <= from) return undefined
  const pieces: string[] = []
  let k = from
  while (k < to) {
    const unit = tokens[k]!.unit
    let last = k
    while (last + 1 < to && tokens[last + 1]!.unit === unit) last++
    pieces.push(unit.sentence.text.slice(tokens[k]!.start, tokens[last]!.end))
    k = last + 1
  }
  return {
    text: pieces.join(' '),
    start: tokens[from]!.source.start,
    end: tokens[to - 1]!.source.end,
  }
}
