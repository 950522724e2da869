// The English-only entry: it loads in a fifth of the time of the all-locales one.
import type * as chronoTypes from 'chrono-node'
import * as chrono from 'chrono-node/en'
import {
  type CalendarDay,
  type DateCandidate,
  type DateMeaning,
  type DateParser,
  formatDay,
  formatMonth,
  formatRange,
  isRealDay,
} from './date-candidate.js'
import { mayNameMonth, monthNumber } from './month-names.js'

// chrono-node's parsers that read calendar dates as written ("3 June 2021", "June 3, 2021",
// "2021-06-03", "12.02.2025" day first, "15-16 October 2024", "30 September to 2 October").
// Its weekday, time and casual parsers are left out: weekdays and relative words need the
// document's date and the sentence's tense (find-dates-relative.ts), times are not dates.
const leftOut = new Set([
  'ENWeekdayParser',
  'ENTimeExpressionParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  // "2025 may": a year before a lower-case month name is too often a year before a verb.
  'ENYearMonthNameParser',
])

/** The parser of numeric dates ("12.02.2025", "03/06/2021") that reads them day first. */
function dayFirstNumbers(): chronoTypes.Parser | undefined {
  return chrono.configuration
    .createConfiguration(true, true)
    .parsers.find((parser) => parser.constructor.name === 'SlashDateFormatParser')
}

function calendarChrono(): chrono.Chrono {
  // Month-first for names ("October 16" is a day, not October '16), day-first for numbers.
  const configuration = chrono.configuration.createConfiguration(true, false)
  const numbers = dayFirstNumbers()
  configuration.parsers = configuration.parsers
    .filter((parser) => !leftOut.has(parser.constructor.name))
    .map((parser) =>
      numbers && parser.constructor.name === 'SlashDateFormatParser' ? numbers : parser,
    )
  return new chrono.Chrono(configuration)
}

const calendar = calendarChrono()
/** chrono needs a reference; only values it marks certain are used, so any fixed day does. */
const reference = new Date(2000, 0, 1, 12)

type Components = chronoTypes.ParsedResult['start']

function partOf(components: Components) {
  return {
    year: components.isCertain('year') ? components.get('year') : null,
    month: components.isCertain('month') ? components.get('month') : null,
    day: components.isCertain('day') ? components.get('day') : null,
  }
}

/** The year of a range's start when only its end gives one ("30 September to 2 October 2024"). */
function startYear(startMonth: number, endYear: number, endMonth: number): number {
  return startMonth > endMonth ? endYear - 1 : endYear
}

function meaningOf(result: chronoTypes.ParsedResult): DateMeaning | undefined {
  const start = partOf(result.start)
  const end = result.end ? partOf(result.end) : undefined
  if (start.month === null) return undefined
  if (start.day === null) {
    if (start.year === null || end) return undefined
    return { kind: 'absolute', value: formatMonth(start.year, start.month) }
  }
  const endMonth = end?.month ?? start.month
  const endDay = end?.day ?? undefined
  const year = start.year ?? (end?.year ? startYear(start.month, end.year, endMonth) : null)
  if (year === null) {
    const meaning: DateMeaning = { kind: 'day-month', month: start.month, day: start.day }
    if (endDay !== undefined) return { ...meaning, endMonth, endDay }
    return meaning
  }
  const first: CalendarDay = { year, month: start.month, day: start.day }
  if (!isRealDay(first)) return undefined
  if (endDay === undefined) return { kind: 'absolute', value: formatDay(first) }
  const last: CalendarDay = {
    year: end?.year ?? (endMonth < start.month ? year + 1 : year),
    month: endMonth,
    day: endDay,
  }
  if (!isRealDay(last) || formatDay(last) < formatDay(first)) return undefined
  return { kind: 'absolute', value: formatRange(formatDay(first), formatDay(last)) }
}

/** Words that may lead chrono's match but are not part of the date ("on 3 June"). */
const lead = /^(?:(?:on|from|at|the)\s+)+/i

