import { describe, expect, it } from 'vitest'
import { findRepairs } from '../../src/input/repair.js'

const repaired = (text: string) =>
  findRepairs(text).map((repair) => [
    text.slice(repair.start, repair.end),
    repair.replacement,
    repair.ruleId,
  ])

describe('findRepairs', () => {
  it.each([
    [
      'a curly apostrophe read as Windows-1252',
      'Womenâ€™s',
      [['â€™', '’', 'input-mojibake-repaired']],
    ],
    ['an accented letter read as Latin-1', 'cafÃ©', [['Ã©', 'é', 'input-mojibake-repaired']]],
    ['an en dash', '2025â€“2027', [['â€“', '–', 'input-mojibake-repaired']]],
    [
      'a digit standing for an apostrophe',
      'Women5s Forum',
      [['5', "'", 'input-digit-apostrophe-repaired']],
    ],
    ['a digit in a contraction', 'it doesn9t', [['9', "'", 'input-digit-apostrophe-repaired']]],
  ])('repairs %s', (_name, text, expected) => {
    expect(repaired(text)).toEqual(expected)
  })

  it.each([
    ['decades', 'the 1990s and 2000s'],
    ['short words with digits', 'mp3s and G20s'],
    ['codes', 'COVID-19s variants and A/78/L5s'],
    ['correct text in other scripts', 'Déclaration de Niamey, São Paulo, Zürich'],
    ['a lone Â before a space', 'Price Â 5'],
  ])('leaves %s alone', (_name, text) => {
    expect(repaired(text)).toEqual([])
  })
})
