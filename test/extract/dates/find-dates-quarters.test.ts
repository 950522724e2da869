import { describe, expect, it } from 'vitest'
import { findQuarterDates } from '../../../src/extract/dates/find-dates-quarters.js'

function read(text: string) {
  return findQuarterDates.find(text).map((c) => {
    if (c.meaning.kind !== 'absolute') throw new Error('quarters are absolute')
    return [text.slice(c.from, c.to), c.meaning.value]
  })
}

describe('quarters and halves of a year, as the months they span', () => {
  it.each([
    ['by the first quarter of 2026;', 'first quarter of 2026', '2026-01/2026-03'],
    ['in the second quarter of 2026', 'second quarter of 2026', '2026-04/2026-06'],
    ['in the 3rd quarter of 2024', '3rd quarter of 2024', '2024-07/2024-09'],
    ['by the last quarter of 2025', 'last quarter of 2025', '2025-10/2025-12'],
    ['in the first half of 2025', 'first half of 2025', '2025-01/2025-06'],
    ['during the second half of 2024', 'second half of 2024', '2024-07/2024-12'],
    ['growth in Q3 2024 was', 'Q3 2024', '2024-07/2024-09'],
    ['results for H2 2025', 'H2 2025', '2025-07/2025-12'],
  ])('%s', (sentence, text, value) => {
    expect(read(sentence)).toEqual([[text, value]])
  })

  it.each([['the first quarter of the year'], ['a quarter of 2025 budgets'], ['Q5 2024']])(
    'finds none in: %s',
    (sentence) => {
      expect(read(sentence)).toEqual([])
    },
  )
})
