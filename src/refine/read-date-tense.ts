import type { DateRefiner } from '../extract/date-candidate.js'
import { readClauseTense } from './read-clause-tense.js'

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
      candidate.tense = readClauseTense(text, candidate.from, candidate.to)
    }
    return candidates
  },
}
