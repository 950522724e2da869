import type { DateRefiner } from './date-candidate.js'

/**
 * Where two candidates overlap, keep the longer ("3 June 2021" over "2021", "from 2025 to
 * 2027" over "2025"); of two as long, the one found first (parsers run in the order given).
 */
export const removeOverlappingDates: DateRefiner = {
  name: 'remove-overlapping-dates',
  refine(candidates) {
    const kept: typeof candidates = []
    for (const candidate of candidates) {
      const last = kept[kept.length - 1]
      if (!last || candidate.from >= last.to) {
        kept.push(candidate)
        continue
      }
      if (candidate.to - candidate.from > last.to - last.from) kept[kept.length - 1] = candidate
    }
    return kept
  },
}
