import type { DateRefiner } from '../extract/date-candidate.js'

/** What may stand between a weekday and the date it names: "Thursday, 3 June", "3 June (Thursday)". */
const between = /^[\s,(]*$/

/**
 * A weekday written beside a calendar date names that date's day ("Thursday, 3 June
 * 2021", "3 June 2021 (Thursday)"): the date is the mention, the weekday is dropped.
 */
export const dropWeekdayBesideDate: DateRefiner = {
  name: 'drop-weekday-beside-date',
  refine(candidates, text) {
    const isDate = (index: number) => {
      const kind = candidates[index]?.meaning.kind
      return kind === 'absolute' || kind === 'day-month'
    }
    return candidates.filter((candidate, index) => {
      if (candidate.meaning.kind !== 'weekday' || candidate.meaning.shift !== null) return true
      const next = candidates[index + 1]
      if (next && isDate(index + 1) && between.test(text.slice(candidate.to, next.from))) {
        return false
      }
      const previous = candidates[index - 1]
      return !(
        previous &&
        isDate(index - 1) &&
        between.test(text.slice(previous.to, candidate.from))
      )
    })
  },
}
