// Numbers written in a sentence, with their values, and whether they are amounts.
import { describe, expect, it } from 'vitest'
import { mayHoldNumber, numbersIn } from '../../../src/diff/facts/number-values.js'
import { wordTokens } from '../../../src/diff/words/word-tokens.js'

function read(text: string) {
  const tokens = wordTokens(text)
  return numbersIn(tokens, () => false).map((fact) => ({
    value: fact.value,
    amount: fact.amount,
    text: text.slice(tokens[fact.first]!.start, tokens[fact.last]!.end),
  }))
}

describe('numbersIn', () => {
  it.each([
    ['a pledge of USD 50 million', [{ value: 50e6, amount: true, text: 'USD 50 million' }]],
    ['more than 30 million children', [{ value: 30e6, amount: false, text: '30 million' }]],
    ['at least ten per cent of spending', [{ value: 10, amount: true, text: 'ten per cent' }]],
    [
      'on 8-9 November',
      [
        { value: 8, amount: false, text: '8-9' },
        { value: 9, amount: false, text: '8-9' },
      ],
    ],
    [
      'the 1,000 delegates and 2.5 tonnes',
      [
        { value: 1000, amount: false, text: '1,000' },
        { value: 2.5, amount: false, text: '2.5' },
      ],
    ],
    ['the Twelfth Meeting', [{ value: 12, amount: false, text: 'Twelfth' }]],
    ['the 20th anniversary', [{ value: 20, amount: false, text: '20th' }]],
    ['one of the COVID-19 measures, first of all', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it('skips the tokens it is told to (the digits of a date)', () => {
    const tokens = wordTokens('on 3 June 2021 with 18 countries')
    expect(numbersIn(tokens, (k) => k >= 1 && k <= 3).map((f) => f.value)).toEqual([18])
  })
})

describe('mayHoldNumber', () => {
  it.each([
    ['uniting 18 countries', true],
    ['within six months', true],
    ['The Council decides to remain seized.', false],
  ])('%s: %s', (text, expected) => {
    expect(mayHoldNumber(text)).toBe(expected)
  })
})
