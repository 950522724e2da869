import type { ExtractionContext, Step } from '../extract/context.js'
import { pendingDates } from '../extract/pending-dates.js'
import type { CommuniqueDocument } from '../model/document.js'
import { type Anchor, resolveDateMeaning } from './resolve-date-meaning.js'

/** The anchor of an ISO value: "2021-06-04", "2021-06" or "2021" (a range's start). */
function anchorOf(value: string | null | undefined): Anchor | undefined {
  const match = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)/.exec(value) : null
  if (!match) return undefined
  const anchor: Anchor = { year: Number(match[1]) }
  if (match[2]) anchor.month = Number(match[2])
  if (match[3]) anchor.day = Number(match[3])
  return anchor
}

/** Longest block that still reads as a place-and-date line under a title. */
const maxDateLineLength = 120

/**
 * The document's own date: its metadata date (dateline, publication line or signature),
 * else the first full date on a short line among its first blocks ("Kuala Lumpur,
 * Malaysia, 9 July 2025" under the title).
 */
function documentAnchor(
  document: CommuniqueDocument,
  context: ExtractionContext,
): Anchor | undefined {
  const own = anchorOf(document.metadata.date)
  if (own?.day) return own
  const head = context.analysed
    .slice(0, 3)
    .filter((block) => block.text.length <= maxDateLineLength)
  for (const date of document.dates) {
    if (!date.value || date.value.length < 10 || pendingDates.has(date)) continue
    if (head.some((block) => date.start >= block.start && date.end <= block.end)) {
      return anchorOf(date.value)
    }
  }
  return own
}

/**
 * Value every date that needs the document's date ("on Thursday", "last week", "17 October",
 * "in March") by that date and its clause's tense; one that cannot be valued keeps a null
 * value and gets a `date-unresolved` warning.
 */
export const resolveRelativeDates: Step = {
  name: 'resolve-relative-dates',
  run(document, context) {
    const anchor = documentAnchor(document, context)
    for (const date of document.dates) {
      const pending = pendingDates.get(date)
      if (!pending) continue
      const value = anchor ? resolveDateMeaning(pending, anchor) : null
      if (value) {
        date.value = value
        date.relative = true
        continue
      }
      const why = anchor ? 'the document date is not precise enough' : 'the document has no date'
      context.messages.warn(
        'date-unresolved',
        `\`${date.text}\` cannot be resolved: ${why}`,
        date.start,
        date.end,
      )
    }
  },
}
