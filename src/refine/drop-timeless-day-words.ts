import type { DateRefiner } from '../extract/date-candidate.js'

/**
 * "Today" names a day only in a clause about an event, past or future ("the President
 * today called on ...", "will vote today"); in the present tense it means "nowadays"
 * ("the challenges the world faces today"). A possessive ("today's", "tomorrow's") needs
 * the same: "tomorrow's world" is no day, "today's meeting was" is.
 */
export const dropTimelessDayWords: DateRefiner = {
  name: 'drop-timeless-day-words',
  refine(candidates, text) {
    return candidates.filter((candidate) => {
      if (candidate.meaning.kind !== 'day-offset') return true
      const possessive = /^['’]s\b/.test(text.slice(candidate.to, candidate.to + 3))
      if (candidate.meaning.days !== 0 && !possessive) return true
      return candidate.tense === 'past' || candidate.tense === 'future'
    })
  },
}
