import type { BoilerplateReason } from '../model/document.js'

// Page furniture recognised by the shape of a line, not by one site's words: a line of
// symbols, a link, a counter, a language switch, a date with a time of day, an ID, a
// breadcrumb, a field label with nothing after it, a "page X of Y".

const letters = /\p{L}{2}/u
const url =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|int|gov|edu|info|pdf|html?|php|aspx?)(?:\/\S*)?/giu
const timeOfDay = /\b\d{1,2}:\d{2}(?::\d{2})?\b/
/** A number and what it counts: "0 views", "259 Views", "4 minute read", "2 min read". */
const counter =
  /^(?:\p{L}+\s+)?\d[\d,.]*\s*(?:views?|downloads?|comments?|shares?|likes?|reads?|(?:min(?:ute)?s?\.?\s+)read)$/iu
/** A date or time and nothing else but a weekday, a zone and separators. */
const dateTimeWords =
  /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:[ap]\.?m\.?|utc|gmt|cet|cest|est|edt|ist|kst|jst|msk)\b|[+-]\d{2}:?\d{2}|\d+(?:st|nd|rd|th)?|\b(?:of|at|on)\b/giu
const pageOf = /\bpage\s*\d{1,4}\s*(?:of|\/)\s*\d{1,4}\b/i

/** A corpus or feed header giving the date: "date 2024-06-28". */
const isoHeader = /^(?:date|dated|updated|published)\s*(?::\s*)?\d{4}-\d{2}-\d{2}$/i
const monthName =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/i

/**
 * A byline or posting line cut into fields ("September 5th, 2023 • Author: X • 4 minute
 * read", "Politics | 17 June 2021"): short fields, one of them a date.
 */
function isDatedByline(text: string): boolean {
  if (text.length > 160) return false
  const fields = text.split(/\s*[•|·]\s*/).filter(Boolean)
  return (
    fields.length >= 2 &&
    fields.some((field) => monthName.test(field)) &&
    fields.every((field) => field.length <= 60 && !/[.!?]$/.test(field))
  )
}

/** Scripts of a line's words (Latin, Cyrillic, Arabic, Han, ...). */
function scripts(text: string): Set<string> {
  const found = new Set<string>()
  for (const [name, pattern] of scriptPatterns) if (pattern.test(text)) found.add(name)
  return found
}
const scriptPatterns: Array<[string, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['han', /\p{Script=Han}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['thai', /\p{Script=Thai}/u],
]

/** Whether a line is only a date and a time of day ("10:54 28.06.2024", "Tue, 09/29/2009 - 09:19"). */
export function isDateTimeLine(text: string): boolean {
  if (text.length > 60 || !timeOfDay.test(text) || !/\d{4}|\d{1,2}[./-]\d{1,2}/.test(text))
    return false
  const rest = text
    .replace(timeOfDay, ' ')
    .replace(/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/g, ' ')
    .replace(dateTimeWords, ' ')
    .replace(/[\s,.;:|/()\-–—•·]+/g, '')
  return rest.length === 0
}

/**
 * Segments of a breadcrumb or a menu ("Home > News > 2013 > Title", "A | B | C", "Home / News"):
 * each short and starting with a capital or a digit, none a sentence. A comparison
 * ("growth > 5% and inflation > 3%") has a segment in lower case.
 */
function isTrail(text: string): boolean {
  if (text.length > 250 || /[.!?;]$/.test(text)) return false
  const separator = /\s*[>»›|]\s*|\s+\/\s+/g
  const parts = text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean)
  const separators = (text.match(separator) ?? []).length
  if (parts.length < 2 || separators < 1) return false
  const glued = /\p{Ll}\p{Lu}\p{Ll}/u.test(parts[0] ?? '') // "HomeResourcesNews": link texts run together
  if (separators < 2 && !glued) return false
  return parts.every(
    (part) => part.length <= 80 && /^[\p{Lu}\p{N}]/u.test(part) && !/[.!?] \p{L}/u.test(part),
  )
}

/** The reason a single block is furniture by its shape, or undefined. */
export function furnitureShape(text: string): BoilerplateReason | undefined {
  if (isDateTimeLine(text) || isoHeader.test(text) || isDatedByline(text)) return 'publication'
  // A database record's fields: "[Date] ..." dates the record; "[Source] ...", "[Full text]" are its header.
  const field = /^\[\s*(\p{L}[\p{L} ]{0,20})\]/u.exec(text)
  if (field && text.length <= 160) {
    const name = field[1]!.trim().toLowerCase()
    if (name === 'date' || name === 'dated') return 'publication'
    if (name !== 'title') return 'masthead'
  }
  if (!letters.test(text)) {
    if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(text)) return 'publication'
    return /^[\d\s/.-]+$/.test(text) ? 'reference' : 'navigation'
  }
  if (text.length <= 40 && counter.test(text)) return 'counter'
  if (text.length <= 40 && pageOf.test(text)) return 'page'
  if (text.length <= 120 && scripts(text).size >= 3 && text.split(/\s+/).length >= 3)
    return 'language'
  const links = text.match(url)
  if (links && text.length <= 250) {
    const linked = links.reduce((sum, link) => sum + link.length, 0)
    if (linked / text.replace(/\s/g, '').length >= 0.4 && !/[.!?]\s+\p{Lu}/u.test(text))
      return 'navigation'
  }
  if (isTrail(text)) return 'navigation'
  return undefined
}

/** The last two words of a line, lower-cased: the shared tail of a link list ("... wikipedia , lookup"). */
function tail(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return words.length >= 3 ? words.slice(-2).join(' ') : ''
}

/**
 * Runs of three or more short lines that end with the same two words (a list of links
 * generated by a site: "X wikipedia , lookup") are furniture: the indexes of their blocks.
 */
export function linkListRuns(texts: string[]): number[] {
  // Items that end a clause ("...;", "...."), like a numbered list's, are text.
  texts = texts.map((text) => (/[.;:,]$/.test(text) ? '' : text))
  const out: number[] = []
  let start = 0
  for (let i = 1; i <= texts.length; i++) {
    const key = i < texts.length && (texts[i]?.length ?? 0) <= 120 ? tail(texts[i]!) : ''
    const previous = (texts[start]?.length ?? 0) <= 120 ? tail(texts[start]!) : ''
    if (key && key === previous) continue
    if (i - start >= 3 && previous) for (let j = start; j < i; j++) out.push(j)
    start = i
  }
  return out
}
