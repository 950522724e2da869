import { functionWords } from '../../data/name-words.js'
import { type DateCandidate, type DateParser, formatRange } from './date-candidate.js'

// A four-digit number is a year unless its context makes it something else: a count or
// an amount ("some 2000 troops", "USD 2000"), a number in a symbol or a reference
// ("resolution 2231", "A/78/2023", "CM(2025)188", "No. 2021"), a decade ("the 1990s") or a
// part of an era word ("pre-1967", "post-2015"). The year in brackets after a resolution's
// number is part of its reference ("resolution 1860 (2009)", "Press Release (2023) 001"), as
// the real pages have it. Years of documents are dates ("Vision 2030", "the 1991 Joint
// Declaration"); the target year that names an agenda is not ("the 2030 Agenda", "Agenda
// 2063"), nor a year inside a lower-case name ("coronavirus disease 2019 pandemic").
// Numbers outside 1900-2100 need a preposition of time ("since 1648").

/** Words after which a year is a time: "in 2021", "by 2030", "the end of 2025". */
const timeWords = new Set(
  (
    'in by since until till through throughout from before after during of for between ' +
    'beyond towards toward circa year years early late mid end beginning start spring summer ' +
    'autumn fall winter as q1 q2 q3 q4 h1 h2 fiscal'
  ).split(' '),
)

/** Words after which a number is a reference or a sum, even in a range ("pp. 1995-2010"). */
const referenceWords = new Set(
  (
    'no nos number numbers resolution resolutions decision decisions article articles paragraph ' +
    'paragraphs para section sections rule rules chapter chapters page pages p pp annex annexes ' +
    'item items table figure fig tel fax phone code box room route flight usd us eur rmb cny ' +
    'inr rub yuan dollars euros'
  ).split(' '),
)

/** Words after which a single number is an amount ("some 2000"), but a range a period ("over 2026-2028"). */
const amountWords = new Set(
  (
    'than over some about approximately nearly almost around exceeding least total additional ' +
    'another further only'
  ).split(' '),
)

/** Words before which a number is a count or a measure: "2000 people", "1950 km". */
const unitWords = new Set(
  (
    'people persons staff personnel police troops soldiers km kilometres kilometers miles ' +
    'metres meters tons tonnes hectares mw kw gw mt kg cubic square strong times per hours ' +
    'feet participants delegates members cases million billion trillion thousand hundred'
  ).split(' '),
)

/** Function words and verbs ending in s that may follow a year ("2025 as", "2023 was"). */
const sWords = new Set('as is was has this its thus us towards plus'.split(' '))

/** Plural nouns that follow years: "below 2005 levels", "2024 elections". */
const yearNouns = new Set('levels elections prices figures rates targets'.split(' '))

const determiners = new Set('the its their our this that his her whose these those'.split(' '))

function previousWord(text: string, at: number): string | undefined {
  return /(\p{L}[\p{L}\d]*)\.?\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]
}

function nextWord(text: string, at: number): string | undefined {
  return /^\s+(\p{L}+)/u.exec(text.slice(at, at + 30))?.[1]
}

