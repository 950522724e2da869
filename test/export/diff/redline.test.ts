import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diff } from '../../../src/diff/diff.js'
import { wordTokens } from '../../../src/diff/words/word-tokens.js'
import { diffToMarkdown } from '../../../src/export/diff/diff-to-markdown.js'
import { type RedlineRun, redline } from '../../../src/export/diff/redline.js'
import { parse } from '../../../src/parse.js'

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

describe('redline in Markdown: no character references', () => {
  // Issue 13: a change glued to a letter came out as "Arcti&#x63;~~...": the writer encodes
  // a letter next to a mark it cannot open or close there. Words, punctuation and Markdown
  // characters glued in every way; the redline must take the glued words in instead.
  const pool = ['Arctic', 'Council', 'the', '(SCO)', 'SCO', '“quoted”', 'co-operation', '2024']
  pool.push(
    'x_y',
    '*star*',
    'a~b',
    'Arctic’s',
    'e.g.',
    'U.S.',
    '—',
    '/',
    '…',
    '"',
    '(',
    ')',
    ',',
    '.',
  )
  const word = fc.constantFrom(...pool)
  const joined = fc.array(fc.tuple(word, fc.boolean()), { minLength: 3, maxLength: 9 })
  const render = (parts: Array<[string, boolean]>) =>
    parts.map(([w, glue], k) => (glue && k > 0 ? w : ` ${w}`)).join('')

  it('writes no &#x...; in any redline of two such sentences', () => {
    fc.assert(
      fc.property(joined, joined, (x, y) => {
        const a = parse(`The Council said${render(x)} today.`)
        const b = parse(`The Council said${render(y)} today.`)
        expect(diffToMarkdown(diff(a, b))).not.toMatch(/&#x?[0-9a-f]+;/i)
      }),
      { numRuns: 300, seed: 13 },
    )
  })
})
