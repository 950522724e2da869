import { kindNamed } from '../data/kind-words.js'
import { organizationHeads } from '../data/name-words.js'
import { lookUp } from '../extract/names/gazetteer.js'
import type { Classified } from './classified.js'
import type { DateProbe } from './line-shapes.js'
import { isHeadingLike, isPlaceDateLine, longestTitle } from './line-shapes.js'

// The front of a text: the lines before its body. One of them is the title; the lines
// above the title are a page's masthead (site name, slogan, section, date of the day,
// database header) unless they name the issuing body; place/date lines are datelines.

/** A field label before a value: "[Title] ...", "Subject: ...", "Title: ...". */
export const fieldLabel = /^(?:\[\s*\p{L}[\p{L} ]{0,20}\]|(?:title|subject|headline)\s*[:：])\s*/iu
/** A database record's field label: "[Title]", "[Date]", "[Source]". */
const recordField = /^\[\s*\p{L}[\p{L} ]{0,20}\]/u
/** Names of media outlets above a title (a newspaper's or an agency's masthead). */
const outletWord =
  /\b(?:news|agency|herald|times|post|daily|tribune|gazette|journal|radio|tv|television|broadcasting|online|press|media|magazine)\b/i

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
}

/** Prose: enough words, and many of them in lower case (a sentence, not a list of names). */
export function isProse(text: string): boolean {
  const all = words(text)
  if (all.length < 8) return false
  const lower = all.filter((word) => /^\p{Ll}/u.test(word)).length
  return lower / all.length >= 0.3
}

/** Where the body starts: the first paragraph or item that reads as prose and ends a clause or runs long. */
export function bodyStart(blocks: Classified[]): number {
  return blocks.findIndex((block) => {
    if (block.type !== 'paragraph' && block.type !== 'listItem') return false
    return startsBody(block.mapped.text)
  })
}

