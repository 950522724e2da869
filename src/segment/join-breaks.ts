import type { Candidate } from './candidate.js'

// Text extracted from a PDF breaks sentences: a blank line inside a sentence, a page break
// with the page's running header and number in the middle of it. A block that does not
// end its sentence is joined with the block that continues it, across such a page's
// furniture, which is left out of the text and reported.

/** Words after which a sentence cannot end ("... in the", "... of"). */
export const openEnd =
  /(?:^|\s)(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|nor|but|as|that|which|who|whose|its|their|our|his|her|this|these|those|into|onto|upon|between|among|including|such|than|under|over|within|without|towards?|through|per|via|is|are|was|were|be|been|has|have|had|will|shall|would|should|could|must)$/i
/** Sentence punctuation at the end of a block (with closing quotes or brackets). */
const closed = /[.!?:;…]["'”’)\]]*$/
const listStart =
  /^(?:[-–—•*▪◦·●]\s|\(?[a-z]\)\s|\(?[ivxlc]{1,6}\)\s|[a-z]\.\s|\(?\d{1,3}[.)]\s|\d{1,3}\.\d{1,2}\.?\s)/

/** A page's furniture between two halves of a sentence: a page number, a running header. */
function isPageLine(text: string, repeated: (text: string) => boolean): boolean {
  const line = text.trim()
  if (/^(?:\d{1,4}|page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$/i.test(line))
    return true
  return line.length <= 100 && !/\n/.test(line) && repeated(line)
}

/** The words of a block's text, and how many of them are in lower case. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word))
  if (words.length < 8) return false
  return words.filter((word) => /^\p{Ll}/u.test(word)).length / words.length >= 0.3
}

export interface Join {
  /** Spans of the page furniture left out between the two halves. */
  skipped: Array<{ start: number; end: number }>
}

/**
 * Whether `next` continues the sentence that `previous` leaves open: it starts in lower
 * case, or `previous` ends on a word no sentence ends with, or `previous` is a paragraph of
 * several lines of prose that stops without punctuation and `next` carries on in prose.
 */
export function continuesSentence(previous: string, next: string, lines: number): boolean {
  const before = previous.trimEnd()
  const after = next.trimStart()
  if (closed.test(before) || listStart.test(after)) return false
  if (after === after.toUpperCase() && /\p{Lu}{3}/u.test(after)) return false
  if (/^\p{Ll}/u.test(after)) return true
  // A block ending in a comma and a capitalised next block is how a declaration sets out
  // its preambular clauses ("Determined to …,"), one paragraph each: not joined.
  if (openEnd.test(before)) return true
  return lines >= 2 && isProse(before) && /^\p{Lu}\p{Ll}/u.test(after)
}

/**
 * Join the blocks of plain text whose sentence runs on into the next block, across a
 * blank line or a page break (a form feed or page-number line, with at most three lines
 * of the page's furniture). Returns the joined candidates and the furniture spans skipped.
 */
export function joinBrokenSentences(
  source: string,
  blocks: Candidate[],
): { blocks: Candidate[]; skipped: Array<{ start: number; end: number }> } {
  const counts = new Map<string, number>()
  for (const block of blocks) {
    if (block.lines !== 1) continue
    const text = source.slice(block.start, block.end).trim()
    counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  const repeated = (text: string) => (counts.get(text) ?? 0) >= 2
  const out: Candidate[] = []
  const skipped: Array<{ start: number; end: number }> = []
  for (let i = 0; i < blocks.length; i++) {
    let current = blocks[i]!
    for (;;) {
      // The page's furniture after the block, up to three lines.
      let j = i + 1
      const furniture: Candidate[] = []
      const formFeed = source.slice(current.end, blocks[j]?.start ?? current.end).includes('\f')
      while (j < blocks.length && furniture.length < 3) {
        const text = source.slice(blocks[j]!.start, blocks[j]!.end)
        // A running header: a short line after a form feed, or just above a page number.
        const following = blocks[j + 1]
        const aboveNumber =
          following !== undefined &&
          /^\s*\d{1,4}\s*$/.test(source.slice(following.start, following.end))
        const header =
          blocks[j]!.lines === 1 &&
          text.length <= 100 &&
          !closed.test(text) &&
          (formFeed || aboveNumber)
        if (!isPageLine(text, repeated) && !header) break
        furniture.push(blocks[j]!)
        j++
      }
      const next = blocks[j]
      if (!next) break
      const gap = source.slice(current.end, furniture[0]?.start ?? next.start)
      const pageBreak =
        gap.includes('\f') ||
        furniture.some((block) =>
          /^\s*(?:\d{1,4}\s*|page\b.*)$/i.test(source.slice(block.start, block.end)),
        )
      if (furniture.length > 0 && !pageBreak) break
      const previousText = source.slice(current.start, current.end)
      const nextText = source.slice(next.start, next.end)
      const lines = current.lines
      // Across a page break, only the surest signs: lower case next, or an open last word.
      const joins =
        furniture.length > 0
          ? continuesSentence(previousText, nextText, 0)
          : continuesSentence(previousText, nextText, lines)
      if (!joins) break
      const between = furniture.map((block) => ({ start: block.start, end: block.end }))
      skipped.push(...between)
      current = {
        start: current.start,
        end: next.end,
        pieces: [
          ...withGap(current, furniture[0]?.start ?? next.start, source),
          ...(furniture.length > 0
            ? [
                {
                  text: source.slice(furniture[furniture.length - 1]!.end, next.start),
                  start: furniture[furniture.length - 1]!.end,
                  end: next.start,
                  verbatim: true,
                },
              ]
            : []),
          ...next.pieces,
        ],
        lines: current.lines + next.lines,
      }
      i = j
    }
    out.push(current)
  }
  return { blocks: out, skipped }
}

/** A block's pieces, the last one running on over the white space after it. */
function withGap(block: Candidate, to: number, source: string): Candidate['pieces'] {
  const pieces = block.pieces.slice(0, -1)
  const last = block.pieces[block.pieces.length - 1]!
  pieces.push({ text: source.slice(last.start, to), start: last.start, end: to, verbatim: true })
  return pieces
}
