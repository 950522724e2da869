import type { DateCandidate, DateParser } from './date-candidate.js'

// Dates that only the document's own date can resolve: days of the week ("on Thursday",
// "last Friday"), "today", "yesterday", "tomorrow", and "last week", "this month",
// "next year". The resolution is in resolve-relative-dates.ts.

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

const shiftOf: Record<string, -1 | 0 | 1> = {
  last: -1,
  next: 1,
  coming: 1,
  this: 0,
  current: 0,
}

const weekdayNames = [...weekdays, ...weekdays.map((day) => day.toUpperCase())].join('|')
const weekdayShift = 'last|next|this|coming|Last|Next|This|Coming|LAST|NEXT|THIS|COMING'
const weekday = new RegExp(
  `(?<![\\p{L}\\d])(?:(${weekdayShift})\\s+)?(${weekdayNames})(?![\\p{L}\\d])`,
  'gu',
)
const dayWord = /(?<![\p{L}\d])(today|yesterday|tomorrow)(?![\p{L}\d])/giu
const dayBefore = /\bthe day before\s+$/i
const dayAfter = /\bthe day after\s+$/i
const period = /(?<![\p{L}\d])(last|next|this|current)\s+(week|month|year)(?![\p{L}\d])/giu

/** Capitalised words that may stand before a weekday without making it a name ("Good Friday"). */
const weekdayLead = new Set(
  (
    'on by since until till from last next this coming published updated posted before after ' +
    'and or early late'
  ).split(' '),
)

function previousWord(text: string, at: number): string | undefined {
  return /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1]
}

/** "Good Friday", "Black Monday": a weekday after a capitalised word is part of a name. */
function isNamedDay(text: string, at: number): boolean {
  const before = previousWord(text, at)
  return before !== undefined && /^\p{Lu}/u.test(before) && !weekdayLead.has(before.toLowerCase())
}

function findWeekdays(text: string, found: DateCandidate[]): void {
  for (const match of text.matchAll(weekday)) {
    const name = match[2]!
    if (isNamedDay(text, match.index)) continue
    const modifier = match[1]?.toLowerCase()
    found.push({
      from: match.index,
      to: match.index + match[0].length,
      meaning: {
        kind: 'weekday',
        weekday: weekdays.findIndex((day) => day.toLowerCase() === name.toLowerCase()) + 1,
        shift: modifier ? shiftOf[modifier]! : null,
      },
    })
  }
}

function findDayWords(text: string, found: DateCandidate[]): void {
  for (const match of text.matchAll(dayWord)) {
    const before = previousWord(text, match.index)?.toLowerCase()
    // "the world of tomorrow", "the lessons of yesterday", "until today": not a day.
    if (before === 'of' || before === 'until' || before === 'till') continue
    // "for a Better Tomorrow": a capitalised day word after a capitalised word is in a title.
    if (/^\p{Lu}/u.test(match[1]!) && isNamedDay(text, match.index)) continue
    const word = match[1]!.toLowerCase()
    const step = word === 'today' ? 0 : word === 'yesterday' ? -1 : 1
    // "the day before yesterday", "the day after tomorrow": one day further.
    const further = step < 0 ? dayBefore : step > 0 ? dayAfter : undefined
    const lead = further?.exec(text.slice(Math.max(0, match.index - 20), match.index))
    const days = lead ? step * 2 : step
    found.push({
      from: match.index - (lead?.[0].length ?? 0),
      to: match.index + match[0].length,
      meaning: { kind: 'day-offset', days },
    })
  }
}

function findPeriods(text: string, found: DateCandidate[]): void {
  for (const match of text.matchAll(period)) {
    const before = previousWord(text, match.index)?.toLowerCase()
    const to = match.index + match[0].length
    // "the last week of June", "over the last year", "every next year": not the calendar period.
    const current = match[1]!.toLowerCase() === 'current'
    if (
      (before === 'the' && !current) ||
      before === 'a' ||
      before === 'every' ||
      before === 'each'
    ) {
      continue
    }
    if (/^\s+of\b/.test(text.slice(to, to + 4))) continue
    const unit = match[2]!.toLowerCase() as 'week' | 'month' | 'year'
    found.push({
      from: match.index,
      to,
      meaning: { kind: 'period', unit, shift: shiftOf[match[1]!.toLowerCase()]! },
    })
  }
}

/** Weekdays, day words and calendar periods counted from the document's date. */
export const findRelativeDates: DateParser = {
  name: 'relative',
  find(text) {
    const found: DateCandidate[] = []
    // Cheap tests first: every weekday ends in "day"; the other words are few.
    if (/day|DAY/.test(text)) findWeekdays(text, found)
    if (/oday|terday|orrow|ODAY|TERDAY|ORROW/.test(text)) findDayWords(text, found)
    if (/week|month|year|WEEK|MONTH|YEAR/i.test(text)) findPeriods(text, found)
    return found
  },
}