/** Whether the characters around a number make it part of something else. */
function isGlued(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 6), from)
  const after = text.slice(to, to + 3)
  if (/[\p{L}\d$€£¥#№/\\_]$|[\p{L}\d][.,:]$|(?:^|[^\p{L}\d])\d+\s+$/u.test(before)) return true
  // "2026–2028" read as two numbers: the second is the end of a range, not a year alone.
  if (/\d\s*[-‐–—]\s*$/.test(before)) return true
  if (/\p{L}[-‐–]$/u.test(before) && !/(?:^|\P{L})mid[-‐–]$/iu.test(before)) return true
  // "CM(2025)188", "GR-DEM(2025)17": a year in brackets glued to a symbol is part of it.
  if (/[\p{L}\d]\($/u.test(before) || /^\)[\p{L}\d]/u.test(after)) return true
  return /^(?:[\p{L}\d%°/\\_]|[.,:‐–-]\d|['’]s)/u.test(after)
}

/**
 * "resolution 1860 (2009)", "Press Release (2023) 001": a year in brackets after a number or
 * before one is part of a reference; "the 2030 Agenda", "Agenda 2063" name an agenda.
 */
function inReference(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 12), from)
  const after = text.slice(to, to + 12)
  if (/\($/.test(before) && /^\)/.test(after)) {
    if (/\d\s*\($/.test(before) || /^\)\s*\d/.test(after) || /Release\s*\($/.test(before))
      return true
  }
  return /^\s+Agenda\b/.test(after) || /\bAgenda\s+$/.test(before)
}

/** "no later than 2030": "than" after these makes a time, not an amount. */
const timeThan = /\b(?:later|earlier|sooner)\s+than\s+$/i

/** Whether the word before a number makes it a time: "in 2021", "no later than 2030". */
function isTimeWord(text: string, from: number, word: string | undefined): boolean {
  if (word === undefined) return false
  if (word === 'than') return timeThan.test(text.slice(Math.max(0, from - 20), from))
  return timeWords.has(word)
}

/**
 * Whether a four-digit number at `[from, to)` (`to` after a range's last year) is a year,
 * or the start of a range (`range`).
 */
function isYear(text: string, from: number, to: number, value: number, range: boolean): boolean {
  if (isGlued(text, from, to) || inReference(text, from, to)) return false
  const before = previousWord(text, from)
  const lower = before?.toLowerCase()
  const after = nextWord(text, to)
  const timed = isTimeWord(text, from, lower)
  if (lower && referenceWords.has(lower)) return false
  if (lower && amountWords.has(lower) && !timed && !range) return false
  if (after && unitWords.has(after.toLowerCase())) return false
  // "1445 AH", "1445 H": a year of the Hijri calendar, not of the Gregorian one.
  if (after && /^(?:AH|H|Hijri|SH)$/.test(after)) return false
  const determined = lower !== undefined && determiners.has(lower)
  if (value < 1900 || value > 2100) return timed && (!after || /^\p{Lu}/u.test(after))
  if (timed || determined || !after || /^\p{Lu}/u.test(after)) return true
  if (yearNouns.has(after.toLowerCase())) return true
  // "coronavirus disease 2019 pandemic": a year between two nouns of a lower-case name.
  if (lower && lower === before && !functionWords.has(lower) && !functionWords.has(after)) {
    if (!/(?:ed|ing)$/.test(lower) && !/s$/.test(after)) return false
  }
  // "deploy 2000 troops": a lower-case plural noun after a bare number makes it a count.
  return !(after.length > 2 && /s$/.test(after) && !sWords.has(after.toLowerCase()))
}

const yearToken = /(?<!\d)(1\d{3}|2[01]\d{2})(?!\d)/g
const rangeTail = /^(?:\s*([-‐–—/])\s*|\s+(?:to|until|till|through|and)\s+)(\d{4}|\d{2})(?!\d)/

/** The end of a year range after the year ending at `at`: "2024-2025", "2024–25", "2025 to 2027". */
function rangeEnd(
  text: string,
  at: number,
  start: number,
): { end: number; to: number } | undefined {
  const tail = rangeTail.exec(text.slice(at, at + 16))
  if (!tail) return undefined
  const written = tail[2]!
  const end =
    written.length === 2 ? Math.floor(start / 100) * 100 + Number(written) : Number(written)
  if (end <= start || end - start > 100) return undefined
  // A slash joins only consecutive years: "2021/2022", "2024/25" (not "2023/648").
  if (tail[1] === '/' && end !== start + 1) return undefined
  // "and" joins a range only after "between": "in 2019 and 2020" is two years.
  if (/^\s+and\s/.test(tail[0]) && previousWord(text, at - 4)?.toLowerCase() !== 'between') {
    return undefined
  }
  // A dash before two digits is a range only for the next years: "2024-25", not "2024-10".
  if (written.length === 2 && (end - start > 10 || /\s/.test(tail[0]))) return undefined
  return { end, to: at + tail[0].length }
}

/** Bare years and year ranges: "in 2021", "by 2030", "2024-2025", "from 2025 to 2027". */
export const findYearDates: DateParser = {
  name: 'years',
  find(text) {
    const found: DateCandidate[] = []
    let after = 0
    for (const match of text.matchAll(yearToken)) {
      if (match.index < after) continue
      const start = Number(match[1])
      let from = match.index
      let to = from + 4
      const range = rangeEnd(text, to, start)
      if (range && isYear(text, from, range.to, start, true)) {
        const between = /\bbetween\s+$/i.exec(text.slice(Math.max(0, from - 12), from))
        if (between) from -= between[0].length
        to = range.to
        const value = formatRange(String(start), String(range.end))
        found.push({ from, to, meaning: { kind: 'absolute', value } })
      } else if (isYear(text, from, to, start, false)) {
        found.push({ from, to, meaning: { kind: 'absolute', value: String(start) } })
      }
      after = to
    }
    return found
  },
}
