import { describe, expect, it } from 'vitest'
import { findIrregularDates } from '../../../src/extract/dates/find-dates-irregular.js'

function read(text: string) {
  return findIrregularDates.find(text).map((c) => {
    if (c.meaning.kind !== 'absolute') throw new Error('irregular dates are absolute')
    return [text.slice(c.from, c.to), c.meaning.value]
  })
}

// Issue 11: shapes of days that chrono-node read only in part.
describe('days in uncommon shapes', () => {
  it.each([
    ['signed in Bern on 14, March 2019 by both', '14, March 2019', '2019-03-14'],
    ['the note of 3, Sept. 2021 was read', '3, Sept. 2021', '2021-09-03'],
    ['the letter of 11/12/ 1948 was read', '11/12/ 1948', '1948-12-11'],
    ['posted 09/29/ 2009 at noon', '09/29/ 2009', '2009-09-29'],
  ])('%s', (sentence, text, value) => {
    expect(read(sentence)).toEqual([[text, value]])
  })

  it.each([['on 11/12/1948 (the calendar parser reads it)'], ['the ratio 31/02/ 2019 is no day']])(
    'leaves alone: %s',
    (sentence) => {
      expect(read(sentence)).toEqual([])
    },
  )
})
