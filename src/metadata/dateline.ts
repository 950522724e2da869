/** A dateline at the start of a news text: "QINGDAO, June 10 (Xinhua) --", "date 2021-06-04". */
export interface FoundDateline {
  /** End of the dateline in the block's analysed text (before the body starts). */
  length: number
  /** Dateline text without its trailing dash. */
  text: string
  place: string | null
  dateText: string | null
  agency: string | null
}

const month =
  '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Za-z]*\\.?'
const dayMonth = `(?:${month} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${month}(?: \\d{4})?)`
const placeWord = "\\p{Lu}[\\p{Lu}'’.\\-]+"
const titleWord = "\\p{Lu}[\\p{L}'’.\\-]+"

const isoDateline = /^(?:date|dated|updated|published)\s*(?::\s*)?(\d{4}-\d{2}-\d{2})\b[\s:|–—-]*/iu
const wireDateline = new RegExp(
  `^((?:${placeWord})(?: ${placeWord}){0,3}|(?:${titleWord})(?: ${titleWord}){0,2})` +
    `(?:, ((?:${titleWord})(?: ${titleWord}){0,2}))??,? ?(${dayMonth})?,? ?(?:\\(([^)]{2,40})\\))? ?(?:--|—|–|-|:) ?`,
  'u',
)

/** Title-case an upper-case place ("XI'AN" -> "Xi'an", "NEW YORK" -> "New York"). */
export function titleCasePlace(place: string): string {
  if (place !== place.toUpperCase()) return place
  return place
    .split(/( |-)/)
    .map((word) =>
      word === ' ' || word === '-' ? word : word.charAt(0) + word.slice(1).toLowerCase(),
    )
    .join('')
}

/** "MOSCOW, December 20. /TASS/." */
const slashAgency = new RegExp(
  `^((?:${placeWord})(?: ${placeWord}){0,3}),? (${dayMonth})\\.? ?\\/([^/]{2,30})\\/\\.? ?`,
  'u',
)
/** An agency named by its web domain: "AKIPRESS.COM - ". */
const domainAgency = /^([A-Z0-9][A-Z0-9-]*(?:\.[A-Z0-9-]+)*\.[A-Z]{2,4}) ?(?:--|—|–|-) ?/

/** Find a dateline at the very start of a block's analysed text. */
export function findDateline(text: string): FoundDateline | undefined {
  const slash = slashAgency.exec(text)
  if (slash && slash[0].length < text.length) {
    return {
      length: slash[0].length,
      text: slash[0].trim(),
      place: titleCasePlace(slash[1]!),
      dateText: slash[2]!,
      agency: slash[3]!,
    }
  }
  const domain = domainAgency.exec(text)
  if (domain && domain[0].length < text.length) {
    return {
      length: domain[0].length,
      text: domain[0].replace(/\s*(?:--|—|–|-)\s*$/, ''),
      place: null,
      dateText: null,
      agency: domain[1]!,
    }
  }
  const iso = isoDateline.exec(text)
  if (iso && iso[0].length < text.length) {
    return {
      length: iso[0].length,
      text: iso[0].trim(),
      place: null,
      dateText: iso[1]!,
      agency: null,
    }
  }
  const wire = wireDateline.exec(text)
  if (!wire || wire[0].length >= text.length) return undefined
  const [, place, , dateText, agency] = wire
  const upper = place === place?.toUpperCase()
  // A mixed-case "Place --" alone is an ordinary sentence; an upper-case one ("BRUSSELS —") is a dateline.
  if (
    !dateText &&
    !agency &&
    !(upper && /\p{Lu}{3}/u.test(place ?? '') && /(?:--|—|–)/.test(wire[0]))
  )
    return undefined
  if (!upper && !(dateText && agency)) return undefined
  const body = wire[0].replace(/\s*(?:--|—|–|-|:)\s*$/, '')
  return {
    length: wire[0].length,
    text: body,
    place: place ? titleCasePlace(place) : null,
    dateText: dateText ?? null,
    agency: agency ?? null,
  }
}
