import { type DateCandidate, type DateParser, formatMonth, formatRange } from './date-candidate.js'

// Quarters and halves of a year, as the months they span: "the first quarter of 2026" is
// 2026-01/2026-03, "the second half of 2025" 2025-07/2025-12, "Q3 2024" 2024-07/2024-09.

const ordinals: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
}

const written =
  /(?<![\p{L}\d])(first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(quarter|half)\s+of\s+(?:the\s+year\s+)?(\d{4})(?![\p{L}\d])/giu
const code = /(?<![\p{L}\d])(Q[1-4]|H[12])\s+(?:of\s+)?(\d{4})(?![\p{L}\d])/gu

/** The months of the `part`-th quarter or half of a year. */
function months(year: number, part: number, unit: 'quarter' | 'half'): string | undefined {
  const length = unit === 'quarter' ? 3 : 6
  if (part < 1 || part * length > 12) return undefined
  const first = (part - 1) * length + 1
  return formatRange(formatMonth(year, first), formatMonth(year, first + length - 1))
}

/** Quarters and halves of a year: "first quarter of 2026", "second half of 2025", "Q3 2024". */
export const findQuarterDates: DateParser = {
  name: 'quarters',
  find(text) {
    if (!/quarter|half|QUARTER|HALF|Q[1-4]|H[12]/i.test(text)) return []
    const found: DateCandidate[] = []
    for (const match of text.matchAll(written)) {
      const unit = match[2]!.toLowerCase() as 'quarter' | 'half'
      const ordinal = match[1]!.toLowerCase()
      const part =
        ordinal === 'last' || ordinal === 'final'
          ? unit === 'quarter'
            ? 4
            : 2
          : ordinals[ordinal]!
      const value = months(Number(match[3]), part, unit)
      if (value)
        found.push({
          from: match.index,
          to: match.index + match[0].length,
          meaning: { kind: 'absolute', value },
        })
    }
    for (const match of text.matchAll(code)) {
      const unit = match[1]!.startsWith('Q') ? 'quarter' : 'half'
      const value = months(Number(match[2]), Number(match[1]!.slice(1)), unit)
      if (value)
        found.push({
          from: match.index,
          to: match.index + match[0].length,
          meaning: { kind: 'absolute', value },
        })
    }
    return found
  },
}
