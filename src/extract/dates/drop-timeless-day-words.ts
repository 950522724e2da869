import type { DateRefiner } from './date-candidate.js'
import { readClauseTense } from './read-clause-tense.js'

/**
 * "Today" names a day only beside a verb about an event: a past or future verb just
 * before it ("adopted here today", "will vote today") or a past verb right after it ("the
 * President today called on ..."). Elsewhere it means "nowadays" ("the challenges the
 * world faces today", "our actions today will echo"). A possessive ("today's",
 * "tomorrow's") needs the same: "tomorrow's world" is no day.
 */
function namesEventDay(text: string, from: number, to: number): boolean {
  const before = readClauseTense(text, from, to, { reach: 2, auxiliaries: false, side: 'before' })
  if (before === 'past' || before === 'future') return true
  const after = readClauseTense(text, from, to, { reach: 0.5, auxiliaries: false, side: 'after' })
  if (after === 'past') return true
  // Opening its sentence ("Today the Ministers adopted ..."), it dates the verb after the subject.
  if (/^\s*$/.test(text.slice(0, from)) || /[.!?]["”’)]?\s+$/.test(text.slice(0, from))) {
    const opening = readClauseTense(text, from, to, { reach: 4, auxiliaries: false, side: 'after' })
    return opening === 'past' || opening === 'future'
  }
  return false
}

/** Drop "today" and possessive day words that do not name the day of an event. */
export const dropTimelessDayWords: DateRefiner = {
  name: 'drop-timeless-day-words',
  refine(candidates, text) {
    return candidates.filter((candidate) => {
      if (candidate.meaning.kind !== 'day-offset') return true
      const possessive = /^['’]s\b/.test(text.slice(candidate.to, candidate.to + 3))
      if (candidate.meaning.days !== 0 && !possessive) return true
      return namesEventDay(text, candidate.from, candidate.to)
    })
  },
}
