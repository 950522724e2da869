import type { MappedText } from '../input/normalize.js'
import type { BlockType } from '../model/document.js'
import { boilerplateReason } from './boilerplate.js'
import type { Candidate } from './candidate.js'
import type { Classified } from './classified.js'
import { markFront } from './front.js'
import { furnitureShape, linkListRuns } from './furniture.js'
import {
  type DateProbe,
  isHeadingLike,
  isPlaceDateLine,
  longestTitle,
  provisionHeading,
  shortLine,
  signatureLead,
} from './line-shapes.js'

export type { Classified } from './classified.js'
export type { DateProbe } from './line-shapes.js'

const markerPattern =
  /^(?:([-–—•*▪◦·●])|(\(?[a-z]\))|(\(?[ivxlc]{1,6}\))|([a-z]\.)|(\(?\d{1,3}[.)])|(\d{1,3}\.\d{1,2}\.?))\s/

function classifyOne(candidate: Candidate, mapped: MappedText): Classified {
  const text = mapped.text
  const base: Classified = { candidate, mapped, type: 'paragraph', textStart: 0 }
  if (candidate.syntax === 'code' || candidate.syntax === 'html') {
    return { ...base, type: 'boilerplate', reason: 'markup' }
  }
  // A Markdown heading is the author's: only the word rules apply to it, not the shapes.
  const reason =
    boilerplateReason(text) ??
    (candidate.syntax === 'heading' || candidate.syntax === 'listItem'
      ? undefined
      : furnitureShape(text))
  if (reason) return { ...base, type: 'boilerplate', reason }
  if (candidate.syntax === 'heading')
    return { ...base, type: 'heading', depth: candidate.depth ?? 1 }
  if (candidate.syntax === 'listItem') {
    return { ...base, type: 'listItem', ...(candidate.marker ? { marker: candidate.marker } : {}) }
  }
  if (!candidate.syntax) {
    const marker = markerPattern.exec(text)
    if (marker) {
      // Numbered paragraphs ("1. The leaders ...") stay paragraphs; bullets and letters are list items.
      const numbered = marker[5] !== undefined || marker[6] !== undefined
      const type: BlockType = numbered && text.length > shortLine ? 'paragraph' : 'listItem'
      return { ...base, type, marker: marker[0].trim(), textStart: marker[0].length }
    }
    if (
      candidate.lines === 1 &&
      (isHeadingLike(text) || (text.length <= longestTitle && provisionHeading.test(text)))
    ) {
      return { ...base, type: 'heading', depth: 2 }
    }
  }
  return base
}

function isBody(block: Classified): boolean {
  return block.type === 'paragraph' || block.type === 'listItem'
}

/**
 * Give each candidate its role: boilerplate by rule, then headings, list items
 * and paragraphs; a short line repeated from earlier is boilerplate; before the
 * body, the first short line is the title and place/date lines are datelines;
 * after it, the trailing short lines are the signature when one of them
 * carries a date or a signing formula ("Done at ...", "For the Secretariat:").
 */
export function classify(
  candidates: Candidate[],
  mapped: MappedText[],
  readDate: DateProbe,
): Classified[] {
  const blocks = candidates.map((candidate, i) => classifyOne(candidate, mapped[i]!))
  markLinkLists(blocks)
  markRunningLines(blocks)
  markRepeated(blocks)
  markRelated(blocks)
  markFront(blocks, readDate)
  markHeadingRuns(blocks)
  markSignature(blocks, readDate)
  return blocks
}

/** A generated list of links ("X wikipedia , lookup" three times or more) is navigation. */
function markLinkLists(blocks: Classified[]): void {
  const texts = blocks.map((block) => (block.type === 'boilerplate' ? '' : block.mapped.text))
  for (const index of linkListRuns(texts)) {
    Object.assign(blocks[index]!, {
      type: 'boilerplate',
      reason: 'navigation',
      marker: undefined,
      depth: undefined,
    })
  }
}

/** A run of this many short lines read as headings is a list of lines, whatever follows it. */
const longestHeadingRun = 6

/**
 * Headings head something: a run of short lines read as headings, with no text between
 * them, is a list of lines (items, names, verses), not headings, when it is long or when
 * no text follows it. A short stack above text ("Item 4.2", its title, "Decisions")
 * stays. Markdown headings and the title stay.
 */
