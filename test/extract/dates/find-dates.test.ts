import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDatesInText } from '../../../src/extract/dates/find-dates.js'
import { parse } from '../../../src/parse.js'

/** The dates of a news text dated `date`, without the dateline's own, as [text, value]. */
function datesIn(body: string, date = '2021-06-04') {
  const document = parse(`date ${date} ${body}`)
  return document.dates.filter((d) => d.text !== date).map((d) => [d.text, d.value])
}

describe('dates in a document, resolved against its date', () => {
  it.each([
    ['The forum was held in Wuhan on Thursday.', 'Thursday', '2021-06-03'],
    ['Leaders agreed on Thursday to deepen cooperation.', 'Thursday', '2021-06-03'],
    ['The ministers will meet on Monday in Astana.', 'Monday', '2021-06-07'],
    ['The ministers met in Almaty last week.', 'last week', '2021-W21'],
    ['The next summit will be held in Tianjin next year.', 'next year', '2022'],
    ['Exports rose sharply this month.', 'this month', '2021-06'],
    ['The accord was signed yesterday.', 'yesterday', '2021-06-03'],
    ['The Secretary-General today called on Member States to act.', 'today', '2021-06-04'],
    ['The Council will meet on 17 June to hear the envoy.', '17 June', '2021-06-17'],
    ['The conference was held in March.', 'March', '2021-03'],
    ['They met on Saturday 29 May in Geneva.', '29 May', '2021-05-29'],
    [
      'The summit is expected to take place in Addis Ababa on March 8, diplomats said.',
      'March 8',
      '2022-03-08',
    ],
  ])('%s', (body, text, value) => {
    expect(datesIn(body)).toEqual([[text, value]])
  })

  it('marks resolved relative dates as relative', () => {
    const document = parse('date 2021-06-04 The forum was held in Wuhan on Thursday.')
    expect(document.dates.map((d) => d.relative)).toEqual([undefined, true])
  })

  it('keeps a relative date it cannot resolve with a null value and a warning', () => {
    const document = parse('The forum was held in Wuhan on Thursday.')
    expect(document.dates).toEqual([{ text: 'Thursday', value: null, start: 31, end: 39 }])
    expect(document.warnings.map((w) => [w.ruleId, w.start, w.end])).toContainEqual([
      'date-unanchored',
      31,
      39,
    ])
  })

  it('keeps "Today" with a null value and a date-unanchored warning when nothing dates the text', () => {
    const document = parse('Today the Ministers adopted the plan of action on water.')
    expect(document.dates).toEqual([{ text: 'Today', value: null, start: 0, end: 5 }])
    expect(document.warnings.map((w) => [w.ruleId, w.start, w.end])).toContainEqual([
      'date-unanchored',
      0,
      5,
    ])
  })

  it('dates a wire dateline without a year by the latest year of the days and months in the text', () => {
    const document = parse(
      'ADDIS ABABA, March 15 (Reuters) -- The council met on Thursday. It asked for a report by December 2024, under a plan through 2035.\n',
    )
    expect(document.dates.map((d) => [d.text, d.value])).toEqual([
      ['March 15', '2024-03-15'],
      ['Thursday', '2024-03-14'],
      ['December 2024', '2024-12'],
      ['2035', '2035'],
    ])
  })

  it('resolves against the date of a place-and-date line under the title', () => {
    const document = parse(
      '# Joint Statement\n\nXIAMEN, 16 May 2025\n\nThe parties met on Thursday and agreed on a plan.\n',
    )
    expect(document.dates.map((d) => [d.text, d.value])).toEqual([
      ['16 May 2025', '2025-05-16'],
      ['Thursday', '2025-05-15'],
    ])
  })

  it.each([
    [
      // The real pages' gold takes a weekday heading into the date's text (issue 11).
      'in "Thursday, 3 June 2021", the weekday is part of the date',
      'Adopted on Thursday, 3 June 2021.',
      [['Thursday, 3 June 2021', '2021-06-03']],
    ],
    ['"today" meaning nowadays is no date', 'The challenges the world faces today are many.', []],
    ['ordinals are no dates', 'They celebrated the 20th anniversary of the SCO.', []],
    ['eras are no dates', 'Cooperation in the post-epidemic era matters.', []],
    ['amounts and percentages are no dates', 'It lent USD 2000 million, up 2025 per cent.', []],
  ])('%s', (_, body, dates) => {
    expect(datesIn(body)).toEqual(dates)
  })

  it('records the date of a publication line', () => {
    const document = parse('Updated: 2021-06-03\n\nShare:\n\nThe Forum met in Wuhan.\n')
    expect(document.dates.map((d) => [d.text, d.value])).toEqual([['2021-06-03', '2021-06-03']])
  })

  it('gives every mention its own span, in document order', () => {
    const input = 'date 2024-07-05 Leaders met on Thursday. They met again in 2024 and on Thursday.'
    const document = parse(input)
    expect(document.dates.map((d) => [d.text, d.value, input.slice(d.start, d.end)])).toEqual([
      ['2024-07-05', '2024-07-05', '2024-07-05'],
      ['Thursday', '2024-07-04', 'Thursday'],
      ['2024', '2024', '2024'],
      ['Thursday', '2024-07-04', 'Thursday'],
    ])
  })
})

const pieces = [
  '3 June 2021',
  'June 3, 2021',
  '2021-06-03',
  '12.02.2025',
  '15-16 October 2024',
  'from 2025 to 2027',
  'in 2021',
  'by 2030',
  'June 2021',
  'on Thursday',
  'last week',
  'next year',
  'today',
  'yesterday',
  '17 October',
  'in March',
  '2024-2025',
  'resolution 2231 (2015)',
  '20th',
  'Tel: 86-10-85253310',
  'date 2021-06-04',
  'Updated: 2021-06-03',
  '\n\n',
  '\n',
  ' ',
  '.',
  ',',
  '(',
  ')',
  '–',
  'and',
  'The',
  'Forum',
  'met',
  'will meet',
  '**',
  '# ',
  '- ',
  '\u00a0',
  '\ufeff',
  '\u200b',
  'é',
  '😀',
  '\ud800',
]
const documentText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join('')),
)

describe('date extraction on any input', () => {
  it('never throws, and every date has a valid span whose text is the source text', () => {
    fc.assert(
      fc.property(documentText, (input) => {
        const document = parse(input)
        let previous = 0
        for (const date of document.dates) {
          expect(date.start).toBeGreaterThanOrEqual(previous)
          expect(date.end).toBeGreaterThan(date.start)
          expect(date.end).toBeLessThanOrEqual(input.length)
          expect(input.slice(date.start, date.end)).toBe(date.text)
          expect(
            date.value === null ||
              /^\d{4}(?:-(?:\d{2}|W\d{2})(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/.test(
                date.value,
              ),
          ).toBe(true)
          previous = date.start
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on one sentence of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => {
        for (const candidate of findDatesInText(text)) {
          expect(candidate.from).toBeGreaterThanOrEqual(0)
          expect(candidate.to).toBeLessThanOrEqual(text.length)
          expect(candidate.to).toBeGreaterThan(candidate.from)
        }
      }),
    )
  })
})