/** Whether chrono's match is written the way dates are written in running text. */
function isWritten(text: string, result: chronoTypes.ParsedResult): boolean {
  for (const word of text.match(/\p{L}+\.?/gu) ?? []) {
    // A month in lower case is a verb or a word ("Article 5 may", "the 3 march").
    if (monthNumber(word) !== undefined && !/^\p{Lu}/u.test(word)) return false
  }
  // A two-digit year ("3 June 21") is too often a count that follows a date.
  if (result.start.isCertain('year') && !/\d{4}/.test(text)) return false
  // Numbers only (12.02.2025) must give a year: "24/7" and "1/2" are not dates.
  if (!/\p{L}/u.test(text) && !result.start.isCertain('year')) return false
  return true
}

/** A number glued to a symbol or a word is part of it: "A/RES/2021/12", "No.12.02.2025". */
function isInsideSymbol(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 2), from)
  const after = text.slice(to, to + 2)
  return /[\p{L}\d/]$|[\p{L}\d][./-]$/u.test(before) || /^[\p{L}\d/]|^[./-]\d/u.test(after)
}

/** "15 March as the International Day", "24 June every year": a day of every year, not a date. */
function isRecurring(text: string, from: number, to: number): boolean {
  if (/^\s+(?:as\b|(?:of )?(?:each|every) year\b)/i.test(text.slice(to, to + 16))) return true
  return /\b(?:every year|each year|annually)\s+on\s+$/i.test(
    text.slice(Math.max(0, from - 24), from),
  )
}

/**
 * "on 7 and 8 June 2024", "between 1 and 3 July": a pair of days written before one month
 * is a range when the days follow each other or "between" joins them; chrono reads only
 * the second day.
 */
function withDayBefore(text: string, candidate: DateCandidate): DateCandidate {
  const pair = /(?<![\d.,])(between\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$/i.exec(
    text.slice(Math.max(0, candidate.from - 20), candidate.from),
  )
  const { meaning } = candidate
  if (!pair) return candidate
  const from = candidate.from - pair[0].length
  const first = Number(pair[2])
  const joins = (day: number) => (pair[1] ? first < day : first + 1 === day)
  if (meaning.kind === 'day-month' && meaning.endDay === undefined && joins(meaning.day)) {
    const range = { ...meaning, day: first, endMonth: meaning.month, endDay: meaning.day }
    return { from, to: candidate.to, meaning: range }
  }
  if (meaning.kind !== 'absolute') return candidate
  const day = /^(\d{4}-\d{2}-)(\d{2})$/.exec(meaning.value)
  if (!day || !joins(Number(day[2]))) return candidate
  const start = `${day[1]}${String(first).padStart(2, '0')}`
  return {
    from,
    to: candidate.to,
    meaning: { kind: 'absolute', value: formatRange(start, meaning.value) },
  }
}

/** Explicit calendar dates and ranges, read by chrono-node one sentence at a time. */
export const findCalendarDates: DateParser = {
  name: 'calendar',
  find(text) {
    // chrono-node is the costliest parser: only sentences with a number beside a month name
    // or between separators ("2021-06-03", "12.02.2025") can hold what it reads.
    if (!/\d/.test(text) || !(mayNameMonth(text) || /\d[-./]\d/.test(text))) return []
    const found: DateCandidate[] = []
    for (const result of calendar.parse(text, reference)) {
      const trimmed = lead.exec(result.text)?.[0].length ?? 0
      const from = result.index + trimmed
      const to = result.index + result.text.trimEnd().replace(/[,.]$/, '').length
      const written = text.slice(from, to)
      if (!isWritten(written, result) || isInsideSymbol(text, from, to)) continue
      const meaning = meaningOf(result)
      if (!meaning || (meaning.kind === 'day-month' && isRecurring(text, from, to))) continue
      found.push(withDayBefore(text, { from, to, meaning }))
    }
    return found
  },
}
