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
  for (const result of dayFirst.parse(input, ref, { forwardDate: false })) {
    const start = result.start
    if (!start.isCertain('month') && !start.isCertain('year')) continue
    const value = isoOf(start, reference)
    const endValue = result.end ? isoOf(result.end, reference) : value
    return { index: result.index, text: result.text, value, endValue }
  }
  return undefined
}

/** The reference of an ISO day, if the value is one. */
export function referenceOf(value: string | null | undefined): DateReference | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
  if (!match) return undefined
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}
