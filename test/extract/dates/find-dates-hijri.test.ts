import { describe, expect, it } from 'vitest'
import { findHijriDates, gregorianOf } from '../../../src/extract/dates/find-dates-hijri.js'

function read(text: string) {
  return findHijriDates.find(text).map((c) => [text.slice(c.from, c.to), c.meaning])
}

describe('Hijri dates (Umm al-Qura), valued as Gregorian days', () => {
  it.each([
    [
      'Issued in Amman on 16 March 2025, corresponding to 16 Ramadan 1446 AH.',
      '16 Ramadan 1446 AH',
      '2025-03-16',
    ],
    [
      'held in Banjul on 4-5 May 2024 (25-26 Shawwal 1445H)',
      '25-26 Shawwal 1445H',
      '2024-05-04/2024-05-05',
    ],
    ['adopted on 1 Muharram 1446 AH', '1 Muharram 1446 AH', '2024-07-07'],
    ["on 12 Rabi' al-Awwal 1446 AH", "12 Rabi' al-Awwal 1446 AH", '2024-09-15'],
    ['on 10 Dhu al-Hijjah 1445 AH', '10 Dhu al-Hijjah 1445 AH', '2024-06-16'],
  ])('%s', (sentence, text, value) => {
    expect(read(sentence)).toEqual([[text, { kind: 'absolute', value }]])
  })

  it.each([
    ['the 16 May 1446 manuscript'],
    ['some 15 Member States 1400 km away'],
    ['the year 1446 AH'],
  ])('finds none in: %s', (sentence) => {
    expect(read(sentence)).toEqual([])
  })

  it('converts by stepping from an estimate', () => {
    expect(gregorianOf(1446, 9, 1)).toEqual({ year: 2025, month: 3, day: 1 })
    expect(gregorianOf(1446, 13, 1)).toBeUndefined()
  })

  it('reads a run of capitalised words after a day number in linear time', () => {
    // 128 bytes of "3 H II II … II." ran past 120 s through the month-words group.
    const text = `In 1445 the Council met on 3 H ${'II '.repeat(40_000)}.`
    expect(read(text)).toEqual([])
    expect(read(`on 3 Rabi ${'II '.repeat(40)}1445 AH`)).toEqual([])
  })
})
