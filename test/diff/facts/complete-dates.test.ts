// A version without a year of its own takes it from the other version.
import { describe, expect, it } from 'vitest'
import { completeDates } from '../../../src/diff/facts/complete-dates.js'
import { documentWith } from '../../document-with-facts.js'

const wire =
  'ADDIS ABABA, March 15 (Reuters) -- The council met on Thursday and will meet again on March 22.'

describe('completeDates', () => {
  it("values the day names and month-days of a wire report by the other version's year", () => {
    const b = documentWith(wire, {
      dates: [
        ['March 15', null],
        ['Thursday', null],
        ['March 22', null],
      ],
    })
    const a = documentWith('The Council met in Addis Ababa on 14 March 2024.', {
      dates: [['14 March 2024', '2024-03-14']],
    })
    expect(completeDates(b, a).map((d) => [d.text, d.value])).toEqual([
      ['March 15', '2024-03-15'],
      ['Thursday', '2024-03-14'],
      ['March 22', '2024-03-22'],
    ])
    expect(b.dates.map((d) => d.value)).toEqual([null, null, null])
  })

  it('leaves a version that has its own date as it is', () => {
    const a = documentWith('Updated: 2021-06-04\n\nThe Forum met on Thursday.', {
      dates: [['Thursday', '2021-06-03']],
    })
    const other = documentWith('The Forum met on 3 June 2021.', {
      dates: [['3 June 2021', '2021-06-03']],
    })
    expect(completeDates(a, other)).toBe(a.dates)
  })

  it('leaves the dates alone when the other version gives no year either', () => {
    const b = documentWith(wire, { dates: [['Thursday', null]] })
    const a = documentWith('The Council met in Addis Ababa.', {})
    expect(completeDates(b, a)[0]!.value).toBeNull()
  })
})
