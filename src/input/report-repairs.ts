// The repair stage of parse: the repairs the text needs (mis-decoded characters, digits
// standing for apostrophes, words broken at line ends), each reported as a warning with
// what was written and how it is read. The text itself is left as it is: the repairs are
// applied where blocks are normalised.
import type { MessageCollector } from './messages.js'
import { findRepairs, type Repair } from './repair.js'

const repairNames: Record<Repair['ruleId'], string> = {
  'input-mojibake-repaired': 'mis-decoded characters',
  'input-digit-apostrophe-repaired': 'digit standing for an apostrophe',
  'input-hyphenation-joined': 'word broken at a line end',
}

/** Find the repairs of a source and warn about each. */
export function reportRepairs(source: string, messages: MessageCollector): Repair[] {
  const repairs = findRepairs(source)
  for (const repair of repairs) {
    const actual = source.slice(repair.start, repair.end)
    const what = repairNames[repair.ruleId]
    messages.warn(
      repair.ruleId,
      `${what} \`${actual}\` read as \`${repair.replacement}\``,
      repair.start,
      repair.end,
      {
        actual,
        expected: repair.replacement,
      },
    )
  }
  return repairs
}
