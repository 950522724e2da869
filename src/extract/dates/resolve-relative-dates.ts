import type { CommuniqueDocument } from '../../model/document.js'
import type { Step } from '../context.js'
import { pendingDates } from './pending-dates.js'
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
 * The date of a wire dateline without a year ("ADDIS ABABA, March 15 (Reuters) --") when
 * nothing else dates the text: its day and month, in the latest year that the text's own
 * days and months name ("by December 2024"). Bare years are left out: they are often
 * targets far ahead ("a strategy through 2035").
 */
function datelineAnchor(document: CommuniqueDocument): Anchor | undefined {
  const line = document.metadata.dateline
  if (!line) return undefined
  const inLine = document.dates.find((date) => date.start >= line.start && date.end <= line.end)
  const pending = inLine ? pendingDates.get(inLine) : undefined
  if (pending?.meaning.kind !== 'day-month') return undefined
  const years = document.dates
    .filter((date) => date.value && !pendingDates.has(date) && /^\d{4}-\d{2}/.test(date.value))
    .map((date) => Number(date.value!.slice(0, 4)))
  if (years.length === 0) return undefined
  return { year: Math.max(...years), month: pending.meaning.month, day: pending.meaning.day }
}

/**
 * Without the document's date, a day without a year ("Ankara, March 16") is the day that the
 * text writes in full elsewhere ("on 16 March 2023"), when exactly one year has it.
 */
function sameDayWritten(
  document: CommuniqueDocument,
  pending: NonNullable<ReturnType<typeof pendingDates.get>>,
): string | null {
  const { meaning } = pending
  if (meaning.kind !== 'day-month' || meaning.endDay !== undefined) return null
  const suffix = `-${String(meaning.month).padStart(2, '0')}-${String(meaning.day).padStart(2, '0')}`
  const values = new Set(
    document.dates
      .map((date) => date.value)
      .filter((value): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value ?? ''))
      .filter((value) => value.endsWith(suffix)),
  )
  return values.size === 1 ? [...values][0]! : null
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
    const anchor = anchorOf(document.metadata.date) ?? datelineAnchor(document)
    for (const date of document.dates) {
      const pending = pendingDates.get(date)
      if (!pending) continue
      const value = anchor ? resolveDateMeaning(pending, anchor) : sameDayWritten(document, pending)
      if (value) {
        date.value = value
        date.relative = true
        continue
      }
      // Kept with a null value: with no document date, the date has no anchor at all.
      if (!anchor) {
        context.messages.warn(
          'date-unanchored',
          `\`${date.text}\` is kept without a value: the document has no date to anchor it`,
          date.start,
          date.end,
        )
        continue
      }
      context.messages.warn(
        'date-unresolved',
        `\`${date.text}\` cannot be resolved: the document date is not precise enough`,
        date.start,
        date.end,
      )
    }
  },
}
