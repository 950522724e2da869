import { describe, expect, it } from 'vitest'
import { peopleOf } from '../../entity-helpers.js'

// Issue 11: a name written once with its diacritics and once without is one person,
// recorded as first written.
describe('one person with and without diacritics', () => {
  it.each([
    [
      'President Andrés Arauz opened the forum. The medal went to President Andres Arauz.',
      ['Andrés Arauz | President'],
    ],
    ['Minister Jiri Novak arrived. Later Minister Jiří Novák spoke.', ['Jiri Novak | Minister']],
  ])('%s', (text, people) => {
    expect(peopleOf(text)).toEqual(people)
  })

  it('keeps two different people apart', () => {
    expect(peopleOf('President Ana Lopez met President Ana Lopes.')).toEqual([
      'Ana Lopez | President',
      'Ana Lopes | President',
    ])
  })
})
