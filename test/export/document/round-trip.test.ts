import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../../../src/export/document/to-markdown.js'
import type { Block, CommuniqueDocument } from '../../../src/model/document.js'
import { parse } from '../../../src/parse.js'

const fixtures = [
  'fixtures/initiative.txt',
  'fixtures/news.txt',
  ...readdirSync('fixtures/docs').map((name) => `fixtures/docs/${name}`),
]

/**
 * The text a reader reads: body blocks by role. A list draws bullets and numbers itself,
 * so a written bullet or number is not part of the text ("1. One" is "One"); numbered
 * paragraphs are written as ordered lists, so they read back as list items.
 */
const drawn = (block: Block) =>
  (block.type === 'listItem' || block.type === 'paragraph') &&
  /^(?:[-–—•*▪◦·●]|\d{1,9}[.)])$/.test(block.marker ?? '') &&
  block.text.startsWith(`${block.marker} `)

function text(document: CommuniqueDocument) {
  return document.blocks
    .filter((block) => block.type !== 'boilerplate' || block.reason === 'publication')
    .map((block) => ({
      type: block.type === 'listItem' ? 'paragraph' : block.type,
      text: drawn(block) ? block.text.slice(block.marker!.length + 1) : block.text,
    }))
}

/**
 * A source text with the page furniture the reader left out of a sentence (a running
 * header between its halves, `page-furniture-skipped`) cut out: the export writes the
 * sentence without it.
 */
function withoutFurniture(document: CommuniqueDocument, text: string, start: number): string {
  const cuts = document.warnings
    .filter((w) => w.ruleId === 'page-furniture-skipped')
    .filter((w) => w.start >= start && w.end <= start + text.length)
    .sort((a, b) => b.start - a.start)
  return cuts.reduce((out, w) => out.slice(0, w.start - start) + out.slice(w.end - start), text)
}

/**
 * Entities by what they say, not where: the source text of a mention is read
 * with the original's repairs applied and white space folded, as the export
 * writes it, and by its words only (Markdown input has `**` in its source text;
 * the export writes the text without it).
 */
function entities(document: CommuniqueDocument) {
  const repairs = document.warnings.filter(
    (w) => w.actual !== undefined && w.expected !== undefined,
  )
  const read = (value: string) =>
    repairs
      .reduce((out, w) => out.replaceAll(w.actual!, w.expected!), value)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  const mentions = (list: { text: string }[]) => list.map((mention) => read(mention.text))
  return {
    organizations: document.organizations.map(({ name, aliases, owner, mentions: m }) => ({
      name,
      aliases,
      owner,
      mentions: mentions(m),
    })),
    places: document.places.map(({ name, mentions: m }) => ({ name, mentions: mentions(m) })),
    people: document.people.map(({ name, title, mentions: m }) => ({
      name,
      title,
      mentions: mentions(m),
    })),
    dates: document.dates.map(({ text, value, relative }) => ({
      text: read(text),
      value,
      relative,
    })),
    proposals: document.proposals.map(({ text, start, actor, acts, entities }) => ({
      text: read(withoutFurniture(document, text, start)),
      actor,
      acts: acts.map(({ verb, kind }) => ({ verb: read(verb), kind })),
      entities: entities.map(({ type, name }) => ({ type, name: read(name) })),
    })),
  }
}

describe.each(fixtures)('parse(toMarkdown(parse(%s)))', (file) => {
  const original = parse(readFileSync(file))
  const markdown = toMarkdown(original)
  const again = parse(markdown)

  it('is read as Markdown', () => {
    expect(again.metadata.inputFormat).toBe('markdown')
  })

  it('recovers the metadata', () => {
    const pick = ({ title, date, place, issuer, kind }: CommuniqueDocument['metadata']) => ({
      title,
      date,
      place,
      issuer,
      kind,
    })
    expect(pick(again.metadata)).toEqual(pick(original.metadata))
  })

  it('recovers the text, block by block', () => {
    expect(text(again)).toEqual(text(original))
  })

  it('recovers the same entities', () => {
    const { proposals: _, ...found } = entities(again)
    const { proposals: __, ...expected } = entities(original)
    expect(found).toEqual(expected)
  })

  it('recovers the same proposals', () => {
    expect(entities(again).proposals).toEqual(entities(original).proposals)
  })

  it('is stable: exporting the parsed export writes the same text', () => {
    const body = (md: string) => md.slice(md.indexOf('\n---\n') + 5, md.indexOf('<!-- communique'))
    expect(body(toMarkdown(again))).toBe(body(markdown))
  })
})

/** Words of official texts, Markdown syntax, addresses and markers, and any short string. */
const word = fc.oneof(
  fc.constantFrom(
    ...['The', 'Forum', 'SCO', 'met', 'in', 'Wuhan', 'on', '3', 'June', '2021', 'and', 'BEIJING,'],
    ...['(Xinhua)', '--', 'Done', 'at', '1.', '(a)', '•', '-', '*', '#', '>', '|', '`', '<b>'],
    ...['[x](y)', 'www.x.org', 'a@b.co', '.', ',', ':', '_', '~~', '&amp;', '\\'],
  ),
  fc.string({ minLength: 1, maxLength: 6 }),
)
/** A paragraph of one or two lines that reads as a sentence. */
const paragraph = fc
  .array(
    fc.array(word, { minLength: 10, maxLength: 30 }).map((w) => `We ${w.join(' ')}.`),
    { minLength: 1, maxLength: 2 },
  )
  .map((lines) => lines.join('\n'))

describe('property: arbitrary paragraphs', () => {
  it('parse(toMarkdown(parse(text))) reads the same text, from plain text or Markdown', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('text' as const, 'markdown' as const),
        (paragraphs, format) => {
          const original = parse(paragraphs.join('\n\n'), { format })
          expect(text(parse(toMarkdown(original)))).toEqual(text(original))
        },
      ),
      { numRuns: 100 },
    )
  })
})
