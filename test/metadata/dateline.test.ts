import { describe, expect, it } from 'vitest'
import { findDateline, titleCasePlace } from '../../src/metadata/dateline.js'

describe('findDateline', () => {
  it.each([
    [
      'date 2021-06-04 Leaders met.',
      { text: 'date 2021-06-04', place: null, dateText: '2021-06-04', agency: null },
    ],
    [
      'QINGDAO, June 10 (Xinhua) -- The summit opened.',
      {
        text: 'QINGDAO, June 10 (Xinhua)',
        place: 'Qingdao',
        dateText: 'June 10',
        agency: 'Xinhua',
      },
    ],
    [
      'BEIJING, Oct. 16 -- Talks ended.',
      { text: 'BEIJING, Oct. 16', place: 'Beijing', dateText: 'Oct. 16', agency: null },
    ],
    [
      "XI'AN, May 19 (Xinhua) -- Leaders met.",
      { text: "XI'AN, May 19 (Xinhua)", place: "Xi'an", dateText: 'May 19', agency: 'Xinhua' },
    ],
    [
      'NEW YORK, 3 October (Secretariat) — The Secretary-General spoke.',
      {
        text: 'NEW YORK, 3 October (Secretariat)',
        place: 'New York',
        dateText: '3 October',
        agency: 'Secretariat',
      },
    ],
    [
      'ADDIS ABABA, March 15 (Reuters) - The council met.',
      {
        text: 'ADDIS ABABA, March 15 (Reuters)',
        place: 'Addis Ababa',
        dateText: 'March 15',
        agency: 'Reuters',
      },
    ],
    [
      'BRUSSELS — Ministers agreed.',
      { text: 'BRUSSELS', place: 'Brussels', dateText: null, agency: null },
    ],
  ])('reads %j', (text, expected) => {
    expect(findDateline(text)).toMatchObject(expected)
  })

  it.each([
    'The Council met in Addis Ababa - and agreed.',
    'Peace - the goal of all - requires cooperation.',
    'Leaders of the SCO member states met on Thursday.',
    'UN -- an organization of 193 members -- was founded in 1945.',
  ])('finds no dateline in %j', (text) => {
    expect(findDateline(text)).toBeUndefined()
  })

  it.each([
    ["XI'AN", "Xi'an"],
    ['NEW YORK', 'New York'],
    ['GUINEA-BISSAU', 'Guinea-Bissau'],
    ['Astana', 'Astana'],
  ])('title-cases %s as %s', (place, expected) => {
    expect(titleCasePlace(place)).toBe(expected)
  })
})
