import {
  type CalendarDay,
  type DateCandidate,
  type DateParser,
  formatDay,
  isRealDay,
} from './date-candidate.js'
import { monthNumber, monthPattern } from './month-names.js'

// The formal day of treaties and signing lines: "Done at Astana, this 10th day of February
// 2024", "on the twenty-second day of June, 2025" (the mention starts at the ordinal, as
// the annotated documents have it). chrono-node reads "10th of February" but not "10th day
// of February".

const units = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
]
const teens = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
]

/** The day (1-31) of an ordinal written in figures or words: "10th", "twenty-second". */
function ordinalDay(written: string): number | undefined {
  const figures = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(written)
  if (figures) return Number(figures[1])
  const word = written.toLowerCase()
  if (units.includes(word)) return units.indexOf(word)
  if (teens.includes(word)) return 10 + teens.indexOf(word)
  if (word === 'twentieth') return 20
  if (word === 'thirtieth') return 30
  const compound = /^(twenty|thirty)[-\s]?(\p{L}+)$/u.exec(word)
  if (!compound || !units.includes(compound[2]!)) return undefined
  return (compound[1] === 'twenty' ? 20 : 30) + units.indexOf(compound[2]!)
}

const ordinal = '\\d{1,2}(?:st|nd|rd|th)?|(?:twenty|thirty)[-\\s]?\\p{L}+|\\p{L}+(?:st|nd|rd|th)'
const year = '(?:,?\\s+(?:in\\s+the\\s+year\\s+)?(\\d{4})(?!\\d))?'
const dayOf = new RegExp(
  `(?<![\\p{L}\\d])(?<=(?:the|this)\\s+)(${ordinal})\\s+day\\s+of\\s+(${monthPattern})${year}`,
  'giu',
)

/** Formal days: "this 10th day of February 2024", "the twenty-second day of June". */
export const findDayOfDates: DateParser = {
  name: 'day-of',
  find(text) {
    if (!/\sday\s+of\s/i.test(text)) return []
    const found: DateCandidate[] = []
    for (const match of text.matchAll(dayOf)) {
      const day = ordinalDay(match[1]!)
      const month = monthNumber(match[2]!)
      if (day === undefined || month === undefined || day < 1 || day > 31) continue
      const from = match.index
      const to = from + match[0].length
      if (!match[3]) {
        found.push({ from, to, meaning: { kind: 'day-month', month, day } })
        continue
      }
      const date: CalendarDay = { year: Number(match[3]), month, day }
      if (isRealDay(date))
        found.push({ from, to, meaning: { kind: 'absolute', value: formatDay(date) } })
    }
    return found
  },
}
