import type { Span } from '../model/position.js'

// The Markdown parser's work and stack grow faster than linearly with the nesting of block
// quotes and lists (3,000 nested `>` overflow the stack; lists 2,000 deep take seconds), and
// no real document nests more than a few levels. Before parsing, each line's container
// prefix is counted; on a line that goes deeper than the limit, the first marker (or
// indentation character) past the limit is swapped for a stand-in character that the parser
// reads as text, so the rest of the line is text. The stand-in has the same length, so every
// offset the parser reports is an offset in the input, and `restore` gives the original
// characters back in the parsed values.

/** Block quotes and lists nested deeper than this are read as text. */
export const maxMarkdownNesting = 32

export interface BoundedNesting {
  /** The text to hand to the Markdown parser: the input, same length, deep prefixes swapped. */
  text: string
  /** Lines whose structure went deeper than the limit (the stretch from the first to the last). */
  deep: Span | undefined
  /** How many lines were cut. */
  lines: number
  /** The original characters of a parsed value. */
  restore(value: string): string
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t'
}

function isLineEnd(char: string | undefined): boolean {
  return char === undefined || char === '\n' || char === '\r'
}

/** Length of a list marker or block-quote marker at `at`, or 0. */
function markerLength(source: string, at: number): number {
  const char = source[at]
  if (char === '>') return 1
  if (char === '-' || char === '*' || char === '+') {
    const next = source[at + 1]
    return isSpace(next) || isLineEnd(next) ? 1 : 0
  }
  let end = at
  while (end - at < 9 && source.charCodeAt(end) >= 48 && source.charCodeAt(end) <= 57) end++
  if (end === at || (source[end] !== '.' && source[end] !== ')')) return 0
  const next = source[end + 1]
  return isSpace(next) || isLineEnd(next) ? end + 1 - at : 0
}

/** Where a line's container prefix first goes deeper than `limit`, or -1. */
function cutPoint(source: string, lineStart: number, limit: number): number {
  let at = lineStart
  let column = 0
  // Leading indentation: nested lists indent at least two columns a level.
  while (isSpace(source[at])) {
    column += source[at] === '\t' ? 4 - (column % 4) : 1
    if (column > 2 * limit) return at
    at++
  }
  let level = column >> 1
  for (;;) {
    while (isSpace(source[at])) at++
    const length = markerLength(source, at)
    if (length === 0) return -1
    if (++level > limit) return at
    at += length
  }
}

/** Bound the container nesting of a Markdown text (see the comment at the top). */
export function boundNesting(source: string, limit = maxMarkdownNesting): BoundedNesting {
  const cuts: number[] = []
  for (let start = 0; start <= source.length; ) {
    const cut = cutPoint(source, start, limit)
    if (cut !== -1) cuts.push(cut)
    const end = source.indexOf('\n', start)
    if (end === -1) break
    start = end + 1
  }
  if (cuts.length === 0) {
    return { text: source, deep: undefined, lines: 0, restore: (value) => value }
  }
  // One stand-in per swapped character, chosen among private-use characters the input lacks.
  const standIn = new Map<string, string>()
  const original = new Map<string, string>()
  let code = 0xe000
  for (const cut of cuts) {
    const char = source[cut]!
    if (standIn.has(char)) continue
    while (source.includes(String.fromCharCode(code))) code++
    const stand = String.fromCharCode(code++)
    standIn.set(char, stand)
    original.set(stand, char)
  }
  const parts: string[] = []
  let from = 0
  for (const cut of cuts) {
    parts.push(source.slice(from, cut), standIn.get(source[cut]!)!)
    from = cut + 1
  }
  parts.push(source.slice(from))
  const pattern = new RegExp(`[${[...original.keys()].join('')}]`, 'g')
  const last = cuts[cuts.length - 1]!
  const lastEnd = source.indexOf('\n', last)
  return {
    text: parts.join(''),
    deep: {
      start: source.lastIndexOf('\n', cuts[0]!) + 1,
      end: lastEnd === -1 ? source.length : lastEnd,
    },
    lines: cuts.length,
    restore: (value) => value.replace(pattern, (stand) => original.get(stand)!),
  }
}