function markHeadingRuns(blocks: Classified[]): void {
  const isLineHeading = (block: Classified | undefined) =>
    block !== undefined && block.type === 'heading' && !block.candidate.syntax && block.depth !== 1
  for (let start = 0; start < blocks.length; start++) {
    if (!isLineHeading(blocks[start])) continue
    let end = start
    while (isLineHeading(blocks[end + 1])) end++
    const next = blocks.slice(end + 1).find((block) => block.type !== 'boilerplate')
    const headsText = next !== undefined && isBody(next)
    if (end - start + 1 >= longestHeadingRun || (end - start >= 2 && !headsText)) {
      for (let i = start; i <= end; i++)
        Object.assign(blocks[i]!, { type: 'paragraph', depth: undefined })
    }
    start = end
  }
}

/** A short line printed three times or more (a running header or footer of a PDF) is furniture. */
function markRunningLines(blocks: Classified[]): void {
  const counts = new Map<string, number>()
  for (const block of blocks) {
    if (block.candidate.lines === 1 && block.mapped.text.length <= 120) {
      counts.set(block.mapped.text, (counts.get(block.mapped.text) ?? 0) + 1)
    }
  }
  for (const block of blocks) {
    if (
      block.type !== 'boilerplate' &&
      block.candidate.lines === 1 &&
      (counts.get(block.mapped.text) ?? 0) >= 3
    ) {
      Object.assign(block, {
        type: 'boilerplate',
        reason: 'page',
        marker: undefined,
        depth: undefined,
      })
    }
  }
}

/**
 * A short block repeated from earlier is furniture (a footer printed twice, a title
 * printed again) when it stands outside the body, before its first or after its
 * last long paragraph, and its run of repeats is not set among other short lines
 * of text (a refrain in a closing verse is text).
 */
function markRepeated(blocks: Classified[]): void {
  const long = (block: Classified) => isBody(block) && block.mapped.text.length > shortLine
  const first = blocks.findIndex(long)
  const last = blocks.findLastIndex(long)
  const seen = new Set<string>()
  const repeated = blocks.map((block, index) => {
    const key = block.mapped.text
    if (block.type === 'boilerplate' || block.type === 'listItem' || key.length > 300) return false
    const again = seen.has(key) && (first === -1 || index < first || index > last)
    seen.add(key)
    return again
  })
  const isText = (index: number) => {
    const block = blocks[index]
    return block !== undefined && block.type !== 'boilerplate' && !repeated[index] && !long(block)
  }
  for (let start = 0; start < blocks.length; start++) {
    if (!repeated[start]) continue
    let end = start
    while (repeated[end + 1]) end++
    if (!isText(start - 1) && !isText(end + 1)) {
      for (let i = start; i <= end; i++)
        Object.assign(blocks[i]!, { type: 'boilerplate', reason: 'repeated' })
    }
    start = end
  }
}

/** The list after a "Related news" line is furniture too, up to the next longer block. */
function markRelated(blocks: Classified[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (
      block.type !== 'boilerplate' ||
      block.reason !== 'navigation' ||
      !/^(?:related|see also|more|latest|most|read)/i.test(block.mapped.text)
    ) {
      continue
    }
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!
      if (next.type === 'boilerplate') continue
      if (next.type !== 'listItem' || next.mapped.text.length > shortLine) break
      Object.assign(next, { type: 'boilerplate', reason: 'navigation', marker: undefined })
    }
  }
}

function isShortLine(block: Classified): boolean {
  return block.candidate.lines <= 2 && block.mapped.text.length <= shortLine
}

function markSignature(blocks: Classified[], readDate: DateProbe): void {
  const tail: Classified[] = []
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!
    const text = block.mapped.text
    if (block.type === 'boilerplate') {
      // Furniture after the signature is skipped; a "Date: ..." line belongs to it.
      if (block.reason === 'publication' && /^(?:date|place)\s*:/i.test(text)) tail.push(block)
      else if (tail.length > 0) break
      continue
    }
    if (block.candidate.syntax === 'heading' || block.marker || block.type === 'dateline') break
    // A full sentence belongs to the signature only as a dated signing formula ("Adopted in Istanbul on 22 June 2025.").
    const signing =
      isPlaceDateLine(text, readDate) || (signatureLead.test(text) && readDate(text) !== undefined)
    if (!isShortLine(block) || (/[.;]$/.test(text) && !signing)) break
    tail.push(block)
  }
  const body = blocks.filter(isBody).length - tail.filter(isBody).length
  if (body === 0) return
  if (
    tail.some(
      (block) =>
        signatureLead.test(block.mapped.text) || isPlaceDateLine(block.mapped.text, readDate),
    )
  ) {
    for (const block of tail)
      Object.assign(block, { type: 'signature', depth: undefined, reason: undefined })
  }
}
