import { describe, expect, it } from 'vitest'
import { findMonthDates } from '../../../src/extract/dates/find-dates-months.js'

function read(text: string) {
  return findMonthDates.find(text).map((c) => [text.slice(c.from, c.to), c.meaning])
}

describe('months', () => {
  it.each([
    ['to be held in Abu Dhabi in February 2024', 'February 2024', '2024-02'],
    ['by June, 2025 at the latest', 'June, 2025', '2025-06'],
    ['REPORT OF JUNE 2021', 'JUNE 2021', '2021-06'],
    ['from June–July 2024', 'June–July 2024', '2024-06/2024-07'],
    ['from December 2024 to March 2025', 'December 2024 to March 2025', '2024-12/2025-03'],
    ['between June and August 2024', 'between June and August 2024', '2024-06/2024-08'],
  ])('reads a month: %s', (sentence, text, value) => {
    // A range's months are candidates too; the overlap refiner keeps the range.
    expect(read(sentence)).toContainEqual([text, { kind: 'absolute', value }])
  })

  it.each([
    ['the conference held in March', 'March', 3, null],
    ['by June the Council', 'June', 6, null],
    ['visited Kyiv last July', 'last July', 7, -1],
    ['will meet next October', 'next October', 10, 1],
    ['in Dubai this December', 'this December', 12, 0],
    ['at the end of May.', 'May', 5, null],
  ])('leaves a month without a year for the document date: %s', (sentence, text, month, shift) => {
    expect(read(sentence)).toEqual([[text, { kind: 'month', month, shift }]])
  })

  it.each([
    ['May God bless our nations'],
    ['we march towards peace'],
    ['at a meeting on June 3'],
    ['held in September every year'],
    ['Marine resources in Marrakesh'],
  ])('finds no month alone in: %s', (sentence) => {
    expect(read(sentence)).toEqual([])
  })
})
