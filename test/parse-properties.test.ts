import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromJson } from '../src/export/json/from-json.js'
import { toJson } from '../src/export/json/to-json.js'
import type { CommuniqueDocument } from '../src/model/document.js'
import { parse } from '../src/parse.js'

// Text that looks like declarations, broken in every way a copy from the web can be.
const piece = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'The Forum',
      'supports',
      'cooperation',
      'in 2021',
      'Mr.',
      'U.S.',
      'No. 5',
      '1.',
      '(a)',
      '- ',
      '# ',
      '**',
      '[x](y)',
      'Share:',
      '©',
      'Tel: 12345',
      'Women5s',
      'â€™',
      'QINGDAO, June 10 (Xinhua) --',
      'Updated: 2021-06-03',
      'Done at Astana, 4 July 2024',
    ),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\r\n',
      '\r',
      '\t',
      '\u00a0',
      '\u200b',
      '\ufeff',
      '. ',
      '? ',
      ', ',
      '; ',
      ': ',
    ),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udc00', '\u0000', '\u0007', '😀') },
)
const textArbitrary = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
)

function checkSpans(text: string, document: CommuniqueDocument): void {
  let previousEnd = 0
  for (const block of document.blocks) {
    expect(block.start).toBeGreaterThanOrEqual(previousEnd)
    expect(block.end).toBeGreaterThanOrEqual(block.start)
    expect(block.end).toBeLessThanOrEqual(text.length)
    previousEnd = block.end
    let sentenceEnd = block.start
    for (const sentence of block.sentences) {
      expect(sentence.start).toBeGreaterThanOrEqual(sentenceEnd)
      expect(sentence.end).toBeGreaterThanOrEqual(sentence.start)
      expect(sentence.end).toBeLessThanOrEqual(block.end)
      sentenceEnd = sentence.end
    }
  }
  for (const warning of document.warnings) {
    expect(warning.start).toBeGreaterThanOrEqual(0)
    expect(warning.end).toBeLessThanOrEqual(text.length)
  }
}

describe('parse on any string', () => {
  it('never throws, and every span lies inside the input, siblings ordered and children inside parents', () => {
    fc.assert(
      fc.property(
        textArbitrary,
        fc.constantFrom('auto', 'text', 'markdown') as fc.Arbitrary<'auto' | 'text' | 'markdown'>,
        (text, format) => {
          checkSpans(text, parse(text, { format }))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps the text of every analysed word: each word of a sentence is in its source span', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        for (const block of parse(text, { format: 'text' }).blocks) {
          for (const sentence of block.sentences) {
            // Zero-width characters and soft hyphens vanish from the analysed text by design.
            const source = text
              .slice(sentence.start, sentence.end)
              .replace(/[\u00ad\u200b\u200c\u2060\ufeff]/g, '')
            for (const word of sentence.text.split(' ')) {
              if (/^[A-Za-z]+$/.test(word)) expect(source).toContain(word)
            }
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it('round-trips through JSON: fromJson(toJson(doc)) deep-equals doc', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const document = parse(text)
        expect(fromJson(toJson(document))).toStrictEqual(document)
      }),
      { numRuns: 200 },
    )
  })

  it('handles very long lines and long text without punctuation', () => {
    const words = 'cooperation between the member states of the organization '.repeat(2000)
    for (const text of [words, words.replace(/ /g, '\n'), `${'x'.repeat(50_000)} end.`]) {
      const document = parse(text)
      checkSpans(text, document)
      for (const sentence of document.blocks.flatMap((block) => block.sentences)) {
        expect(sentence.text.length).toBeLessThanOrEqual(2000)
      }
    }
  })
})
