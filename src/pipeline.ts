import type { Step } from './extract/context.js'
import { findDates } from './extract/find-dates.js'
import { resolveRelativeDates } from './refine/resolve-relative-dates.js'

/**
 * The extraction pipeline, in order. Each step finds candidates or refines what
 * earlier steps found; adding a rule is adding a file and a line here.
 */
export const steps: Step[] = [
  // Dates of every analysed sentence: chrono-node for calendar dates, own rules for months,
  // years and relative words (extract/find-dates.ts lists its parsers and refiners).
  findDates,
  // Relative and incomplete dates ("on Thursday", "17 October") valued by the document's date.
  resolveRelativeDates,
]
