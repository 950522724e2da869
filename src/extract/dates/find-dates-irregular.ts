import { type DateCandidate, type DateParser, formatDay, isRealDay } from './date-candidate.js'
import { monthNumber, monthPattern } from './month-names.js'

// Days written in shapes that chrono-node reads only in part: a comma between the day and
// the month ("25, November 2014") and a space inside a numeric date ("11/12/ 1948", typed or
// left by a line break). Numbers are read day first, as the calendar parser reads them,
// unless only month first makes a day ("09/29/ 2009").

const commaDay = new RegExp(
  String.raw`(?<![\d.,])(\d{1,2}),\s+(${monthPattern}),?\s+(\d{4})(?!\d)`,
  'gu',
)
const spacedNumbers = /(?<![\d/.])(\d{1,2})\s?\/\s?(\d{1,2})\s?\/\s?(\d{4})(?![\d/])/g

function day(year: number, month: number, dayOfMonth: number) {
  const found = { year, month, day: dayOfMonth }
  return isRealDay(found) ? found : undefined
}

export const findIrregularDates: DateParser = {
  name: 'irregular',
  find(text) {
    if (!/\d[,/]|\/\s/.test(text)) return []
    const found: DateCandidate[] = []
    for (const match of text.matchAll(commaDay)) {
      const month = monthNumber(match[2]!)
      const value = month ? day(Number(match[3]), month, Number(match[1])) : undefined
      if (!value) continue
      const to = match.index + match[0].length
      found.push({ from: match.index, to, meaning: { kind: 'absolute', value: formatDay(value) } })
    }
    for (const match of text.matchAll(spacedNumbers)) {
      // Only the spaced shapes: "11/12/1948" is the calendar parser's.
      if (!/\s/.test(match[0])) continue
      const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
      const value = day(year, b, a) ?? day(year, a, b)
      if (!value) continue
      const to = match.index + match[0].length
      found.push({ from: match.index, to, meaning: { kind: 'absolute', value: formatDay(value) } })
    }
    return found
  },
}
