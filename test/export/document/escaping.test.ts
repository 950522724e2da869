import fc from 'fast-check'
import type { RootContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../../../src/export/document/to-markdown.js'
import { parse } from '../../../src/parse.js'
import { block, documentOf } from '../../document-fixture.js'
import { bodyNodes, nodeTypes, readMarkdown, textContent } from '../../read-markdown.js'

/** Lines that Markdown (CommonMark or GFM) would read as syntax if written as they are. */
const hostile = [
  '*emphasis* and **strong** and * a star',
  '_under_ and __double__ and snake_case_name',
  '# not a heading',
  '###### nor this',
  '[x](javascript:alert(1)) and [y][ref] and [z]',
  '![image](https://example.org/i.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)> and <b>bold</b>',
  '<!-- communique:analysis -->',
  'a | b | c',
  '| a | b |',
  '`code` and ``double`` and a lone ` backtick',
  '```js',
  '1. not a list',
  '2) not a list either',
  '- not a bullet',
  '+ nor a plus',
  '> not a quote',
  '---',
  '***',
  '===',
  '~~not struck~~ and ~single~',
  '<https://example.org>',
  'https://example.org/path?q=1&r=2',
  'www.example.org and WWW.EXAMPLE.ORG',
  'press@example.org',
  'mailto:press@example.org',
  '&amp; &copy; &#42; &#x2A;',
  '[ref]: https://example.org',
  '[^1] a footnote call',
  'a backslash \\ and \\* and \\\\',
  '- [ ] not a task',
  '$math$ and {braces} and %percent',
  'Text: with a colon (and brackets) [1]',
]

function readBody(markdown: string): RootContent[] {
  return bodyNodes(readMarkdown(markdown))
}

/** Node types that mean Markdown read a character as syntax. */
const syntax = ['link', 'linkReference', 'image', 'html', 'emphasis', 'strong', 'delete', 'code']
const forbidden = (nodes: RootContent[]) =>
  nodes.flatMap((node) => [...nodeTypes(node)]).filter((type) => syntax.includes(type))

describe('source text is always text', () => {
  it.each(hostile)('a paragraph %j reads back as one paragraph of the same text', (line) => {
    const body = readBody(toMarkdown(documentOf([block('paragraph', line)])))
    expect(body.map((node) => node.type)).toEqual(['paragraph'])
    expect(textContent(body[0]!)).toBe(line)
    expect(forbidden(body)).toEqual([])
  })

  it.each(hostile)('a heading %j reads back as a heading of the same text', (line) => {
    const body = readBody(toMarkdown(documentOf([block('heading', line, { depth: 2 })])))
    expect(body.map((node) => node.type)).toEqual(['heading'])
    expect(textContent(body[0]!)).toBe(line)
    expect(forbidden(body)).toEqual([])
  })

  it.each(hostile)('boilerplate %j reads back as the same text in its table cell', (line) => {
    const document = documentOf([block('boilerplate', line, { reason: 'markup' })])
    const tree = readMarkdown(toMarkdown(document))
    const table = tree.children.find((node) => node.type === 'table')
    expect(table?.children).toHaveLength(2)
    const cells = table!.children[1]!.children
    expect(textContent(cells[2]!)).toBe(line)
    expect(forbidden(cells as unknown as RootContent[])).toEqual([])
  })

  it('a document parsed from hostile lines exports text that reads back the same', () => {
    const source = hostile.join('\n\n')
    const document = parse(source, { format: 'text' })
    const markdown = toMarkdown(document)
    // Comments the exporter leaves where boilerplate was are its own, not the source's.
    const body = readBody(markdown).filter(
      (node) =>
        !(node.type === 'html' && /^<!-- communique:boilerplate [a-z]+ \d+:\d+/.test(node.value)),
    )
    // The exporter sets a dateline in bold and a signature in italics; nothing else is syntax.
    expect(forbidden(body).filter((type) => type !== 'emphasis' && type !== 'strong')).toEqual([])
    const written = document.blocks.filter(
      (b) => b.type !== 'boilerplate' || b.reason === 'publication',
    )
    const read = body.flatMap((node) =>
      node.type === 'list' ? node.children.map((item) => textContent(item)) : [textContent(node)],
    )
    // List items lose a marker the list now draws ("- not a bullet" is an item "not a bullet").
    expect(read).toEqual(
      written.map((b) =>
        b.type === 'listItem' && b.marker && /^(?:[-–—•*▪◦·●]|\d+[.)])$/.test(b.marker)
          ? b.text.slice(b.marker.length + 1)
          : b.text,
      ),
    )
  })
})

/** Text as the analysed text of a block is: no line breaks, no runs of white space, trimmed. */
const analysedText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(...'*_#[]()!<>|`~\\&;:/.-+=1aZ éß“’\u00a0'.split('')),
      fc.constantFrom('http://', 'www.', '@', '&amp;', '<script>', '1. ', '---', '> ', '[^1]'),
      fc.string({ unit: 'grapheme', maxLength: 2 }),
    ),
    minLength: 1,
    maxLength: 40,
  })
  .map((text) => text.replace(/\s+/g, ' ').trim())
  .filter((text) => text !== '')

describe('property: arbitrary paragraphs', () => {
  it('the text content of remark-parse(toMarkdown(document)) equals the paragraphs', () => {
    fc.assert(
      fc.property(fc.array(analysedText, { minLength: 1, maxLength: 5 }), (texts) => {
        const markdown = toMarkdown(documentOf(texts.map((text) => block('paragraph', text))))
        const body = readBody(markdown)
        expect(body.map((node) => node.type)).toEqual(texts.map(() => 'paragraph'))
        expect(body.map((node) => textContent(node))).toEqual(texts)
        expect(forbidden(body)).toEqual([])
      }),
      { numRuns: 500 },
    )
  })
})
