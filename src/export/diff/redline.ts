import { diffTokens, type Hunk } from '../../diff/words/word-diff.js'
import { type WordToken, wordTokens } from '../../diff/words/word-tokens.js'

/** A stretch of the redline: kept in both, or only in A (deleted) or only in B (inserted). */
export interface RedlineRun {
  kind: 'kept' | 'deleted' | 'inserted'
  /** The words as written on their side, without the space before them. */
  text: string
  /** Whether a space comes before the run. */
  space: boolean
  /** For deleted and inserted runs: `[from, to)` in the side's text. */
  from: number
  to: number
  /** For deleted and inserted runs: the change (one stretch of A replaced by one of B) it is part of. */
  change?: number
}

function run(
  kind: RedlineRun['kind'],
  text: string,
  tokens: WordToken[],
  from: number,
  to: number,
  change?: number,
): RedlineRun | undefined {
  if (from >= to) return undefined
  const first = tokens[from]!
  const last = tokens[to - 1]!
  const out: RedlineRun = {
    kind,
    text: text.slice(first.start, last.end),
    space: first.spaceBefore && first.start > 0,
    from: first.start,
    to: last.end,
  }
  if (change !== undefined) out.change = change
  return out
}

/**
 * A change glued to a kept word (no space between: "staples~~, and it~~") takes that
 * word in ("~~staples, and it~~ _staples. It_"), and every kept token glued to it in
 * turn ("SCO\"Council" is one stretch): Markdown cannot open or close a mark against a
 * letter (the writer would turn the letter into a character reference, "Arcti&#x63;"),
 * and the whole word reads better.
 */
function widen(hunks: Hunk[], tokensA: WordToken[], tokensB: WordToken[]): Hunk[] {
  const glued = (token: WordToken | undefined) => token !== undefined && !token.spaceBefore
  // After a change, only a letter or digit glued to it matters (a mark closes before punctuation).
  const gluedWord = (token: WordToken | undefined) =>
    glued(token) && /^[\p{L}\p{N}]/u.test(token!.text)
  const out: Hunk[] = []
  for (const { ...hunk } of hunks) {
    const floor = out[out.length - 1]
    while (
      hunk.aStart > (floor?.aEnd ?? 0) &&
      hunk.bStart > (floor?.bEnd ?? 0) &&
      ((hunk.aEnd > hunk.aStart && glued(tokensA[hunk.aStart])) ||
        (hunk.bEnd > hunk.bStart && glued(tokensB[hunk.bStart])))
    ) {
      hunk.aStart--
      hunk.bStart--
    }
    while (
      hunk.aEnd < tokensA.length &&
      hunk.bEnd < tokensB.length &&
      (gluedWord(tokensA[hunk.aEnd]) || gluedWord(tokensB[hunk.bEnd]))
    ) {
      hunk.aEnd++
      hunk.bEnd++
    }
    if (floor && (hunk.aStart <= floor.aEnd || hunk.bStart <= floor.bEnd)) {
      floor.aEnd = Math.max(floor.aEnd, hunk.aEnd)
      floor.bEnd = Math.max(floor.bEnd, hunk.bEnd)
    } else out.push(hunk)
  }
  return out
}

/**
 * Two changes separated by a single kept word, or by kept words glued to one of them
 * without a space ("(SCO)" around a kept "SCO"), read as one change.
 */
function joinClose(hunks: Hunk[], tokensB: WordToken[]): Hunk[] {
  const out: Hunk[] = []
  for (const hunk of hunks) {
    const last = out[out.length - 1]
    const kept = last ? hunk.bStart - last.bEnd : 0
    const glued =
      last !== undefined &&
      (!tokensB[last.bEnd]!.spaceBefore || !tokensB[hunk.bStart]?.spaceBefore) &&
      kept <= 3
    if (last && (kept === 1 || glued)) {
      last.aEnd = hunk.aEnd
      last.bEnd = hunk.bEnd
    } else out.push({ ...hunk })
  }
  return out
}

/**
 * The word-by-word redline of two texts: words kept in both (written as B has them),
 * words only in A, words only in B, in reading order, each change a deletion then an
 * insertion. Words and punctuation are compared whole, so no change cuts a word. Past
 * `maxEdits` word edits the differing middle is one change.
 */
export function redline(a: string, b: string, maxEdits = 2000): RedlineRun[] {
  const tokensA = wordTokens(a)
  const tokensB = wordTokens(b)
  const { hunks } = diffTokens(
    tokensA.map((token) => token.text),
    tokensB.map((token) => token.text),
    maxEdits,
  )
  const runs: RedlineRun[] = []
  let keptFrom = 0
  // Kept words after a deletion are spaced as A spaces them too ("~~www.x.org~~ The").
  let spacedInA = false
  const kept = (from: number, to: number) => {
    const out = run('kept', b, tokensB, from, to)
    if (out) out.space ||= spacedInA
    return out
  }
  widen(joinClose(hunks, tokensB), tokensA, tokensB).forEach((hunk, change) => {
    runs.push(
      ...[
        kept(keptFrom, hunk.bStart),
        run('deleted', a, tokensA, hunk.aStart, hunk.aEnd, change),
        run('inserted', b, tokensB, hunk.bStart, hunk.bEnd, change),
      ].filter((item) => item !== undefined),
    )
    // A replacement reads "~~old~~ new" unless both sides are glued to what precedes them.
    const [deleted, inserted] = runs.slice(-2)
    if (deleted?.kind === 'deleted' && inserted?.kind === 'inserted' && deleted.change === change) {
      inserted.space ||= deleted.space || deleted.from === 0 || inserted.from === 0
    }
    keptFrom = hunk.bEnd
    spacedInA = hunk.aEnd > hunk.aStart && tokensA[hunk.aEnd]?.spaceBefore === true
  })
  const rest = kept(keptFrom, tokensB.length)
  if (rest) runs.push(rest)
  return runs
}
