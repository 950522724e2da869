import {
  type CalendarDay,
  formatDay,
  formatMonth,
  formatRange,
  isRealDay,
  type Tense,
} from './date-candidate.js'
import type { PendingDate } from './pending-dates.js'

/** The document's own date, at the precision it is known. */
export interface Anchor {
  year: number
  month?: number
  day?: number
}

const dayMs = 86_400_000

function toTime({ year, month, day }: CalendarDay): number {
  return Date.UTC(year, month - 1, day)
}

function fromTime(time: number): CalendarDay {
  const date = new Date(time)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

function addDays(day: CalendarDay, days: number): CalendarDay {
  return fromTime(toTime(day) + days * dayMs)
}

/** ISO weekday: 1 Monday ... 7 Sunday. */
function weekdayOf(day: CalendarDay): number {
  return ((new Date(toTime(day)).getUTCDay() + 6) % 7) + 1
}

/** ISO 8601 week of a day: "2024-W26". */
export function formatWeek(day: CalendarDay): string {
  const thursday = addDays(day, 4 - weekdayOf(day))
  const week = Math.floor((toTime(thursday) - Date.UTC(thursday.year, 0, 1)) / (7 * dayMs)) + 1
  return `${String(thursday.year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`
}

/** How far to step from the anchor to a weekday, by its modifier or the clause's tense. */
function weekdayStep(from: number, to: number, shift: -1 | 0 | 1 | null, tense: Tense): number {
  const back = (from - to + 7) % 7
  const ahead = (to - from + 7) % 7
  if (shift === -1) return -(back || 7)
  if (shift === 1) return ahead || 7
  if (shift === 0) return to - from
  if (tense === 'future') return ahead || 7
  if (tense === 'present') return ahead
  return -back
}

type DayMonth = Extract<PendingDate['meaning'], { kind: 'day-month' }>

/**
 * The year of a day and month written without one: the one whose weekday is written beside
 * it ("Friday 13 September"); else the last on or before the anchor in a past clause, the
 * first on or after it in a future one, else the nearest ("17 October" in a text of 3
 * October 2023 is 2023-10-17; "28 December" in one of 5 January 2024, 2023).
 */
function dayMonthYear(anchor: CalendarDay, { month, day, weekday }: DayMonth, tense: Tense) {
  const years = [anchor.year - 1, anchor.year, anchor.year + 1].filter((year) =>
    isRealDay({ year, month, day }),
  )
  const named = years.filter((year) => weekdayOf({ year, month, day }) === weekday)
  let best: number | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const year of named.length > 0 ? named : years) {
    const offset = toTime({ year, month, day }) - toTime(anchor)
    const wrongWay = (tense === 'past' && offset > 0) || (tense === 'future' && offset < 0)
    if (named.length === 0 && wrongWay) continue
    if (Math.abs(offset) < bestDistance) {
      best = year
      bestDistance = Math.abs(offset)
    }
  }
  return best
}

/** A month without a year: looked for back, forward, or nearest the anchor's month. */
function monthYear(anchor: Anchor, month: number, shift: -1 | 0 | 1 | null, tense: Tense): number {
  const at = anchor.month ?? 1
  if (shift === 0) return anchor.year
  if (shift === -1) return month < at ? anchor.year : anchor.year - 1
  if (shift === 1) return month > at ? anchor.year : anchor.year + 1
  if (tense === 'past') return month <= at ? anchor.year : anchor.year - 1
  if (tense === 'future') return month >= at ? anchor.year : anchor.year + 1
  const ahead = (month - at + 12) % 12
  return ahead <= 6
    ? month >= at
      ? anchor.year
      : anchor.year + 1
    : month <= at
      ? anchor.year
      : anchor.year - 1
}

/** The ISO value of a pending date against the document's date, or null when it cannot tell. */
export function resolveDateMeaning({ meaning, tense }: PendingDate, anchor: Anchor): string | null {
  const day: CalendarDay | undefined =
    anchor.month && anchor.day
      ? { year: anchor.year, month: anchor.month, day: anchor.day }
      : undefined
  switch (meaning.kind) {
    case 'period': {
      if (meaning.unit === 'year') return String(anchor.year + meaning.shift)
      if (meaning.unit === 'month') {
        if (!anchor.month) return null
        const index = anchor.year * 12 + anchor.month - 1 + meaning.shift
        return formatMonth(Math.floor(index / 12), (index % 12) + 1)
      }
      return day ? formatWeek(addDays(day, 7 * meaning.shift)) : null
    }
    case 'month':
      if (!anchor.month && meaning.shift !== 0) return null
      return formatMonth(monthYear(anchor, meaning.month, meaning.shift, tense), meaning.month)
    case 'day-offset':
      return day ? formatDay(addDays(day, meaning.days)) : null
    case 'weekday':
      if (!day) return null
      return formatDay(
        addDays(day, weekdayStep(weekdayOf(day), meaning.weekday, meaning.shift, tense)),
      )
    case 'day-month': {
      if (!day) return null
      const year = dayMonthYear(day, meaning, tense)
      if (year === undefined) return null
      const start = formatDay({ year, month: meaning.month, day: meaning.day })
      if (meaning.endDay === undefined) return start
      const endMonth = meaning.endMonth ?? meaning.month
      const last = {
        year: endMonth < meaning.month ? year + 1 : year,
        month: endMonth,
        day: meaning.endDay,
      }
      if (!isRealDay(last) || formatDay(last) < start) return null
      return formatRange(start, formatDay(last))
    }
  }
}
