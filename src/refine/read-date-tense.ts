import type { DateRefiner } from '../extract/date-candidate.js'
import { readClauseTense } from './read-clause-tense.js'

/**
 * How near the verb must be to a day and month written without a year: such a date is
 * usually near the document's date, so only a verb beside it ("spoke on 16 October")
 * overrides the nearest reading; "urged delegations to submit inputs by 31 October" keeps it.
 */
const dayMonthReach = 3

/**
 * Give every date that the document's date must complete ("on Thursday", "17 October",
 * "in March") the tense of its clause: a past "met on Thursday" looks back from the
 * document's date, a future "will meet on Monday" looks forward.
 */
export const readDateTense: DateRefiner = {
  name: 'read-date-tense',
  refine(candidates, text) {
    for (const candidate of candidates) {
      if (candidate.meaning.kind === 'absolute') continue
      const reach = candidate.meaning.kind === 'day-month' ? dayMonthReach : undefined
      candidate.tense = readClauseTense(text, candidate.from, candidate.to, { reach })
    }
    return candidates
  },
}
