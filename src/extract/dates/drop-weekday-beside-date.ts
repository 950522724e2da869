import type { DateCandidate, DateRefiner } from './date-candidate.js'

/** What may stand between a weekday and the date it names: "Thursday, 3 June", "3 June (Thursday)". */
const between = /^[\s,(]*$/

/** The date beside a weekday candidate, if one stands right before or after it. */
function dateBeside(
  candidates: DateCandidate[],
  index: number,
  text: string,
): DateCandidate | undefined {
  const candidate = candidates[index]!
  const isDate = (other: DateCandidate | undefined) =>
    other?.meaning.kind === 'absolute' || other?.meaning.kind === 'day-month'
  const next = candidates[index + 1]
  if (next && isDate(next) && between.test(text.slice(candidate.to, next.from))) return next
  const previous = candidates[index - 1]
  if (previous && isDate(previous) && between.test(text.slice(previous.to, candidate.from))) {
    return previous
  }
  return undefined
}

/**
 * A weekday written beside a calendar date names that date's day ("Thursday, 3 June
 * 2021", "3 June 2021 (Thursday)"): the date is the mention, the weekday is dropped. A
 * date without a year keeps the weekday to find its year by ("Friday 13 September").
 */
export const dropWeekdayBesideDate: DateRefiner = {
  name: 'drop-weekday-beside-date',
  refine(candidates, text) {
    return candidates.filter((candidate, index) => {
      const { meaning } = candidate
      if (meaning.kind !== 'weekday' || meaning.shift !== null) return true
      const date = dateBeside(candidates, index, text)
      if (date?.meaning.kind === 'day-month') date.meaning.weekday = meaning.weekday
      return date === undefined
    })
  },
}
