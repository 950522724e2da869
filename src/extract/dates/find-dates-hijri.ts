import {
  type CalendarDay,
  type DateCandidate,
  type DateParser,
  formatDay,
  formatRange,
} from './date-candidate.js'

// Dates of the Hijri calendar, as the OIC, the Arab League and the Gulf states write them
// beside (or instead of) the Gregorian one: "16 Ramadan 1446 AH", "25-26 Shawwal 1445H".
// The value is the Gregorian day, by the Umm al-Qura calendar (through Intl).

/** Hijri months, by the letters of their usual transliterations (lower case, no marks). */
const months: Array<[RegExp, number]> = [
  [/^(?:al)?muharram$/, 1],
  [/^safar$/, 2],
  [/^rabi(?:a|u)?(?:l|al|ul)?(?:awwal|awal|i|1)$/, 3],
  [/^rabi(?:a|u)?(?:l|al|ul)?(?:thani|thani|akhir|akhar|ii|2)$/, 4],
  [/^jumad(?:a|i)(?:l|al|ul)?(?:ula|oula|awwal|awal|i|1)$/, 5],
  [/^jumad(?:a|i)(?:l|al|ul)?(?:akhirah|akhira|akhir|thani|thaniyah|ii|2)$/, 6],
  [/^rajab$/, 7],
  [/^shaaban|^shaban$/, 8],
  [/^ramad(?:h)?an$/, 9],
  [/^shawwal|^shawal$/, 10],
  [/^(?:dhu|dhul|zul|zu)(?:al|el|l)?(?:qadah|qidah|qada|qaada|qaadah|qaida|qadah)$/, 11],
  [/^(?:dhu|dhul|zul|zu)(?:al|el|l)?(?:hijjah|hijja|hija|hijah)$/, 12],
]

function hijriMonth(written: string): number | undefined {
  const letters = written.toLowerCase().replace(/[^a-z0-9]/g, '')
  return months.find(([pattern]) => pattern.test(letters))?.[1]
}

/**
 * One to four words of a month name: "Ramadan", "Dhu al-Hijjah", "Rabi' al-Awwal", "Rabi II".
 * The word alternatives are disjoint ("II" is a capitalised word) and the count is bounded,
 * so a run of "II II II …" is read once, not in every way it splits (which was exponential).
 */
const monthWords = "[\\p{Lu}][\\p{L}'’ʿ]*(?:[\\s-](?:al|ul|el|[\\p{Lu}][\\p{L}'’ʿ]*)){0,3}?"
const hijriDate = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+(${monthWords}),?\\s+(1[34]\\d\\d)` +
    '(?:\\s*(?:AH|A\\.H\\.|H)(?!\\p{L}))?',
  'gu',
)

const calendar = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
})
/** Whether this Node has the Islamic calendars (a small-ICU build has not). */
const hasCalendar = calendar.resolvedOptions().calendar === 'islamic-umalqura'

const dayMs = 86_400_000
/** 1 Muharram 1 AH, by the civil reckoning: 19 July 622 in the proleptic Gregorian calendar. */
const epoch = Date.UTC(622, 6, 19)

function hijriOf(time: number): { year: number; month: number; day: number } {
  const parts = calendar.formatToParts(new Date(time))
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { year: part('year'), month: part('month'), day: part('day') }
}

/** The Gregorian day of a Hijri date, found by stepping from an estimate. */
export function gregorianOf(year: number, month: number, day: number): CalendarDay | undefined {
  if (!hasCalendar || month < 1 || month > 12 || day < 1 || day > 30) return undefined
  let time = epoch + Math.round(((year - 1) * 354.36667 + (month - 1) * 29.5306 + day - 1) * dayMs)
  for (let step = 0; step < 6; step++) {
    const at = hijriOf(time)
    const off = (at.year - year) * 354 + (at.month - month) * 29.5 + (at.day - day)
    if (off === 0) {
      const date = new Date(time)
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
    }
    time -= Math.round(off) * dayMs || Math.sign(off) * dayMs
  }
  return undefined
}

/** Hijri dates and day ranges, valued as Gregorian days. */
export const findHijriDates: DateParser = {
  name: 'hijri',
  find(text) {
    if (!hasCalendar || !/\s1[34]\d\d/.test(text)) return []
    const found: DateCandidate[] = []
    for (const match of text.matchAll(hijriDate)) {
      const month = hijriMonth(match[3]!)
      if (month === undefined) continue
      const year = Number(match[4])
      const first = gregorianOf(year, month, Number(match[1]))
      const last = match[2] ? gregorianOf(year, month, Number(match[2])) : first
      if (!first || !last) continue
      const value = formatRange(formatDay(first), formatDay(last))
      found.push({
        from: match.index,
        to: match.index + match[0].length,
        meaning: { kind: 'absolute', value },
      })
    }
    return found
  },
}
