import { describe, expect, it } from 'vitest'
import { findDatesInText } from '../../../src/extract/dates/find-dates.js'
import { parse } from '../../../src/parse.js'

const spans = (text: string) => findDatesInText(text).map((c) => text.slice(c.from, c.to))

/** The dates of a text dated `date`, without the date line's own, as [text, value]. */
function datesIn(body: string, date = '2024-05-16') {
  const document = parse(`date ${date} ${body}`)
  return document.dates.filter((d) => d.text !== date).map((d) => [d.text, d.value])
}

// Issue 11: the words a reader takes as part of a date, the value unchanged.
describe('weekday headings and period parts are words of the date', () => {
  it.each([
    ['Posted Wed, 03/13/2024 by the desk.', 'Wed, 03/13/2024'],
    ['Bulletin of Friday, 14 June 2024, page two.', 'Friday, 14 June 2024'],
    ['The board met on Monday, October 7, 2019 in Lima.', 'Monday, October 7, 2019'],
    ['Works will start in early 2027 near the port.', 'early 2027'],
    ['A review is due by mid-2026 at the latest.', 'mid-2026'],
    ['Prices fell in late March 2023 across the region.', 'late March 2023'],
  ])('%s', (sentence, text) => {
    expect(spans(sentence)).toEqual([text])
  })

  it.each([
    ['The envoys met on Saturday 29 May in Geneva.', '29 May'],
    ['The report comes out on Monday (Dec. 2, 2024).', 'Dec. 2, 2024'],
    ['The Sunday Times of 3 May 2020 ran it.', '3 May 2020'],
  ])('leaves out a weekday not written as a heading: %s', (sentence, text) => {
    expect(spans(sentence)).toEqual([text])
  })

  it.each([
    ['The union held its congress earlier this year.', 'earlier this year', '2024'],
    ['Talks resumed earlier this month in Bern.', 'earlier this month', '2024-05'],
    ['A decision will follow later this year.', 'later this year', '2024'],
    ['They will meet early next year.', 'next year', '2025'],
  ])('relative periods: %s', (body, text, value) => {
    expect(datesIn(body)).toEqual([[text, value]])
  })
})
