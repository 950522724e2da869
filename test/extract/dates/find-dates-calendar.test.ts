import { describe, expect, it } from 'vitest'
import { findCalendarDates } from '../../../src/extract/dates/find-dates-calendar.js'
import { findDayOfDates } from '../../../src/extract/dates/find-dates-day-of.js'

/** Each date chrono-node's calendar parser finds, as [text, meaning]. */
function read(text: string) {
  return findCalendarDates.find(text).map((c) => [text.slice(c.from, c.to), c.meaning])
}

const day = (value: string) => ({ kind: 'absolute', value })

describe('calendar dates (chrono-node, one sentence at a time)', () => {
  it.each([
    ['On 3 June 2021, leaders met.', '3 June 2021', '2021-06-03'],
    ['Wuhan, June 3, 2021', 'June 3, 2021', '2021-06-03'],
    ['Updated: 2021-06-03 10:26:41', '2021-06-03', '2021-06-03'],
    ['Published: 12.02.2025', '12.02.2025', '2025-02-12'],
    ['signed on 03.06.2021 in Minsk', '03.06.2021', '2021-06-03'],
    ['held on the 3rd of June 2021', '3rd of June 2021', '2021-06-03'],
    ['from Sept. 3, 2021 on', 'Sept. 3, 2021', '2021-09-03'],
    ['adopted on Thursday, 3 June 2021', '3 June 2021', '2021-06-03'],
    ['Published 2024.06.10 by the Secretariat', '2024.06.10', '2024-06-10'],
  ])('reads a day: %s', (sentence, text, value) => {
    expect(read(sentence)).toEqual([[text, day(value)]])
  })

  it.each([
    ['met on 15-16 October 2024', '15-16 October 2024', '2024-10-15/2024-10-16'],
    ['held on 8–9 July 2025.', '8–9 July 2025', '2025-07-08/2025-07-09'],
    ['to convene, from 2 to 4 April 2024, a meeting', '2 to 4 April 2024', '2024-04-02/2024-04-04'],
    [
      'from 30 September to 2 October 2024',
      '30 September to 2 October 2024',
      '2024-09-30/2024-10-02',
    ],
    [
      'from 28 December 2024 to 3 January 2025',
      '28 December 2024 to 3 January 2025',
      '2024-12-28/2025-01-03',
    ],
    ['on October 15-16, 2024', 'October 15-16, 2024', '2024-10-15/2024-10-16'],
    ['on 7 and 8 June 2024 in Nice', '7 and 8 June 2024', '2024-06-07/2024-06-08'],
  ])('reads a range of days: %s', (sentence, text, value) => {
    expect(read(sentence)).toEqual([[text, day(value)]])
  })

  it.each([
    ['a meeting on 17 October to hear', '17 October', { kind: 'day-month', month: 10, day: 17 }],
    ['ASTANA, July 4 (Xinhua)', 'July 4', { kind: 'day-month', month: 7, day: 4 }],
    ['BEIJING, Oct. 16 (Xinhua)', 'Oct. 16', { kind: 'day-month', month: 10, day: 16 }],
    [
      'the mission will stay between 1 and 3 July',
      'between 1 and 3 July',
      { kind: 'day-month', month: 7, day: 1, endMonth: 7, endDay: 3 },
    ],
    [
      'to be held on 10-12 June in Nice',
      '10-12 June',
      { kind: 'day-month', month: 6, day: 10, endMonth: 6, endDay: 12 },
    ],
  ])('leaves a day without a year for the document date: %s', (sentence, text, meaning) => {
    expect(read(sentence)).toEqual([[text, meaning]])
  })

  it.each([
    ['Article 5 may be amended by consensus.'],
    ['paragraph 3 march forward'],
    ['services available 24/7 to all'],
    ['see document A/RES/78/1 and S/2023/648'],
    ['Tel: 86-10-85253310 Fax: 86-10-85253090'],
    ['京ICP备2023001960号-1'],
    ['on 31 June 2021'],
    ['declaring 15 March as the International Day to Combat Islamophobia'],
    ['celebrated every year on 24 June'],
    ['held on 16-17 Shawwal 1445H'],
  ])('finds no date in: %s', (sentence) => {
    expect(read(sentence)).toEqual([])
  })
})

describe('formal days of signing lines', () => {
  it.each([
    [
      'Done at Astana, this 10th day of February 2024, in two originals.',
      '10th day of February 2024',
      '2024-02-10',
    ],
    [
      'Signed on the twenty-second day of June, 2025.',
      'twenty-second day of June, 2025',
      '2025-06-22',
    ],
    [
      'Done on this first day of March in the year 2023',
      'first day of March in the year 2023',
      '2023-03-01',
    ],
  ])('%s', (sentence, text, value) => {
    const found = findDayOfDates
      .find(sentence)
      .map((c) => [sentence.slice(c.from, c.to), c.meaning])
    expect(found).toEqual([[text, { kind: 'absolute', value }]])
  })

  it('leaves a formal day without a year for the document date', () => {
    const sentence = 'Done at Baku on the 3rd day of May'
    const found = findDayOfDates.find(sentence).map((c) => c.meaning)
    expect(found).toEqual([{ kind: 'day-month', month: 5, day: 3 }])
  })
})
