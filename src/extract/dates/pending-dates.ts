import type { DateMention } from '../../model/entities.js'
import type { DateMeaning, Tense } from './date-candidate.js'

/** What a mention means before the document's date completes it. */
export interface PendingDate {
  meaning: Exclude<DateMeaning, { kind: 'absolute' }>
  tense: Tense
}

/**
 * The dates that find-dates.ts could not value alone, by mention, for the step that
 * resolves them against the document's date (resolve-relative-dates.ts). Held
 * weakly: it is gone with the document.
 */
export const pendingDates = new WeakMap<DateMention, PendingDate>()
