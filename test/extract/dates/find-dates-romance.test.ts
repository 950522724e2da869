import { describe, expect, it } from 'vitest'
import { findRomanceDates } from '../../../src/extract/dates/find-dates-romance.js'

function read(text: string) {
  return findRomanceDates.find(text).map((c) => {
    const value = c.meaning.kind === 'absolute' ? c.meaning.value : c.meaning.kind
    return [text.slice(c.from, c.to), value]
  })
}

// Issue 11: declarations of bilingual bodies date themselves in French or Spanish.
describe('French and Spanish dates', () => {
  it.each([
    ['Fait à Dakar le 2 avril 2019.', '2 avril 2019', '2019-04-02'],
    [
      'réunis les 21 et 22 novembre 2018 à Genève',
      '21 et 22 novembre 2018',
      '2018-11-21/2018-11-22',
    ],
    ['du 5 au 7 mai 2016 à Tunis', '5 au 7 mai 2016', '2016-05-05/2016-05-07'],
    ['le 1er février 2020', '1er février 2020', '2020-02-01'],
    ['Adoptada el 9 de diciembre de 2015 en Quito.', '9 de diciembre de 2015', '2015-12-09'],
    ['depuis septembre 2017', 'septembre 2017', '2017-09'],
    ['le 14 juillet prochain', '14 juillet', 'day-month'],
  ])('%s', (sentence, text, value) => {
    expect(read(sentence).filter(([t]) => t === text)).toEqual([[text, value]])
  })

  it.each([
    ['le 31 juin 2019 (no such day)'],
    ['The Mars 2020 mission landed.'],
    ['about 30 maize plots'],
  ])('reads no date in: %s', (sentence) => {
    expect(read(sentence)).toEqual([])
  })
})
