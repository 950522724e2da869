import { describe, expect, it } from 'vitest'
import type { PendingDate } from '../../../src/extract/dates/pending-dates.js'
import {
  type Anchor,
  formatWeek,
  resolveDateMeaning,
} from '../../../src/extract/dates/resolve-date-meaning.js'

// 4 June 2021 is a Friday, in ISO week 2021-W22.
const friday: Anchor = { year: 2021, month: 6, day: 4 }
// 5 January 2024 is a Friday, in ISO week 2024-W01.
const newYear: Anchor = { year: 2024, month: 1, day: 5 }

const weekday = (weekday: number, shift: -1 | 0 | 1 | null = null) =>
  ({ kind: 'weekday', weekday, shift }) as const

describe('resolving against the document date', () => {
  it.each([
    ['Thursday, past tense', weekday(4), 'past', '2021-06-03'],
    ['Thursday, no tense (news)', weekday(4), null, '2021-06-03'],
    ['Friday, past tense: the same day', weekday(5), 'past', '2021-06-04'],
    ['Saturday, past tense', weekday(6), 'past', '2021-05-29'],
    ['Monday, future tense', weekday(1), 'future', '2021-06-07'],
    ['Friday, future tense: a week on', weekday(5), 'future', '2021-06-11'],
    ['Friday, present tense: the same day', weekday(5), 'present', '2021-06-04'],
    ['last Friday', weekday(5, -1), null, '2021-05-28'],
    ['next Friday', weekday(5, 1), null, '2021-06-11'],
    ['next Monday', weekday(1, 1), 'past', '2021-06-07'],
    ['this Tuesday', weekday(2, 0), null, '2021-06-01'],
  ])('%s', (_, meaning, tense, value) => {
    const pending = { meaning, tense } as PendingDate
    expect(resolveDateMeaning(pending, friday)).toBe(value)
  })

  it.each([
    ['today', { kind: 'day-offset', days: 0 }, friday, '2021-06-04'],
    ['yesterday', { kind: 'day-offset', days: -1 }, friday, '2021-06-03'],
    ['tomorrow', { kind: 'day-offset', days: 1 }, friday, '2021-06-05'],
    ['last week', { kind: 'period', unit: 'week', shift: -1 }, friday, '2021-W21'],
    ['this week', { kind: 'period', unit: 'week', shift: 0 }, friday, '2021-W22'],
    [
      'last week, across a new year',
      { kind: 'period', unit: 'week', shift: -1 },
      newYear,
      '2023-W52',
    ],
    ['this month', { kind: 'period', unit: 'month', shift: 0 }, friday, '2021-06'],
    [
      'last month, across a new year',
      { kind: 'period', unit: 'month', shift: -1 },
      newYear,
      '2023-12',
    ],
    ['next year', { kind: 'period', unit: 'year', shift: 1 }, friday, '2022'],
    ['last year', { kind: 'period', unit: 'year', shift: -1 }, friday, '2020'],
    [
      '17 October, in a text of 3 October',
      { kind: 'day-month', month: 10, day: 17 },
      { year: 2023, month: 10, day: 3 },
      '2023-10-17',
    ],
    [
      '28 December, in a text of 5 January',
      { kind: 'day-month', month: 12, day: 28 },
      newYear,
      '2023-12-28',
    ],
    [
      '10-12 June',
      { kind: 'day-month', month: 6, day: 10, endMonth: 6, endDay: 12 },
      friday,
      '2021-06-10/2021-06-12',
    ],
  ])('%s', (_, meaning, anchor, value) => {
    const pending = { meaning, tense: null } as PendingDate
    expect(resolveDateMeaning(pending, anchor)).toBe(value)
  })

  it.each([
    ['16 October, past tense ("spoke on 16 October")', 'past', '2023-10-16'],
    ['16 October, no tense: the nearest', null, '2024-10-16'],
    ['7 May, future tense ("will visit on 7 May")', 'future', '2025-05-07'],
    ['7 May, no tense: the nearest', null, '2024-05-07'],
  ] as const)('%s', (_, tense, value) => {
    const month = Number(value.slice(5, 7))
    const day = Number(value.slice(8, 10))
    const pending: PendingDate = { meaning: { kind: 'day-month', month, day }, tense }
    expect(resolveDateMeaning(pending, { year: 2024, month: 6, day: 12 })).toBe(value)
  })

  it('takes the year whose weekday is written beside the day ("Friday 13 September")', () => {
    const meaning = { kind: 'day-month', month: 9, day: 13, weekday: 5 } as const
    const anchor = { year: 2024, month: 6, day: 12 }
    expect(resolveDateMeaning({ meaning, tense: 'past' }, anchor)).toBe('2024-09-13')
  })

  it.each([
    ['in December, past tense', 12, null, 'past', '2023-12'],
    ['in March, future tense', 3, null, 'future', '2024-03'],
    ['in March, past tense', 3, null, 'past', '2023-03'],
    ['in March, no tense: the nearest', 3, null, null, '2024-03'],
    ['in September, no tense: the nearest', 9, null, null, '2023-09'],
    ['last January', 1, -1, null, '2023-01'],
    ['next January', 1, 1, null, '2025-01'],
  ] as const)('%s', (_, month, shift, tense, value) => {
    const pending: PendingDate = { meaning: { kind: 'month', month, shift }, tense }
    expect(resolveDateMeaning(pending, newYear)).toBe(value)
  })

  it('needs a day to resolve a weekday', () => {
    const pending: PendingDate = { meaning: weekday(4), tense: 'past' }
    expect(resolveDateMeaning(pending, { year: 2021 })).toBe(null)
    expect(
      resolveDateMeaning(
        { meaning: { kind: 'period', unit: 'year', shift: 1 }, tense: null },
        { year: 2021 },
      ),
    ).toBe('2022')
  })

  it.each([
    [{ year: 2021, month: 1, day: 1 }, '2020-W53'],
    [{ year: 2024, month: 12, day: 30 }, '2025-W01'],
    [{ year: 2024, month: 7, day: 4 }, '2024-W27'],
  ])('names the ISO week of %o as %s', (day, week) => {
    expect(formatWeek(day)).toBe(week)
  })
})
