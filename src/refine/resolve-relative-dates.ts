import type { Step } from '../extract/context.js'
import { pendingDates } from '../extract/pending-dates.js'
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
 * Value every date that needs the document's date ("on Thursday", "last week", "17 October",
 * "in March") by that date and its clause's tense; one that cannot be valued keeps a null
 * value and gets a `date-unresolved` warning.
 */
export const resolveRelativeDates: Step = {
  name: 'resolve-relative-dates',
  run(document, context) {
    // The document's own date: its dateline, publication line, signature or place/date line.
    const anchor = anchorOf(document.metadata.date)
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
