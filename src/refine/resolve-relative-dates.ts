import type { ExtractionContext, Step } from '../extract/context.js'
import { pendingDates } from '../extract/pending-dates.js'
import type { Block, CommuniqueDocument } from '../model/document.js'
import type { DateMention } from '../model/entities.js'
import { type Anchor, resolveDateMeaning } from './resolve-date-meaning.js'

/** The anchor of an ISO value: "2021-06-04", "2021-06" or "2021" (a range's last day). */
function anchorOf(value: string | null | undefined): Anchor | undefined {
  const last = value?.split('/').pop()
  const match = last ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(last) : null
  if (!match) return undefined
  const anchor: Anchor = { year: Number(match[1]) }
  if (match[2]) anchor.month = Number(match[2])
  if (match[3]) anchor.day = Number(match[3])
  return anchor
}

/**
 * Whether a block is a place-and-date line ("Kuala Lumpur, Malaysia, 9 July 2025",
 * "XI'AN, 16 May 2025"): once the date is gone, a few capitalised words and commas.
 */
function isDateLine(block: Block, date: DateMention, source: string): boolean {
  if (date.start < block.start || date.end > block.end) return false
  const rest = source.slice(block.start, date.start) + source.slice(date.end, block.end)
  const words = rest.match(/[\p{L}'’.-]+/gu) ?? []
  if (words.length > 6 || /[^\p{L}'’.,\s*#()-]/u.test(rest)) return false
  return words.every((word) => /^\p{Lu}/u.test(word) || /^(?:on|at|in|the|of)$/.test(word))
}

/**
 * The document's own date: its metadata date (dateline, publication line or signature),
 * else a full date on a place-and-date line among its first blocks.
 */
function documentAnchor(
  document: CommuniqueDocument,
  context: ExtractionContext,
): Anchor | undefined {
  const own = anchorOf(document.metadata.date)
  if (own?.day) return own
  const head = context.analysed.slice(0, 3)
  for (const date of document.dates) {
    if (!date.value || date.value.length < 10 || pendingDates.has(date)) continue
    if (head.some((block) => isDateLine(block, date, context.source))) return anchorOf(date.value)
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
