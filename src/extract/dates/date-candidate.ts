/**
 * What a date parser finds in one sentence: a span of the sentence's analysed
 * text and what it means. Absolute candidates carry their ISO value; the others
 * need the document's date (and the sentence's tense) to get one.
 */

/** The tense of the clause around a mention, as far as its verbs tell. */
export type Tense = 'past' | 'present' | 'future' | null

/** Year, month (1-12) and day (1-31), each as written or as resolved. */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

export type DateMeaning =
  /** A complete calendar value: "3 June 2021", "June 2021", "2021", "2025/2027". */
  | { kind: 'absolute'; value: string }
  /**
   * A day and month without a year: "17 October", "10-12 June" (end when a range); with
   * the ISO weekday (1-7) written beside it ("Friday 13 September"), which tells the year.
   */
  | {
      kind: 'day-month'
      month: number
      day: number
      endMonth?: number
      endDay?: number
      weekday?: number
    }
  /** A month without a year after a preposition: "in March", "last December". */
  | { kind: 'month'; month: number; shift: -1 | 0 | 1 | null }
  /** A day counted from the document's date: "today" (0), "yesterday" (-1), "3 days ago" (-3). */
  | { kind: 'day-offset'; days: number }
  /** A day of the week: "Thursday", "last Friday", "next Monday", "this Tuesday". */
  | { kind: 'weekday'; weekday: number; shift: -1 | 0 | 1 | null }
  /** A week, month or year counted from the document's date: "last week", "next year", "2 years ago". */
  | { kind: 'period'; unit: 'week' | 'month' | 'year'; shift: number }

/** One date found in a sentence: `[from, to)` in the sentence's analysed text. */
export interface DateCandidate {
  from: number
  to: number
  meaning: DateMeaning
  /** The tense of the clause around it; read only for meanings that need it. */
  tense?: Tense
}

/** A candidate parser: finds the dates of one kind in one sentence's text. */
export interface DateParser {
  name: string
  find(text: string): DateCandidate[]
}

/** A candidate refiner: cleans the combined candidates of one sentence (sorted by `from`). */
export interface DateRefiner {
  name: string
  refine(candidates: DateCandidate[], text: string): DateCandidate[]
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** ISO 8601 value of a day: "2021-06-03". */
export function formatDay({ year, month, day }: CalendarDay): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** ISO 8601 value of a month: "2021-06". */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`
}

/** ISO 8601 range "START/END", or the single value when both ends are the same. */
export function formatRange(start: string, end: string): string {
  return start === end ? start : `${start}/${end}`
}

/** Whether the day exists in the calendar (29 February only in leap years). */
export function isRealDay({ year, month, day }: CalendarDay): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}
