import { describe, expect, it } from 'vitest'
import type { CommuniqueDocument } from '../../src/model/document.js'
import { parse } from '../../src/parse.js'

// Where the Markdown parser strips characters from a text (a continuation line's indentation,
// `> ` prefixes, spaces before a line end), the positions must still be those of the words.

/** Every mention as its source text, checked to lie on word boundaries. */
function mentionsOf(input: string, document: CommuniqueDocument): string[] {
  const found: string[] = []
  const spans = [
    ...[...document.organizations, ...document.places, ...document.people].flatMap(
      (entity) => entity.mentions,
    ),
    ...document.dates,
  ]
  for (const { start, end } of spans) {
    const text = input.slice(start, end)
    expect(text).toMatch(/^[\p{L}\p{N}]/u)
    expect(/[\p{L}\p{N}]/u.test(input.charAt(start - 1))).toBe(false)
    expect(/[\p{L}\p{N}]/u.test(input.charAt(end))).toBe(false)
    found.push(text.replace(/\s+/g, ' '))
  }
  return found.sort()
}

/** The same words without the Markdown: one paragraph of plain text. */
function plainWords(input: string): string {
  return input
    .replace(/^[ \t>]*(?:[-*+]|\d+\.)?[ \t]+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[ \t]*\n[ \t>]*/g, ' ')
}

describe('positions in Markdown where the parser strips characters', () => {
  it.each([
    [
      'a wrapped list item',
      '- The Council met in\n  Geneva on 3 June 2021.\n- It met again in Paris.\n',
    ],
    ['a wrapped numbered item', '1. The Council met in\n   Geneva on 3 June 2021.\n'],
    ['a block quote', '> The Council met in\n> Geneva on 3 June 2021.\n'],
    ['a nested quote', '> > The Council met in\n> > Geneva on 3 June 2021.\n'],
    ['spaces before a line end', 'The Council met in \nGeneva on 3 June 2021.\n'],
    ['a tab before a line end', 'The Council met in\t\nGeneva on 3 June 2021.\n'],
    ['a quote inside a list', '- Said:\n  > The Council met in\n  > Geneva on 3 June 2021.\n'],
  ])('%s: mentions lie on word boundaries, as in the plain text', (_, input) => {
    const markdown = parse(input, { format: 'markdown' })
    const plain = plainWords(input)
    const found = mentionsOf(input, markdown)
    expect(found).toContain('Geneva')
    expect(found).toContain('3 June 2021')
    expect(found).toEqual(mentionsOf(plain, parse(plain, { format: 'text' })))
    for (const block of markdown.blocks) {
      for (const sentence of block.sentences) {
        expect(input.slice(sentence.start, sentence.end).replace(/\s*\n[\s>]*/g, ' ')).toBe(
          sentence.text,
        )
      }
    }
  })

  it('gives "Geneva" exactly in a wrapped list item (it gave "  Gene")', () => {
    const input = '- The Council met in\n  Geneva on 3 June 2021.\n'
    const [place] = parse(input, { format: 'markdown' }).places
    expect(place?.mentions.map((m) => input.slice(m.start, m.end))).toEqual(['Geneva'])
  })
})

describe('image alt text', () => {
  const input =
    '# Photos\n\n![The Council met in Geneva. It agreed on 3 June 2021.](photo.png)\n\nText after.\n'
  const document = parse(input, { format: 'markdown' })

  it('gives sentences that do not overlap, each over its own words', () => {
    const sentences = document.blocks.flatMap((block) => block.sentences)
    for (let i = 1; i < sentences.length; i++) {
      expect(sentences[i]!.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end)
    }
    const alt = sentences.filter((s) => s.text.startsWith('The Council') || s.text.startsWith('It'))
    expect(alt.map((s) => input.slice(s.start, s.end))).toEqual([
      'The Council met in Geneva.',
      'It agreed on 3 June 2021.',
    ])
  })

  it('gives mentions over their words, not the whole image', () => {
    expect(mentionsOf(input, document)).toEqual(['3 June 2021', 'Geneva'])
  })
})

describe('headings that hold only markup', () => {
  it('keep their block: an HTML comment alone is the heading text', () => {
    const input = '# <!-- a note -->\n\nThe text.\n'
    const document = parse(input, { format: 'markdown' })
    const heading = document.blocks.find((block) => block.type === 'heading')
    expect(heading && input.slice(heading.start, heading.end)).toContain('<!-- a note -->')
  })
})
