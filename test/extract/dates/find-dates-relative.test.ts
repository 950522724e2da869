import { describe, expect, it } from 'vitest'
import { findRelativeDates } from '../../../src/extract/dates/find-dates-relative.js'

function read(text: string) {
  return findRelativeDates.find(text).map((c) => [text.slice(c.from, c.to), c.meaning])
}

describe('relative dates', () => {
  it.each([
    ['held in Wuhan on Thursday', 'Thursday', 4, null],
    ['published Friday', 'Friday', 5, null],
    ['met last Friday in Minsk', 'last Friday', 5, -1],
    ['will meet next Monday', 'next Monday', 1, 1],
    ['This Tuesday the Council', 'This Tuesday', 2, 0],
    ["Thursday's summit", 'Thursday', 4, null],
  ])('reads a weekday: %s', (sentence, text, weekday, shift) => {
    expect(read(sentence)).toEqual([[text, { kind: 'weekday', weekday, shift }]])
  })

  it.each([
    ['the President today called on', 'today', 0],
    ['which I signed yesterday', 'yesterday', -1],
    ['Tomorrow I will present', 'Tomorrow', 1],
    ['The day before yesterday, I signed', 'The day before yesterday', -2],
    ['until the day after tomorrow', 'the day after tomorrow', 2],
  ])('reads a day word: %s', (sentence, text, days) => {
    expect(read(sentence)).toEqual([[text, { kind: 'day-offset', days }]])
  })

  it.each([
    ['who met in Almaty last week', 'last week', 'week', -1],
    ['to be held in Tianjin next year', 'next year', 'year', 1],
    ['earlier this month', 'this month', 'month', 0],
    ['in the current year', 'current year', 'year', 0],
  ])('reads a calendar period: %s', (sentence, text, unit, shift) => {
    expect(read(sentence)).toEqual([[text, { kind: 'period', unit, shift }]])
  })

  it.each([
    ['the Good Friday Agreement'],
    ['Black Monday on the markets'],
    ['prayers held on Fridays'],
    ['the world of tomorrow'],
    ['the lessons of yesterday'],
    ['from then until today'],
    ['in the last week of June'],
    ['over the last year'],
    ['Multilateral Solutions for a Better Tomorrow'],
    ['a monday meeting'],
  ])('finds no relative date in: %s', (sentence) => {
    expect(read(sentence)).toEqual([])
  })
})
