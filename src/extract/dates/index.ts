// Dates: candidate parsers and refiners (find-dates.ts lists them), then relative and
// incomplete dates valued by the document's date.
export { findDates } from './find-dates.js'
export { resolveRelativeDates } from './resolve-relative-dates.js'
