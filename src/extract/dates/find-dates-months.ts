import { type DateCandidate, type DateParser, formatMonth, formatRange } from './date-candidate.js'
import { mayNameMonth, monthNumber, monthPattern } from './month-names.js'

const year = '(1\\d{3}|2[01]\\d{2})(?![\\p{L}\\d]|[.,/:]\\d)'
const dash = '\\s*(?:-|–|—)\\s*|\\s+(?:to|until|till|through)\\s+'

/** "June–July 2024", "June 2024 to March 2025", "between June and August 2024". */
const monthRange = new RegExp(
  `(?<![\\p{L}\\d])(between\\s+)?(${monthPattern})(?:,?\\s+${year})?` +
    `(?:${dash}|\\s+and\\s+)(${monthPattern}),?\\s+${year}`,
  'gu',
)

/** "June 2021", "June, 2021", "JUNE 2021". */
const monthYear = new RegExp(
  `(?<![\\p{L}\\d])(?<!\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?)(${monthPattern}),?\\s+${year}`,
  'gu',
)

/** Words that make a month without a year a time: "in March", "by June", "the end of May". */
const monthLead =
  '(?:in|In|by|By|since|Since|until|Until|till|from|From|through|during|During|before|Before|' +
  'after|After|early|late|mid-?|(?:end|beginning|start|middle|month) of)'
/** Words that count a month from the document's date: "last December", "next March". */
const monthShift = '(last|Last|next|Next|this|This|coming|past)'

/** A month without a year after a word that makes it a time: "in March", "last December". */
const monthAlone = new RegExp(
  `(?<![\\p{L}\\d])(?:${monthLead}\\s+|${monthShift}\\s+)` +
    `(${monthPattern})(?![\\p{L}\\d]|\\.\\p{L}|,?\\s*\\d)`,
  'gu',
)

function rangeCandidate(match: RegExpExecArray): DateCandidate | undefined {
  const [, between, first, firstYear, last, lastYear] = match
  const startMonth = monthNumber(first!)!
  const endMonth = monthNumber(last!)!
  const endYear = Number(lastYear)
  // "between June and" needs "between" to be a range; "June and July 2024" alone is a list.
  if (!between && !firstYear && /\sand\s/.test(match[0])) return undefined
  const startYear = firstYear ? Number(firstYear) : startMonth > endMonth ? endYear - 1 : endYear
  const start = formatMonth(startYear, startMonth)
  const end = formatMonth(endYear, endMonth)
  if (end < start) return undefined
  return {
    from: match.index,
    to: match.index + match[0].length,
    meaning: { kind: 'absolute', value: formatRange(start, end) },
  }
}

/** Months: "June 2021", month ranges, and "in March" (a month the document's date completes). */
export const findMonthDates: DateParser = {
  name: 'months',
  find(text) {
    if (!mayNameMonth(text)) return []
    const found: DateCandidate[] = []
    const hasYear = /\d{4}/.test(text)
    for (const match of hasYear ? text.matchAll(monthRange) : []) {
      const candidate = rangeCandidate(match)
      if (candidate) found.push(candidate)
    }
    for (const match of hasYear ? text.matchAll(monthYear) : []) {
      const value = formatMonth(Number(match[2]), monthNumber(match[1]!)!)
      found.push({
        from: match.index,
        to: match.index + match[0].length,
        meaning: { kind: 'absolute', value },
      })
    }
    for (const match of text.matchAll(monthAlone)) {
      const modifier = match[1]?.toLowerCase()
      const month = match[2]!
      const to = match.index + match[0].length
      // "in September every year": a month of every year, not a date.
      if (/^,?\s+(?:of )?(?:every|each) year\b/i.test(text.slice(to, to + 18))) continue
      const from = modifier ? match.index : to - month.length
      const shift = modifier === 'last' || modifier === 'past' ? -1 : modifier === 'this' ? 0 : null
      found.push({
        from,
        to,
        meaning: {
          kind: 'month',
          month: monthNumber(month)!,
          shift: modifier === 'next' || modifier === 'coming' ? 1 : shift,
        },
      })
    }
    return found
  },
}
