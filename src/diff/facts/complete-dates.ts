// A version that gives no year of its own (a wire report dated "ADDIS ABABA, March 15")
// takes the year from the other version's date, and its unvalued month-days and day
// names are valued against the day so found: "on Thursday" in a report of Friday
// 15 March 2024 is 2024-03-14. Only for the comparison; the documents are not changed.
import type { CommuniqueDocument } from '../../model/document.js'
import type { DateMention } from '../../model/entities.js'

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

const monthDay = new RegExp(
  `\\b(?:(\\d{1,2})\\s+(${months.join('|')})|(${months.join('|')})\\.?\\s+(\\d{1,2}))\\b(?!\\s*,?\\s*\\d{4})`,
  'i',
)
const dayName = new RegExp(`^(?:on\\s+|last\\s+)?(${weekdays.join('|')})$`, 'i')

/** Month (1-12) and day of a month-day without a year ("March 15", "15 March"). */
function readMonthDay(text: string): { month: number; day: number } | undefined {
  const match = monthDay.exec(text)
  if (!match) return undefined
  const day = Number(match[1] ?? match[4])
  const month = months.indexOf((match[2] ?? match[3])!.toLowerCase()) + 1
  return day >= 1 && day <= 31 ? { month, day } : undefined
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10)
}

/** The year of the other version's own date, or of its first full date. */
function otherYear(other: CommuniqueDocument): number | undefined {
  const value =
    other.metadata.date ??
    other.dates.find((date) => date.value && /^\d{4}-\d{2}-\d{2}$/.test(date.value))?.value
  return value ? Number(value.slice(0, 4)) : undefined
}

/** The dates of `document` to compare, valued through `other`'s year when the document has none. */
export function completeDates(
  document: CommuniqueDocument,
  other: CommuniqueDocument,
): DateMention[] {
  const dateline = document.metadata.dateline
  if (document.metadata.date || !dateline || dateline.date) return document.dates
  const day = readMonthDay(dateline.text)
  const year = otherYear(other)
  if (!day || year === undefined) return document.dates
  const anchor = Date.UTC(year, day.month - 1, day.day)
  return document.dates.map((date) => {
    if (date.value !== null) return date
    const own = readMonthDay(date.text)
    if (own) return { ...date, value: iso(Date.UTC(year, own.month - 1, own.day)), relative: true }
    const name = dayName.exec(date.text.trim())
    if (!name) return date
    // The last such day on or before the report's day (a report tells what has happened).
    const back = (new Date(anchor).getUTCDay() - weekdays.indexOf(name[1]!.toLowerCase()) + 7) % 7
    return { ...date, value: iso(anchor - back * 86_400_000), relative: true }
  })
}
