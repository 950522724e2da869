import { isSpace } from '../input/normalize.js'
import type { Candidate } from './candidate.js'
import { openEnd } from './join-breaks.js'

interface Line {
  start: number
  end: number
  text: string
}

function splitLines(source: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (let i = 0; i <= source.length; i++) {
    const code = i < source.length ? source.charCodeAt(i) : 10
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || i === source.length) {
      lines.push({ start, end: i, text: source.slice(start, i) })
      if (code === 13 && source.charCodeAt(i + 1) === 10) i++
      start = i + 1
    }
  }
  return lines
}

/** Trim white space (as the normaliser sees it) off both ends of a line. */
function trimLine(line: Line): Line | undefined {
  let start = 0
  let end = line.text.length
  while (start < end && isSpace(line.text.charCodeAt(start))) start++
  while (end > start && isSpace(line.text.charCodeAt(end - 1))) end--
  if (start === end) return undefined
  return { start: line.start + start, end: line.start + end, text: line.text.slice(start, end) }
}

const listMarker =
  /^(?:[-–—•*▪◦·●]\s|\(?[a-z]\)\s|\(?[ivxlc]{1,6}\)\s|[a-z]\.\s|\(?\d{1,3}[.)]\s|\d{1,3}\.\d{1,2}\.?\s)/
const sentenceEnd = /[.!?:;…"”’)]$/
const markerOnly = /^(?:\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z]\)|\(?[ivxlc]{1,6}\))$/

/**
 * Whether line `next` continues the block that ends with line `previous`:
 * hard-wrapped prose, where the first line does not end a sentence and the next
 * starts in lower case, or both are part of an evenly wrapped paragraph.
 */
function continues(previous: Line, next: Line, wrapWidth: number): boolean {
  if (listMarker.test(next.text)) return false
  if (/^\p{Ll}/u.test(next.text) && !sentenceEnd.test(previous.text)) return true
  // A line that stops on a word no sentence ends with ("... stressed the") runs on.
  if (openEnd.test(previous.text) && /^[\p{L}\p{N}]/u.test(next.text)) return true
  // Evenly wrapped text: the previous line filled the wrap width.
  return (
    wrapWidth > 0 && previous.text.length >= wrapWidth * 0.8 && previous.text.length <= wrapWidth
  )
}

/**
 * The common width of hard-wrapped text (text extracted from a PDF, an e-mail), or 0
 * when lines are not wrapped: the 90th percentile of line lengths, when half the
 * lines of 40 characters or more come within a fifth of it.
 */
function wrapWidth(lines: Line[]): number {
  const lengths = lines
    .map((line) => line.text.length)
    .filter((length) => length >= 40)
    .sort((a, b) => a - b)
  if (lengths.length < 5) return 0
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))]!
  if (width > 100) return 0
  const near = lengths.filter((length) => length >= width * 0.8 && length <= width * 1.1).length
  return near / lengths.length >= 0.5 ? width : 0
}

/** Blocks of plain text: runs of lines between blank lines, lines joined only where wrapped. */
/** A corpus header glued to the first line ("date 2024-06-28 Headline ..."): a line of its own. */
const corpusHeader = /^date \d{4}-\d{2}-\d{2}(?= \S)/

function splitHeader(lines: Array<Line | undefined>): Array<Line | undefined> {
  const index = lines.findIndex((line) => line !== undefined)
  const first = lines[index]
  const header = first ? corpusHeader.exec(first.text) : null
  if (!first || !header) return lines
  const rest = trimLine({
    start: first.start + header[0].length,
    end: first.end,
    text: first.text.slice(header[0].length),
  })
  const head = { start: first.start, end: first.start + header[0].length, text: header[0] }
  return [...lines.slice(0, index), head, undefined, rest, ...lines.slice(index + 1)]
}

export function plainBlocks(source: string): Candidate[] {
  const lines = splitHeader(splitLines(source).map(trimLine))
  const width = wrapWidth(lines.filter((line): line is Line => line !== undefined))
  const blocks: Candidate[] = []
  let current: { lines: Line[] } | undefined
  const flush = () => {
    if (!current) return
    const first = current.lines[0]!
    const last = current.lines[current.lines.length - 1]!
    blocks.push({
      start: first.start,
      end: last.end,
      pieces: [
        {
          text: source.slice(first.start, last.end),
          start: first.start,
          end: last.end,
          verbatim: true,
        },
      ],
      lines: current.lines.length,
    })
    current = undefined
  }
  for (const line of lines) {
    if (!line) {
      flush()
      continue
    }
    const previous = current?.lines[current.lines.length - 1]
    // A paragraph number on a line of its own ("12.") belongs to the text after it.
    const afterMarker =
      current?.lines.length === 1 && previous !== undefined && markerOnly.test(previous.text)
    if (current && previous && (afterMarker || continues(previous, line, width)))
      current.lines.push(line)
    else {
      flush()
      current = { lines: [line] }
    }
  }
  flush()
  return blocks
}
