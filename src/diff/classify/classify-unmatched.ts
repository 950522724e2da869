// A sentence only one version has: its proposals are reported as dropped or added
// (substantive); otherwise it is substantive when it carries an organization, place,
// person, date or number the other version lacks, and editorial when it does not.
import type { WordChange } from '../../model/diff.js'
import type { EntityMatcher } from '../facts/match-entities.js'
import type { Side } from '../facts/side-facts.js'
import { tokenSpan } from '../facts/side-spans.js'

export interface UnmatchedClass {
  changes: WordChange[]
  substantive: boolean
}

/**
 * Classify a sentence of `side` that has no partner; `otherDates` and `otherNumbers`
 * are the date values and numbers anywhere in the other version.
 */
export function classifyUnmatched(
  side: Side,
  matcher: EntityMatcher,
  otherDates: ReadonlySet<string>,
  otherNumbers: ReadonlySet<number>,
): UnmatchedClass {
  const dropped = side.name === 'a'
  const changes: WordChange[] = side.proposals.map((proposal) => {
    // The analysed text of the tokens the proposal covers, like every other span.
    const inside = side.tokens.flatMap((token, k) =>
      token.source.start < proposal.end && token.source.end > proposal.start ? [k] : [],
    )
    const span = (inside.length > 0 &&
      tokenSpan(side.tokens, inside[0]!, inside[inside.length - 1]! + 1)) || {
      text: proposal.text,
      start: proposal.start,
      end: proposal.end,
    }
    const acts = proposal.acts.map((act) => act.verb).join(', ')
    const detail = `proposal ${dropped ? 'dropped' : 'added'}${acts ? `: ${acts}` : ''}`
    return dropped
      ? { kind: 'proposal', class: 'substantive', a: span, detail }
      : { kind: 'proposal', class: 'substantive', b: span, detail }
  })
  const newFact =
    side.mentions.some(
      (item) => matcher.matchesOf(item.fact.type, side.name, item.fact.entity).length === 0,
    ) ||
    side.dates.some((item) => item.fact.value === null || !otherDates.has(item.fact.value)) ||
    side.numbers.some((item) => !otherNumbers.has(item.fact.value))
  return { changes, substantive: changes.length > 0 || newFact }
}
