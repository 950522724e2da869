import {
  type DateCandidate,
  type DateParser,
  formatDay,
  formatMonth,
  formatRange,
  isRealDay,
} from './date-candidate.js'

// Days and months written in French or Spanish, as declarations of bilingual bodies give
// them: "3 juin 2021", "le 1er mars 2020", "13 et 14 octobre 2012", "du 5 au 7 mai 2019",
// "13 de octubre de 2012", "octobre 2012". Month names are lower case in both languages, so
// a capitalised one ("Mars 2020") is read as a name.

const monthNames: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
}

const month = `(${Object.keys(monthNames).join('|')})`
const dayNumber = String.raw`(\d{1,2})(?:er|º|°)?`
/** "13 et 14 octobre 2012", "du 5 au 7 mai 2019", "3 juin 2021", "13 de octubre de 2012". */
const days = new RegExp(
  String.raw`(?<![\p{L}\d])${dayNumber}(?:\s*(?:et|au|-|–|y|al)\s*${dayNumber})?\s+(?:de\s+)?${month}(?:\s+(?:de\s+)?(\d{4}))?(?![\p{L}\d])`,
  'gu',
)
/** "octobre 2012", "en mayo de 2020" (no day before). */
const monthYear = new RegExp(
  String.raw`(?<![\p{L}\d])(?<!\d(?:er|º|°)?\s+)${month}\s+(?:de\s+)?(\d{4})(?![\p{L}\d])`,
  'gu',
)

const numberOf = (name: string): number => monthNames[name]!

export const findRomanceDates: DateParser = {
  name: 'romance',
  find(text) {
    // Cheap test: every month name above has one of these letters in a lower-case word.
    if (
      !/(?:vier|vrier|mars|vril|mai|juin|llet|ao[uû]t|bre|ero|rzo|bril|ayo|unio|ulio|osto)/i.test(
        text,
      )
    ) {
      return []
    }
    const found: DateCandidate[] = []
    for (const match of text.matchAll(days)) {
      const number = numberOf(match[3]!)
      const year = match[4] ? Number(match[4]) : undefined
      const first = Number(match[1])
      const last = match[2] ? Number(match[2]) : undefined
      const to = match.index + match[0].length
      if (year === undefined) {
        const end = last ?? first
        if (first < 1 || first > 31 || end < first || end > 31) continue
        found.push({
          from: match.index,
          to,
          meaning:
            last === undefined
              ? { kind: 'day-month', month: number, day: first }
              : { kind: 'day-month', month: number, day: first, endMonth: number, endDay: last },
        })
        continue
      }
      const start = { year, month: number, day: first }
      const end = { year, month: number, day: last ?? first }
      if (!isRealDay(start) || !isRealDay(end) || end.day < start.day) continue
      const value = formatRange(formatDay(start), formatDay(end))
      found.push({ from: match.index, to, meaning: { kind: 'absolute', value } })
    }
    for (const match of text.matchAll(monthYear)) {
      const value = formatMonth(Number(match[2]), numberOf(match[1]!))
      const to = match.index + match[0].length
      found.push({ from: match.index, to, meaning: { kind: 'absolute', value } })
    }
    return found
  },
}
