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

function isHeadingLike(text: string): boolean {
  if (text.length > shortLine || /[.,;:]$/.test(text)) return false
  const words = text.split(' ')
  if (words.length > 25) return false
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
    if (candidate.lines === 1 && isHeadingLike(text)) return { ...base, type: 'heading', depth: 2 }
  }
  return base
}

function isBody(block: Classified): boolean {
  return block.type === 'paragraph' || block.type === 'listItem'
}

/**
 * Give each candidate its role: boilerplate by rule, then headings, list items
 * and paragraphs; a short line repeated from earlier is boilerplate; the short
 * lines after the last body block are the signature when one of them carries a
 * date or a place line ("Done at ...").
 */
export function classify(
  candidates: Candidate[],
  mapped: MappedText[],
  hasDate: (text: string) => boolean,
): Classified[] {
  const blocks = candidates.map((candidate, i) => classifyOne(candidate, mapped[i]!))
  const seen = new Set<string>()
  for (const block of blocks) {
    const key = block.mapped.text
    if (block.type !== 'boilerplate' && block.type !== 'listItem' && key.length <= 300) {
      if (seen.has(key)) Object.assign(block, { type: 'boilerplate', reason: 'repeated' })
      seen.add(key)
    }
  }
  markSignature(blocks, hasDate)
  // A document with a title but no other heading level: the title is depth 1.
  const firstHeading = blocks.find((block) => block.type === 'heading')
  if (
    firstHeading &&
    !firstHeading.candidate.syntax &&
    blocks.indexOf(firstHeading) <= firstBodyIndex(blocks)
  ) {
    firstHeading.depth = 1
  }
  return blocks
}

function firstBodyIndex(blocks: Classified[]): number {
  const index = blocks.findIndex(isBody)
  return index === -1 ? blocks.length : index
}

function isClosingLine(block: Classified): boolean {
  const text = block.mapped.text
  return (
    block.candidate.syntax === 'paragraph' && text.length <= shortLine && !/[.!?;:,]$/.test(text)
  )
}

const signatureLead = /^(?:done|signed|adopted|issued|made|approved)\b(?: (?:at|in|on))?/i

function markSignature(blocks: Classified[], hasDate: (text: string) => boolean): void {
  let lastBody = -1
  for (let i = 0; i < blocks.length; i++) if (isBody(blocks[i]!)) lastBody = i
  if (lastBody === -1) return
  // In Markdown every line is a paragraph: up to four short closing lines without
  // final punctuation ("Kazan, 23 October 2024") may be the signature as well.
  for (let n = 0; n < 4 && isClosingLine(blocks[lastBody]!); n++) {
    let previous = lastBody - 1
    while (previous >= 0 && !isBody(blocks[previous]!)) previous--
    if (previous === -1) break
    lastBody = previous
  }
  const tail: Classified[] = []
  for (let i = lastBody + 1; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.type === 'boilerplate') {
      if (tail.length > 0) break
      continue
    }
    if (block.mapped.text.length > shortLine || block.candidate.syntax === 'heading') break
    tail.push(block)
  }
  // The last body block may itself be a "Done at Astana, 4 July 2024" line.
  const last = blocks[lastBody]!
  if (
    signatureLead.test(last.mapped.text) &&
    last.mapped.text.length <= shortLine &&
    hasDate(last.mapped.text)
  ) {
    tail.unshift(last)
  }
  if (tail.some((block) => hasDate(block.mapped.text) || signatureLead.test(block.mapped.text))) {
    for (const block of tail) Object.assign(block, { type: 'signature', depth: undefined })
  }
}
