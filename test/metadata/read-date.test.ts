import { describe, expect, it } from 'vitest'
import { readDate } from '../../src/metadata/read-date.js'

describe('readDate', () => {
  it.each([
    ['réunis les 13 et 14 octobre 2012 à Lomé', '2012-10-13', '2012-10-14'],
    ['le 1er mars 2020', '2020-03-01', '2020-03-01'],
    ['Montevideo, 5 de septiembre de 2023', '2023-09-05', '2023-09-05'],
    ['Lisboa, 9 de março de 2021', '2021-03-09', '2021-03-09'],
    ['Moskva, 17 iyunya 2021', '2021-06-17', '2021-06-17'],
    ['signed on this 26th day of April, 2023, in two copies', '2023-04-26', '2023-04-26'],
    ['gathered on the first day of March 2017 to review', '2017-03-01', '2017-03-01'],
    ['the twenty-first day of May 2024', '2024-05-21', '2024-05-21'],
    ['met on 2-3 November 2019.', '2019-11-02', '2019-11-03'],
    ['Published 6 Oct. 2022', '2022-10-06', '2022-10-06'],
  ])('reads %s', (text, value, endValue) => {
    expect(readDate(text)).toMatchObject({ value, endValue })
  })

  it('reads no date inside a document symbol ("Dec.1" in "Ext/AU/Dec.1(XIV)")', () => {
    expect(readDate('Ext/Assembly/AU/Dec.1(XIV) Original : English')).toBeUndefined()
  })

  it('gives the span of the date it read', () => {
    const text = 'Lomé, le 1er mars 2020'
    const found = readDate(text)!
    expect(text.slice(found.index, found.index + found.text.length)).toBe('1er mars 2020')
  })
})