/** Prose that ends a clause or runs long, or a short sentence ("The Parties agreed to cooperate."). */
export function startsBody(text: string): boolean {
  if (isProse(text) && (/[.;:,]["”’)]*$/.test(text) || text.length > 300)) return true
  const all = words(text)
  return (
    /^\p{Lu}/u.test(text) &&
    /\p{Ll}{2}[.;:]["”’)]*$/u.test(text) &&
    all.length >= 3 &&
    all.slice(1).some((word) => /^\p{Ll}{3,}/u.test(word))
  )
}

/** A line that names an issuing body ("United Nations", "Security Council", "AFRICAN UNION"), not a media outlet. */
function namesBody(line: string): boolean {
  // A letterhead run into one line: its head names the body.
  const text = line.length > 200 ? line.slice(0, 80) : line
  if (outletWord.test(text)) return false
  const titled = words(text).map((word) =>
    word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word,
  )
  if (titled.some((word) => organizationHeads.has(word))) return true
  return lookUp(text.replace(/^the\s+/i, ''))?.type === 'body'
}

/** Whether a short line names a country or a city ("Brussels, 27 June 2024"). */
export function namesPlace(text: string): boolean {
  return text.split(/\s*[,;|()–—]\s*|\s+-\s+/).some((part) => {
    const name = part.replace(/\d.*$/, '').trim()
    return name.length > 1 && lookUp(titleCase(name))?.type === 'place'
  })
}

function titleCase(text: string): string {
  return text === text.toUpperCase()
    ? text.replace(/\p{L}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase())
    : text
}

/** A wire dateline without a date on a line of its own: "JAKARTA, INDONESIA". */
function isPlaceLine(text: string): boolean {
  if (text.length > 60 || text !== text.toUpperCase() || !/^\p{Lu}/u.test(text)) return false
  const parts = text.split(/\s*,\s*/)
  return parts.length <= 3 && parts.every((part) => namesPlace(part))
}

/** A candidate for the title: a short line that is not a sentence, a date line or a list item. */
function isTitleCandidate(block: Classified, readDate: DateProbe): boolean {
  const text = block.mapped.text.replace(fieldLabel, '')
  if (block.type !== 'heading' && block.type !== 'paragraph') return false
  if (block.marker || block.candidate.lines > 3 || text.length > longestTitle) return false
  // A line ending in a colon leads into what follows ("The Council decided to:").
  if (/[.,;]$/.test(text) || /\p{Ll}:$/u.test(text) || /\p{Ll}{2}[.!?] \p{Lu}/u.test(text))
    return false
  if (!words(text).some((word) => /\p{L}{3}/u.test(word))) return false
  if (isPlaceDateLine(text, readDate)) return false
  return true
}

/** A kind and a number, not a title: "Press Release No. 25/438", "PRESSE 490". */
function isLabelLine(text: string): boolean {
  const rest = text
    .replace(/\b(?:press|news|media)\s+release\b/gi, ' ')
    .split(/\s+/)
    .filter(Boolean)
  return (
    rest.length > 0 &&
    rest.length < text.split(/\s+/).length &&
    rest.every((word) => /^(?:no\.?|n[°º]|#|\d[\d/.-]*)$/i.test(word))
  )
}

/** A news headline: at least four words, one of them a lower-case word (a verb, a preposition). */
function isHeadline(text: string): boolean {
  const all = words(text)
  return (
    all.filter((word) => /\p{L}{2}/u.test(word)).length >= 4 &&
    all.some((word) => /^\p{Ll}{2,}/u.test(word))
  )
}

/**
 * Choose the title among the front lines (the first that names a kind of document, else
 * the first headline, else the first short line), make the lines above it masthead
 * furniture, and make place/date lines datelines.
 */
export function markFront(blocks: Classified[], readDate: DateProbe): void {
  const start = bodyStart(blocks)
  const end = start === -1 ? blocks.length : start
  const front: Classified[] = []
  for (let i = 0; i < end; i++) {
    const block = blocks[i]!
    if (block.type === 'boilerplate') continue
    if (block.candidate.syntax === 'heading') {
      front.push(block)
      continue
    }
    if (block.marker && block.type === 'listItem') {
      front.push(block)
      continue
    }
    if (isPlaceDateLine(block.mapped.text, readDate) || isPlaceLine(block.mapped.text)) {
      Object.assign(block, { type: 'dateline', depth: undefined })
      continue
    }
    front.push(block)
  }
  const markdownTitle = front.find(
    (block) => block.candidate.syntax === 'heading' && block.depth === 1,
  )
  const candidates = front.filter((block) => isTitleCandidate(block, readDate))
  const title =
    markdownTitle ??
    candidates.find(
      (block) =>
        fieldLabel.test(block.mapped.text) &&
        /^(?:\[\s*title|title|subject|headline)/i.test(block.mapped.text),
    ) ??
    candidates.find((block) => {
      const text = block.mapped.text.replace(fieldLabel, '')
      return kindNamed(text) && !isLabelLine(text)
    }) ??
    candidates.find((block) => isHeadline(block.mapped.text)) ??
    candidates.find((block) => isHeadingLike(block.mapped.text, longestTitle))
  if (!title) return
  const titleIndex = blocks.indexOf(title)
  const record = blocks
    .slice(0, titleIndex + 1)
    .some((block) => recordField.test(block.mapped.text))
  for (let i = 0; i < titleIndex; i++) {
    const block = blocks[i]!
    if (block.type === 'boilerplate') continue
    if (block.candidate.syntax && block.candidate.syntax !== 'paragraph') continue
    if (block.type === 'dateline') {
      // A date above the title without a place is the page's (the day's, an archive's,
      // a posting line): a publication line.
      if (!namesPlace(block.mapped.text))
        Object.assign(block, { type: 'boilerplate', reason: 'publication' })
      continue
    }
    if (!record && namesBody(block.mapped.text)) continue
    Object.assign(block, {
      type: 'boilerplate',
      reason: 'masthead',
      marker: undefined,
      depth: undefined,
    })
  }
  Object.assign(title, { type: 'heading', depth: 1, marker: undefined })
  for (const block of front) {
    if (block === title || block.type !== 'paragraph' || block.candidate.syntax) continue
    if (blocks.indexOf(block) > titleIndex && isHeadingLike(block.mapped.text))
      Object.assign(block, { type: 'heading', depth: 2 })
  }
}
