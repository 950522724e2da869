import type { DateRefiner } from './date-candidate.js'
import { readClauseTense } from './read-clause-tense.js'

/**
 * How near a past verb must be to a day and month written without a year. Such a date is
 * usually near the document's date: a future verb anywhere in the clause moves it forward
 * ("is expected to take place in Addis Ababa on March 8"), but only a past verb beside it
 * moves it back ("spoke on 16 October"); "urged delegations to submit inputs by 31
 * October" keeps the nearest reading.
 */
const dayMonthPastReach = 3

/**
 * Give every date that the document's date must complete ("on Thursday", "17 October",
 * "in March") the tense of its clause: a past "met on Thursday" looks back from the
 * document's date, a future "will meet on Monday" looks forward.
 */
export const readDateTense: DateRefiner = {
  name: 'read-date-tense',
  refine(candidates, text) {
    for (const candidate of candidates) {
      const { meaning, from, to } = candidate
      if (meaning.kind === 'absolute') continue
      let tense = readClauseTense(text, from, to)
      if (meaning.kind === 'day-month' && tense === 'past') {
        tense = readClauseTense(text, from, to, { reach: dayMonthPastReach })
        if (tense !== 'past') tense = null
      }
      candidate.tense = tense
    }
    return candidates
  },
}
