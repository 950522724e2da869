import type { MappedText } from '../input/normalize.js'
import type { BlockType, BoilerplateReason } from '../model/document.js'
import { boilerplateReason } from './boilerplate.js'
import type { Candidate } from './candidate.js'

/** A candidate with its analysed text and the role it was given. */
export interface Classified {
  candidate: Candidate
  mapped: MappedText
  type: BlockType
  reason?: BoilerplateReason
  depth?: number
  /** Marker as written ("1.", "(a)", "-") and where the text after it starts. */
  marker?: string
  textStart: number
}

const markerPattern =
  /^(?:([-–—•*▪◦·●])|(\(?[a-z]\))|(\(?[ivxlc]{1,6}\))|([a-z]\.)|(\(?\d{1,3}[.)])|(\d{1,3}\.\d{1,2}\.?))\s/

/** Longest line that can be a heading or a signature line. */
const shortLine = 160
/** Longest title: official titles run long ("Memorandum of Understanding between ..."). */
const longestTitle = 320
/** "Article 5. Entry into force", "Part II", "Annex 1: Terms of reference". */
const provisionHeading =
  /^(?:article|section|part|chapter|annex|appendix|rule|title)\s+(?:\d+|[IVXLC]+)\b[.:\s]*(?:\S+(?:\s\S+){0,11})?$/i

function isHeadingLike(text: string, maxLength = shortLine): boolean {
  if (text.length > maxLength || /[.,;:]$/.test(text)) return false
  const words = text.split(' ')
  if (words.length > (maxLength === shortLine ? 25 : 50)) return false
  if (!/^[\p{Lu}\p{N}"“'‘(]/u.test(text)) return false
  if (text === text.toUpperCase() && /\p{Lu}/u.test(text)) return true
  const content = words.filter((word) => word.length > 3)
  if (content.length === 0) return true
  const capitalised = content.filter((word) => /^[\p{Lu}\p{N}"“(]/u.test(word)).length
  return capitalised / content.length >= 0.6
}

function classifyOne(candidate: Candidate, mapped: MappedText): Classified {
  const text = mapped.text
  const base: Classified = { candidate, mapped, type: 'paragraph', textStart: 0 }
  if (candidate.syntax === 'code' || candidate.syntax === 'html') {
    return { ...base, type: 'boilerplate', reason: 'markup' }
  }
  const reason = boilerplateReason(text)
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

/** Reads a date in a short text; the caller's date reader (chrono, bounded). */
export type DateProbe = (text: string) => { index: number; text: string } | undefined

const signatureLead =
  /^(?:done|signed|adopted|issued|made|approved)\b(?: (?:at|in|on))?|^(?:for|on behalf of) (?:the )?\p{Lu}[^.;]{0,80}:?$|^(?:place|date)\s*:/iu
const timeOfDay = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AP]M|[A-Z]{2,4}))?\b/g

/**
 * A line that only gives a place and a date ("Kuala Lumpur, Malaysia, 9 July 2025",
 * "XI'AN, 16 May 2025", "Done at Astana on 4 July 2024"): at most five words beside
 * the date, each capitalised.
 */
export function isPlaceDateLine(text: string, readDate: DateProbe): boolean {
  if (text.length > 120) return false
  const found = readDate(text)
  if (!found) return false
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.text.length))
    .replace(timeOfDay, ' ')
    .replace(signatureLead, ' ')
    .replace(/\b(?:on|at|in|this|the|day|of)\b/gi, ' ')
    .replace(/[,.;:|()–—\s-]+/g, ' ')
    .trim()
  if (!rest) return true
  // Place names: capitalised words, with a few short particles ("Rio de Janeiro", "Republic of").
  const words = rest.split(' ')
  const particles = words.filter((word) => /^\p{Ll}{1,3}$/u.test(word)).length
  return (
    words.length <= 8 &&
    particles <= 2 &&
    words.every((word) => /^[\p{Lu}'’]|^\p{Ll}{1,3}$/u.test(word))
  )
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
  markRunningLines(blocks)
  markRepeated(blocks)
  markRelated(blocks)
  markFront(blocks, readDate)
  markSignature(blocks, readDate)
  return blocks
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

/** Words that name a document: the title says which kind of text it is. */
const documentKind =
  /\b(?:statement|declaration|communiqu[eé]|resolution|decision|initiative|memorandum|agreement|treaty|report|press release|joint|final|chair(?:man)?['’]s|action plan|plan of action|programme|conclusions|appeal|letter|note)\b/i

/**
 * The blocks before the first body paragraph: place/date lines become datelines,
 * the first short line a heading; of several headings (a masthead: "United Nations",
 * "Security Council", then the title), the title is the first that names a kind of
 * document, else the first.
 */
function markFront(blocks: Classified[], readDate: DateProbe): void {
  const headings: Classified[] = []
  for (const block of blocks) {
    if (block.type === 'boilerplate') continue
    if (block.type === 'heading' && block.candidate.syntax === 'heading') {
      headings.push(block)
      continue
    }
    // A long opening line is a title only when it reads as one: title case, no sentence inside.
    const opening =
      headings.length === 0 &&
      block.candidate.lines <= 3 &&
      block.mapped.text.length <= longestTitle &&
      isHeadingLike(block.mapped.text, longestTitle)
    if (!(isShortLine(block) || opening) || block.marker) break
    if (isPlaceDateLine(block.mapped.text, readDate)) {
      Object.assign(block, { type: 'dateline', depth: undefined })
      continue
    }
    const text = block.mapped.text
    if (block.type === 'paragraph' && (/[.;:,]$/.test(text) || /[.!?] \p{L}/u.test(text))) break
    if (block.type === 'heading' || headings.length === 0) {
      // A headline in sentence case is a title too, when it opens the text.
      Object.assign(block, { type: 'heading' })
      headings.push(block)
    } else break
  }
  const title = headings.find((block) => documentKind.test(block.mapped.text)) ?? headings[0]
  for (const block of headings) {
    if (!block.candidate.syntax) block.depth = block === title ? 1 : 2
  }
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
