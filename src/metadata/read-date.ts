// The English-only entry: it loads in a fifth of the time of the all-locales one.
import type * as chronoTypes from 'chrono-node'
import * as chrono from 'chrono-node/en'

/** A calendar date found in a short text: ISO value at the precision written. */
export interface FoundDate {
  index: number
  text: string
  value: string | null
  /** The last day of a range ("25–26 July 2024" ends 2024-07-26), else the value. */
  endValue: string | null
}

export interface DateReference {
  year: number
  month: number
  day: number
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Longest text handed to chrono: it grows super-linearly on long inputs. */
const maxInput = 400

// Day-first ("little-endian") strict parsing: "12.02.2025" is 12 February, as in most
// of the world's official texts; month names are read either way.
const dayFirst = new chrono.Chrono(chrono.configuration.createConfiguration(true, true))

function isoOf(
  components: chronoTypes.ParsedComponents,
  reference: DateReference | undefined,
): string | null {
  const year = components.isCertain('year')
    ? components.get('year')
    : reference
      ? components.get('year')
      : null
  if (year === null || year === undefined) return null
  let value = String(year)
  const month = components.get('month')
  const day = components.get('day')
  if (components.isCertain('month') && month) value += `-${pad(month)}`
  if (components.isCertain('month') && components.isCertain('day') && day) value += `-${pad(day)}`
  return value
}

// Month names of pages that mix languages: French, Spanish, Portuguese and Russian in
// Latin transliteration (nominative and genitive), each with its month number.
const foreignMonths: Record<string, number> = {}
const monthLists = [
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya',
  'yanvar fevral mart aprel may iyun iyul avgust sentyabr oktyabr noyabr dekabr',
]
for (const list of monthLists) {
  list.split(' ').forEach((name, i) => {
    foreignMonths[name] = i + 1
    foreignMonths[name.normalize('NFD').replace(/\p{M}/gu, '')] = i + 1
  })
}
foreignMonths.setiembre = 9
const foreignNames = Object.keys(foreignMonths)
  .sort((a, b) => b.length - a.length)
  .join('|')
/** "13 et 14 octobre 2012", "1er mars 2020", "5 de septiembre de 2023", "17 iyunya 2021". */
const foreignDate = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:er|º|°)?(?:\\s*(?:et|y|e|-|–|au|al|a)\\s*(\\d{1,2})(?:er)?)?\\s+(?:de\\s+)?(${foreignNames})\\s+(?:de\\s+)?(\\d{4})(?![\\p{L}\\d])`,
  'iu',
)
const ordinalWords =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
    ' ',
  )
const englishMonths =
  'january february march april may june july august september october november december'.split(' ')
/** "this 26th day of April, 2023", "the first day of March 2017", "twenty-first day of May 2024". */
const dayOf = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?|((?:twenty|thirty)-)?(${ordinalWords.join('|')}))\\s+day\\s+of\\s+(${englishMonths.join('|')}),?\\s+(?:in\\s+the\\s+year\\s+)?(\\d{4})\\b`,
  'i',
)

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

const monthStems = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ')
/** A day and a month without a year: "December 20", "Feb. 22", "MAR 01", "16 March". */
const dayMonth =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)(?![\p{L}\d]|,?\s*\d{4})/iu

/** A yearless day and month in the year that puts it nearest the reference (null without one). */
function yearlessDate(input: string, reference: DateReference | undefined): FoundDate | undefined {
  const found = dayMonth.exec(input)
  if (!found) return undefined
  const month = monthStems.indexOf((found[1] ?? found[4])!.toLowerCase()) + 1
  const day = Number(found[2] ?? found[3])
  if (day < 1 || day > 31) return undefined
  let value: string | null = null
  if (reference) {
    const at = (year: number) => Date.UTC(year, month - 1, day)
    const ref = Date.UTC(reference.year, reference.month - 1, reference.day)
    const year = [reference.year - 1, reference.year, reference.year + 1].sort(
      (a, b) => Math.abs(at(a) - ref) - Math.abs(at(b) - ref),
    )[0]!
    value = iso(year, month, day)
  }
  return { index: found.index, text: found[0], value, endValue: value }
}

/** Dates chrono does not read: months in other languages, "the Nth day of Month YYYY". */
function ownDate(input: string): FoundDate | undefined {
  const found: FoundDate[] = []
  const foreign = foreignDate.exec(input)
  if (foreign) {
    const month = foreignMonths[foreign[3]!.toLowerCase()]!
    const year = Number(foreign[4])
    const first = iso(year, month, Number(foreign[1]))
    const last = foreign[2] ? iso(year, month, Number(foreign[2])) : first
    if (first) found.push({ index: foreign.index, text: foreign[0], value: first, endValue: last })
  }
  const day = dayOf.exec(input)
  if (day) {
    const tens = day[2] ? (day[2].toLowerCase().startsWith('twenty') ? 20 : 30) : 0
    const number = day[1] ? Number(day[1]) : tens + ordinalWords.indexOf(day[3]!.toLowerCase()) + 1
    const month = englishMonths.indexOf(day[4]!.toLowerCase()) + 1
    const value = iso(Number(day[5]), month, number)
    if (value) found.push({ index: day.index, text: day[0], value, endValue: value })
  }
  return found.sort((a, b) => a.index - b.index)[0]
}

const calendarShape =
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}[./-]\d{1,2}|\b\d{4}\b/i

/**
 * The first explicit calendar date in a short text ("2021-06-03", "June 3, 2021",
 * "3 June 2021", "Oct. 16"); a date without a year takes the reference's year, or
 * has a null value when there is none. Relative words ("today") are not dates here.
 */
export function readDate(text: string, reference?: DateReference): FoundDate | undefined {
  const input = text.slice(0, maxInput)
  const ref = reference
    ? new Date(reference.year, reference.month - 1, reference.day, 12)
    : new Date(2000, 0, 1, 12)
  const own = ownDate(input)
  for (const result of dayFirst.parse(input, ref, { forwardDate: false })) {
    if (own && own.index <= result.index + result.text.length) return own
    const start = result.start
    if (!start.isCertain('month') && !start.isCertain('year')) continue
    // A date is a token of its own: not "Dec.1" inside a document symbol ("Ext/AU/Dec.1(XIV)").
    const before = input.charAt(result.index - 1)
    const after = input.charAt(result.index + result.text.length)
    if (/[/\p{L}\d]/u.test(before) || /[\p{L}\d(/]/u.test(after)) continue
    // A calendar date names a month or a year, or is numeric ("for 80 minutes" is none).
    if (!calendarShape.test(result.text)) continue
    const value = isoOf(start, reference)
    const endValue = result.end ? isoOf(result.end, reference) : value
    return { index: result.index, text: result.text, value, endValue }
  }
  return own ?? yearlessDate(input, reference)
}

/** The reference of an ISO day, if the value is one. */
export function referenceOf(value: string | null | undefined): DateReference | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
  if (!match) return undefined
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}
