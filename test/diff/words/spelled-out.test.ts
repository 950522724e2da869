// Acronyms spelled out or shortened are editorial.
import { describe, expect, it } from 'vitest'
import { bracketsRepeat, isAcronymChange } from '../../../src/diff/words/spelled-out.js'
import { wordTokens } from '../../../src/diff/words/word-tokens.js'

describe('isAcronymChange', () => {
  it.each([
    ['SCO', 'Shanghai Cooperation Organization (SCO)', true],
    ['Commission of the Shanghai Cooperation Organization', 'Commission of the SCO', true],
    [
      'AHA Centre',
      'ASEAN Coordinating Centre for Humanitarian Assistance on disaster management (AHA Centre)',
      true,
    ],
    ['Lao PDR', "Lao People's Democratic Republic (Lao PDR)", true],
    ['the Council', 'the Commission', false],
    [', the Philippines,', '(the Philippines)', false],
    ['FAO', 'World Food Programme', false],
  ])('%s -> %s: %s', (a, b, expected) => {
    expect(isAcronymChange(wordTokens(a), wordTokens(b))).toBe(expected)
  })
})

describe('bracketsRepeat', () => {
  it.each([
    ['Lao PDR', "Lao People's Democratic Republic (Lao PDR)", true],
    ['(Lao PDR)', "Lao People's Democratic Republic (Lao PDR)", false],
    ['Manila, the Philippines', 'Manila (the Philippines)', false],
  ])('%s -> %s: %s', (a, b, expected) => {
    expect(bracketsRepeat(wordTokens(a), wordTokens(b))).toBe(expected)
  })
})
