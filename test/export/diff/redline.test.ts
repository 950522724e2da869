import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wordTokens } from '../../../src/diff/words/word-tokens.js'
import { type RedlineRun, redline } from '../../../src/export/diff/redline.js'

/** A compact reading of a redline: [-deleted-] {+inserted+}. */
function show(runs: RedlineRun[]): string {
  return runs
    .map((run) => {
      const space = run.space ? ' ' : ''
      if (run.kind === 'kept') return space + run.text
      return run.kind === 'deleted' ? `${space}[-${run.text}-]` : `${space}{+${run.text}+}`
    })
    .join('')
}

describe('redline: words kept, deleted and inserted', () => {
  it.each([
    ['identical texts', 'The Forum met.', 'The Forum met.', 'The Forum met.'],
    ['a deleted word', 'a b c', 'a c', 'a [-b-] c'],
    ['an inserted word', 'a c', 'a b c', 'a {+b+} c'],
    [
      'a replaced word',
      'The Forum speaks highly.',
      'The Forum spoke highly.',
      'The Forum [-speaks-] {+spoke+} highly.',
    ],
    [
      'a change at the start',
      'They also met.',
      'Officials also met.',
      '[-They-] {+Officials+} also met.',
    ],
    [
      'changes around one kept word, as one change',
      'respecting civilization diversity, supporting',
      'respecting diversity of civilizations, supporting',
      'respecting [-civilization diversity-] {+diversity of civilizations+}, supporting',
    ],
    [
      'changes glued to a kept word, as one change',
      'Leaders of SCO member states',
      'Leaders of Shanghai Cooperation Organization (SCO) member states',
      'Leaders of [-SCO-] {+Shanghai Cooperation Organization (SCO)+} member states',
    ],
    [
      'punctuation glued to a word, with the word',
      'food staples, and it urges',
      'food staples. It urges',
      'food [-staples, and it-] {+staples. It+} urges',
    ],
    ['a number', 'USD 50 million', 'USD 75 million', 'USD [-50-] {+75+} million'],
  ])('%s', (_name, a, b, expected) => {
    expect(show(redline(a, b))).toBe(expected)
  })
})

const words = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'the',
        'Forum',
        'SCO',
        '(',
        ')',
        ',',
        '.',
        'met',
        '3',
        'June',
        '—',
        "people's",
      ),
      fc.string({ minLength: 1, maxLength: 4 }),
    ),
    { maxLength: 20 },
  )
  .map((list) => list.join(' ').replace(/\s+/g, ' ').trim())

describe('property: a redline reads as either version', () => {
  it('kept and deleted words are the words of A; kept and inserted words those of B', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const runs = redline(a, b)
        const side = (kind: RedlineRun['kind']) =>
          runs
            .filter((run) => run.kind === 'kept' || run.kind === kind)
            .flatMap((run) => wordTokens(run.text).map((token) => token.text))
        expect(side('deleted')).toEqual(wordTokens(a).map((token) => token.text))
        expect(side('inserted')).toEqual(wordTokens(b).map((token) => token.text))
      }),
      { numRuns: 500 },
    )
  })
})
