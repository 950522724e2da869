import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'

/** Every mention of every organization, place and person points at its own text in the input. */
function checkMentions(input: string): void {
  const doc = parse(input)
  for (const entity of [...doc.organizations, ...doc.places, ...doc.people]) {
    expect(entity.mentions.length).toBeGreaterThan(0)
    for (const mention of entity.mentions) {
      expect(mention.start).toBeGreaterThanOrEqual(0)
      expect(mention.end).toBeLessThanOrEqual(input.length)
      expect(mention.start).toBeLessThanOrEqual(mention.end)
      expect(input.slice(mention.start, mention.end)).toBe(mention.text)
    }
  }
}

// Words that make the name rules work: heads, links, places, codes, possessives, titles.
const vocabulary = [
  'Council',
  'of',
  'the',
  'The',
  'and',
  ',',
  ', and',
  'for',
  'in',
  'on',
  'Shanghai',
  'Cooperation',
  'Organization',
  '(SCO)',
  'SCO',
  '(hereinafter the Forum)',
  'Forum',
  'Tajikistan’s',
  "Kyrgyz's",
  'Association',
  'Republic of Kazakhstan',
  'Hubei Province',
  "XI'AN",
  'President',
  'Secretary-General',
  'António',
  'Guterres',
  'Mr.',
  'People’s',
  'China-Pakistan',
  'Center',
  'Wuhan',
  'city',
  '.',
  '\n\n',
  '  ',
  '**',
  '# ',
  '- ',
  '1. ',
  'Women5s',
  'Ã©',
  '—',
  '“',
  '”',
  '(',
  ')',
  'Islamabad',
  'United Nations',
]

describe('entity mentions', () => {
  it('are valid spans of any string, and extraction never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (input) => checkMentions(input)),
      { numRuns: 300 },
    )
  })

  it('are valid spans of texts made of name words, links and Markdown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { maxLength: 80 }).map((words) => words.join(' ')),
        (input) => checkMentions(input),
      ),
      { numRuns: 500 },
    )
  })
})
