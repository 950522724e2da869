/** English month names and their usual abbreviations, lower-cased, to their number. */
const months: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}

/**
 * A month name as written in running text: capitalised or upper case, full or
 * abbreviated (with an optional dot). Lower-case "may" and "march" are verbs.
 */
export const monthPattern =
  '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)' +
  '|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)' +
  '|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)'

/** The number (1-12) of a month name or abbreviation, or undefined. */
export function monthNumber(name: string): number | undefined {
  return months[name.toLowerCase().replace(/\.$/, '')]
}

/** Whether a word is written as a month name (capitalised or upper case). */
export function isMonthName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && monthNumber(word) !== undefined
}

const monthStem =
  /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/

/** A cheap first test that a text may name a month at all, before the costly patterns. */
export function mayNameMonth(text: string): boolean {
  return monthStem.test(text)
}
