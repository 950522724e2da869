import { sourceSpan } from '../../input/text-map.js'
import type { DateMention } from '../../model/entities.js'
import { analysedSentences, type Step } from '../context.js'
import type { DateCandidate, DateParser, DateRefiner } from './date-candidate.js'
import { dropTimelessDayWords } from './drop-timeless-day-words.js'
import { dropWeekdayBesideDate } from './drop-weekday-beside-date.js'
import { findCalendarDates } from './find-dates-calendar.js'
import { findDayOfDates } from './find-dates-day-of.js'
import { findHijriDates } from './find-dates-hijri.js'
import { findIrregularDates } from './find-dates-irregular.js'
import { findMonthDates } from './find-dates-months.js'
import { findQuarterDates } from './find-dates-quarters.js'
import { findRelativeDates } from './find-dates-relative.js'
import { findRomanceDates } from './find-dates-romance.js'
import { findYearDates } from './find-dates-years.js'
import { pendingDates } from './pending-dates.js'
import { readDateTense } from './read-date-tense.js'
import { removeOverlappingDates } from './remove-overlapping-dates.js'
import { widenDateWords } from './widen-date-words.js'

/** The candidate parsers, in order of precedence when two find spans of the same length. */
export const dateParsers: DateParser[] = [
  // chrono-node: days, day ranges, numeric dates ("3 June 2021", "15-16 October 2024", "12.02.2025").
  findCalendarDates,
  // Days that chrono reads in part: "25, November 2014", "11/12/ 1948".
  findIrregularDates,
  // French and Spanish days and months: "13 et 14 octobre 2012", "3 de junio de 2021".
  findRomanceDates,
  // Formal days of signing lines: "this 10th day of February 2024".
  findDayOfDates,
  // Hijri dates, valued as Gregorian days: "16 Ramadan 1446 AH", "25-26 Shawwal 1445H".
  findHijriDates,
  // Months: "June 2021", "June–July 2024", and "in March" to be completed by the document's date.
  findMonthDates,
  // Quarters and halves as the months they span: "the first quarter of 2026", "Q3 2024".
  findQuarterDates,
  // Years: "in 2021", "by 2030", "2024-2025", "from 2025 to 2027"; not counts, symbols or names.
  findYearDates,
  // Weekdays, "today", "last week", "next year": resolved against the document's date later.
  findRelativeDates,
]

/** The refiners of one sentence's candidates, in order. */
export const dateRefiners: DateRefiner[] = [
  // One mention per span: the longest reading wins ("3 June 2021" over its "2021").
  removeOverlappingDates,
  // "Thursday, 3 June 2021": the weekday names the date's day, the date is the mention.
  dropWeekdayBesideDate,
  // "Thursday, August 31", "early 2024", "earlier this year": words of the mention, same value.
  widenDateWords,
  // The tense of each clause with a date that needs the document's date.
  readDateTense,
  // "the world today" is no day; "today called on" is.
  dropTimelessDayWords,
]

/** Every date of one sentence's analysed text, in order. */
export function findDatesInText(text: string): DateCandidate[] {
  let candidates: DateCandidate[] = []
  for (const parser of dateParsers) candidates.push(...parser.find(text))
  candidates.sort((a, b) => a.from - b.from || b.to - a.to)
  for (const refiner of dateRefiners) candidates = refiner.refine(candidates, text)
  return candidates
}

/**
 * Find the dates of every analysed sentence (publication lines and datelines included),
 * one sentence at a time, each with its span in the source. Dates that the document's
 * date must complete get a null value here and a pending meaning.
 */
export const findDates: Step = {
  name: 'find-dates',
  run(document, context) {
    const dates: DateMention[] = []
    for (const { sentence } of analysedSentences(context)) {
      for (const candidate of findDatesInText(sentence.text)) {
        const { start, end } = sourceSpan(sentence, candidate.from, candidate.to)
        const { meaning } = candidate
        const mention: DateMention = {
          text: context.source.slice(start, end),
          value: meaning.kind === 'absolute' ? meaning.value : null,
          start,
          end,
        }
        if (meaning.kind !== 'absolute') {
          pendingDates.set(mention, { meaning, tense: candidate.tense ?? null })
        }
        dates.push(mention)
      }
    }
    document.dates = dates.sort((a, b) => a.start - b.start || a.end - b.end)
  },
}
