import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'

const types = (input: string) => parse(input).blocks.map((block) => [block.type, block.text])

describe('a signature at the end of a Markdown text', () => {
  it.each([
    [
      'an issuer line and a date line',
      '# T\n\nThe Forum met.\n\nHeads of State\n\nKazan, 23 October 2024\n',
      [
        ['heading', 'T'],
        ['paragraph', 'The Forum met.'],
        ['signature', 'Heads of State'],
        ['signature', 'Kazan, 23 October 2024'],
      ],
    ],
    [
      'a place and date line alone',
      '# T\n\nThe Forum met.\n\nJune 3, 2021, Wuhan\n',
      [
        ['heading', 'T'],
        ['paragraph', 'The Forum met.'],
        ['signature', 'June 3, 2021, Wuhan'],
      ],
    ],
  ])('is found from %s', (_name, input, expected) => {
    expect(types(input)).toEqual(expected)
  })

  it.each([
    ['short closing lines without a date or a "Done at"', '# T\n\nThe Forum met.\n\nSee also\n'],
    [
      'a closing sentence with a date',
      '# T\n\nThe Forum met.\n\nThey meet again on 3 June 2025.\n',
    ],
  ])('is not made of %s', (_name, input) => {
    expect(types(input).some(([type]) => type === 'signature')).toBe(false)
  })
})
