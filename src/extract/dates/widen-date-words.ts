import type { DateCandidate, DateRefiner } from './date-candidate.js'

// Words that belong to a date's mention without changing its value: the weekday written
// before a day ("Thursday, August 31", "Tue, 09/29/2009") and the part of a period a date
// names ("early 2024", "mid-2025", "earlier this year", "later this month"). The value
// stays the one of the date (a day, a year, a month), at the precision written.

/** A weekday (or its usual abbreviation) and a comma right before a day: the heading shape of a date. */
const weekdayBefore =
  /(?<![\p{L}\d])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)(?:day|DAY|nesday|NESDAY|rsday|RSDAY|urday|URDAY|sday|SDAY)?\.?,[ \t]+$/u
/** "early", "mid", "late" before a year or a month ("early 2024", "mid-June 2025"). */
const partBefore = /(?<![\p{L}\d-])(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|[ \t]+)$/u
/** "earlier", "later" before a period counted from the document's date ("earlier this year"). */
const shiftBefore = /(?<![\p{L}\d-])(?:[Ee]arlier|[Ll]ater)[ \t]+$/u

function widen(candidate: DateCandidate, text: string, previousEnd: number): void {
  const before = text.slice(Math.max(previousEnd, candidate.from - 16), candidate.from)
  const { kind } = candidate.meaning
  if (kind === 'absolute' || kind === 'day-month') {
    const day = weekdayBefore.exec(before)
    // A day-precision date only: "Friday, July 2024" is no shape.
    const isDay =
      kind === 'day-month' ||
      (candidate.meaning.kind === 'absolute' && candidate.meaning.value.length >= 10)
    if (day && isDay) {
      candidate.from -= day[0].length
      return
    }
    const part = partBefore.exec(before)
    if (part && kind === 'absolute' && candidate.meaning.value.length <= 7) {
      candidate.from -= part[0].length
    }
    return
  }
  if (kind === 'period') {
    const shift = shiftBefore.exec(before)
    if (shift) candidate.from -= shift[0].length
  }
}

/**
 * Take into a date's mention the weekday written before its day and the word that names
 * a part of its period ("early 2024", "earlier this year"), when nothing else claims them.
 */
export const widenDateWords: DateRefiner = {
  name: 'widen-date-words',
  refine(candidates, text) {
    let previousEnd = 0
    for (const candidate of candidates) {
      widen(candidate, text, previousEnd)
      previousEnd = candidate.to
    }
    return candidates
  },
}
