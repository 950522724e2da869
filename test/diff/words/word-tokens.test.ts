import fc from 'fast-check'
import { expect, it } from 'vitest'
import { wordTokens } from '../../../src/diff/words/word-tokens.js'

const token =
  /[\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011'\u2019/&]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu
function old(text: string) {
  return [...text.matchAll(token)].map((m) => [m.index, m[0]])
}
it('same as regex', () => {
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.constantFrom(
          'a',
          'B',
          '1',
          '2',
          ' ',
          '-',
          ',',
          '.',
          "'",
          '’',
          'é',
          '\u0301',
          'ß',
          '中',
          '😀',
          '&',
          '/',
          '(',
          ')',
          '\t',
          'x',
          '\u2010',
          '\u00a0',
          '\u2028',
        ),
        maxLength: 40,
      }),
      (s) => {
        expect(wordTokens(s).map((t) => [t.start, t.text])).toEqual(old(s))
      },
    ),
    { numRuns: 20000 },
  )
})
