import {
  documentHeads,
  eventHeads,
  functionWords,
  groupWords,
  honorifics,
  months,
  organizationHeads,
  otherHeads,
  titleWords,
  weekdays,
} from '../../data/name-words.js'

/** What a head word makes of a name. */
export type HeadClass = 'organization' | 'event' | 'document' | 'other' | 'title' | 'group'

const known = new Map<string, HeadClass | undefined>()

/** The class of a capitalised word as a head, if it is one ("Council" -> organization); remembered. */
export function headClass(word: string): HeadClass | undefined {
  if (known.has(word)) return known.get(word)
  // Bounded memory: forget everything past a size that real texts do not reach.
  if (known.size > 50_000) known.clear()
  const found = classify(word)
  known.set(word, found)
  return found
}

function classify(word: string): HeadClass | undefined {
  if (organizationHeads.has(word)) return 'organization'
  if (titleWords.has(word)) return 'title'
  if (eventHeads.has(word)) return 'event'
  if (documentHeads.has(word)) return 'document'
  if (groupWords.has(word)) return 'group'
  if (otherHeads.has(word)) return 'other'
  // "Secretary-General", "Vice-Chairman", "Co-Chair": the last part decides;
  // "Movement-in-Opposition": an organization head among the parts.
  const dash = word.lastIndexOf('-')
  if (dash > 0) {
    const last = word.slice(dash + 1)
    if (titleWords.has(last) || titleWords.has(capitalise(last))) return 'title'
    // "ASEAN Community-building": a compound ending in a lower-case word is no name's head.
    if (/^\p{Ll}/u.test(last)) return undefined
    if (word.split('-').some((part) => organizationHeads.has(part))) return 'organization'
  }
  return undefined
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

/** A word that is capitalised only because it starts a sentence or a heading ("The", "We"). */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(word.toLowerCase())
}

/** Month and day names: a date, never part of a name. */
export function isCalendarWord(word: string): boolean {
  return months.has(word) || weekdays.has(word) || months.has(word.replace(/\.$/, ''))
}

export function isHonorific(word: string): boolean {
  return honorifics.has(word)
}

const ordinalWord =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thirt|fourt|fift|sixt|sevent|eight|ninet)eenth|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|hundredth|\d+(?:st|nd|rd|th))$/i

/** "Fifteenth", "51st": names that start with one are events or sessions. */
export function isOrdinal(word: string): boolean {
  return ordinalWord.test(word)
}

/** Roman numerals ("III" in "Basel III") are not acronyms. */
export function isRomanNumeral(word: string): boolean {
  return /^[IVX]+$/.test(word) && word.length <= 4
}
