// Shapes of lines: headings, titles, place/date lines.

/** Longest line that can be a heading or a signature line. */
export const shortLine = 160
/** Longest title: official titles run long ("Memorandum of Understanding between ..."). */
export const longestTitle = 320
/** "Article 5. Entry into force", "Part II", "Annex 1: Terms of reference". */
export const provisionHeading =
  /^(?:article|section|part|chapter|annex|appendix|rule|title)\s+(?:\d+|[IVXLC]+)\b[.:\s]*(?:\S+(?:\s\S+){0,11})?$/i

export function isHeadingLike(text: string, maxLength = shortLine): boolean {
  if (text.length > maxLength || /[.,;:]$/.test(text)) return false
  const words = text.split(' ')
  if (words.length > (maxLength === shortLine ? 25 : 50)) return false
  if (!/^[\p{Lu}\p{N}"“'‘(]/u.test(text)) return false
  if (text === text.toUpperCase() && /\p{Lu}/u.test(text)) return true
  const content = words.filter((word) => word.length > 3)
  if (content.length === 0) return true
  const capitalised = content.filter((word) => /^[\p{Lu}\p{N}"“(]/u.test(word)).length
  return capitalised / content.length >= 0.6
}

/** Reads a date in a short text; the caller's date reader (chrono, bounded). */
export type DateProbe = (text: string) => { index: number; text: string } | undefined

export const signatureLead =
  /^(?:done|signed|adopted|issued|made|approved)\b(?: (?:at|in|on))?|^(?:for|on behalf of) (?:the )?\p{Lu}[^.;]{0,80}:?$|^(?:place|date)\s*:/iu
const timeOfDay = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AP]M|[A-Z]{2,4}))?\b/g

/**
 * A line that only gives a place and a date ("Kuala Lumpur, Malaysia, 9 July 2025",
 * "XI'AN, 16 May 2025", "Done at Astana on 4 July 2024"): at most five words beside
 * the date, each capitalised.
 */
export function isPlaceDateLine(text: string, readDate: DateProbe): boolean {
  if (text.length > 120) return false
  const found = readDate(text)
  if (!found) return false
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.text.length))
    .replace(timeOfDay, ' ')
    .replace(signatureLead, ' ')
    .replace(/\b(?:on|at|in|this|the|day|of)\b/gi, ' ')
    .replace(/[,.;:|()–—\s-]+/g, ' ')
    .trim()
  if (!rest) return true
  // Place names: capitalised words, with a few short particles ("Rio de Janeiro", "Republic of").
  const words = rest.split(' ')
  const particles = words.filter((word) => /^\p{Ll}{1,3}$/u.test(word)).length
  return (
    words.length <= 8 &&
    particles <= 2 &&
    words.every((word) => /^[\p{Lu}'’]|^\p{Ll}{1,3}$/u.test(word))
  )
}
