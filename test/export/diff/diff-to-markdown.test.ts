import fc from 'fast-check'
import type { Nodes, RootContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { diff } from '../../../src/diff/diff.js'
import { wordTokens } from '../../../src/diff/words/word-tokens.js'
import { diffToMarkdown } from '../../../src/export/diff/diff-to-markdown.js'
import { diffToMdast } from '../../../src/export/diff/diff-to-mdast.js'
import type { Alignment, DiffSpan, DocumentDiff, WordChange } from '../../../src/model/diff.js'
import { parse } from '../../../src/parse.js'
import { documentOf } from '../../document-fixture.js'
import { nodeTypes, readMarkdown, textContent } from '../../read-markdown.js'

// Version A is one line per sentence; B the same, so a sentence at offset n of line k is at k:(n+1).
const sentencesA = [
  'The Forum met on 15 May 2024.',
  'The Forum speaks highly of them.',
  'It ends.',
  'Gone now.',
]
const sentencesB = [
  'The Forum met on 22 May 2024.',
  'It ends.',
  'The Forum spoke highly of them.',
  'New here.',
]

function spans(lines: string[]): DiffSpan[] {
  let at = 0
  return lines.map((text) => {
    const span = { text, start: at, end: at + text.length }
    at += text.length + 1
    return span
  })
}
const a = spans(sentencesA)
const b = spans(sentencesB)
const at = (span: DiffSpan, words: string): DiffSpan => {
  const start = span.start + span.text.indexOf(words)
  return { text: words, start, end: start + words.length }
}
function metadata(lines: string[]) {
  const starts = spans(lines).map((span) => span.start)
  return { ...documentOf([]).metadata, lineStarts: starts, length: lines.join('\n').length }
}
function entry(
  kind: Alignment['kind'],
  klass: Alignment['class'],
  sa: DiffSpan[],
  sb: DiffSpan[],
  changes: WordChange[] = [],
): Alignment {
  return { kind, class: klass, similarity: kind === 'same' ? 1 : 0.8, a: sa, b: sb, changes }
}
const dateChange: WordChange = {
  kind: 'date',
  class: 'substantive',
  a: at(a[0]!, '15 May 2024'),
  b: at(b[0]!, '22 May 2024'),
  detail: 'date 2024-05-15 -> 2024-05-22',
}
const handmade: DocumentDiff = {
  schemaVersion: 1,
  a: { metadata: { ...metadata(sentencesA), title: 'Draft' } },
  b: { metadata: { ...metadata(sentencesB), title: 'Final', date: '2024-05-22' } },
  summary: {
    similarity: 0.8,
    sentences: { a: 4, b: 4 },
    alignments: { same: 1, modified: 1, moved: 1, split: 0, merged: 0, deleted: 1, inserted: 1 },
    classes: { none: 1, editorial: 1, substantive: 3 },
    changes: { editorial: 1, substantive: 1 },
    degraded: false,
    reasons: [],
  },
  alignments: [
    entry('modified', 'substantive', [a[0]!], [b[0]!], [dateChange]),
    entry('same', 'none', [a[2]!], [b[1]!]),
    entry(
      'moved',
      'editorial',
      [a[1]!],
      [b[2]!],
      [{ kind: 'inflection', class: 'editorial', a: at(a[1]!, 'speaks'), b: at(b[2]!, 'spoke') }],
    ),
    entry('deleted', 'substantive', [a[3]!], []),
    entry('inserted', 'editorial', [], [b[3]!]),
  ],
  paragraphs: [],
  entities: {
    organizations: { onlyA: [], onlyB: [], both: [] },
    places: { onlyA: [], onlyB: [], both: [] },
    people: { onlyA: [], onlyB: [], both: [] },
    dates: {
      onlyA: [{ name: '15 May 2024', value: '2024-05-15', mentions: [] }],
      onlyB: [{ name: '22 May 2024', value: '2024-05-22', mentions: [] }],
      both: [],
    },
    proposals: { onlyA: [], onlyB: [], both: [] },
  },
  conflicts: [],
}
const markdown = diffToMarkdown(handmade)

function part(title: string): string {
  const start = markdown.indexOf(`## ${title}\n`)
  expect(start).toBeGreaterThan(-1)
  const next = markdown.indexOf('\n## ', start + 1)
  return markdown.slice(start, next === -1 ? undefined : next + 1)
}

describe('diffToMarkdown: a readable redline', () => {
  it('opens with the versions side by side and the counts', () => {
    expect(markdown).toContain('| Title | Draft | Final |')
    expect(markdown).toContain('| Date | — | 2024-05-22 |')
    expect(markdown).toContain('| Sentences | 4 | 4 |')
    expect(markdown).toContain(
      'Similarity 0.80. Sentences: 1 same, 1 modified, 1 moved, 1 only in A, 1 only in B. Changes: 1 substantive, 1 editorial.',
    )
  })

  it('writes each changed pair under a label, with its places in A and B, then its redline', () => {
    expect(part('Aligned sentences')).toBe(
      [
        '## Aligned sentences',
        '',
        '**1. Modified · substantive** · A 1:1 → B 1:1 · similarity 0.80',
        '',
        'The Forum met on ~~15~~ **22** May 2024.',
        '',
        '_1 sentence unchanged._',
        '',
        '_2. Moved · editorial_ · A 2:1 → B 3:1 · similarity 0.80',
        '',
        'The Forum ~~speaks~~ _spoke_ highly of them.',
        '',
        '',
      ].join('\n'),
    )
  })

  it('lists the sentences only in A and only in B, with their places', () => {
    expect(part('Only in A')).toBe('## Only in A\n\n- **Substantive:** Gone now. (4:1)\n\n')
    expect(part('Only in B')).toBe('## Only in B\n\n- New here. (4:1)\n\n')
  })

  it('tables the substantive changes with both sides', () => {
    expect(part('Substantive changes')).toContain(
      '| 1 | date | 15 May 2024 (1:18) | 22 May 2024 (1:18) | date 2024-05-15 -> 2024-05-22 |',
    )
  })

  it('writes unchanged sentences in full when asked', () => {
    expect(diffToMarkdown(handmade, { unchanged: true })).toContain('\n\nIt ends.\n\n')
  })

  it.each(['summary', 'pairs', 'onlyIn', 'changes', 'entities'] as const)(
    'leaves out %s when set to false',
    (key) => {
      const heading = {
        summary: '| Title |',
        pairs: '## Aligned',
        onlyIn: '## Only in A',
        changes: '## Substantive',
        entities: '## Entities',
      }[key]
      expect(markdown).toContain(heading)
      expect(diffToMarkdown(handmade, { [key]: false })).not.toContain(heading)
    },
  )
})

/** Hostile sentences: every one is text in both versions, changed by one word. */
const hostile = [
  '*emphasis* and [x](javascript:alert(1)) stay text.',
  'Text with <img src=x onerror=alert(1)> and _under_ stays text too.',
  'A | pipe, `code` and www.example.org stay text.',
  '# Not a heading, ~~not struck~~, &amp; <b>bold</b>.',
]

function words(nodes: Nodes[], keep: (type: string) => boolean): string {
  return nodes
    .flatMap((node) => (keep(node.type) ? [textContent(node)] : []))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

describe('diffToMarkdown of two parsed versions', () => {
  const A = parse(hostile.join('\n\n'), { format: 'text' })
  const B = parse(
    hostile.map((line) => line.replace('stay', 'remain').replace('Not', 'Never')).join('\n\n'),
    { format: 'text' },
  )
  const result = diff(A, B)
  const tree = readMarkdown(diffToMarkdown(result))

  it('writes one redline per changed pair, reading as A without insertions and as B without deletions', () => {
    const pairs = result.alignments.filter((entry) => entry.kind === 'modified')
    expect(pairs).toHaveLength(hostile.length)
    const start = tree.children.findIndex(
      (node) => node.type === 'heading' && textContent(node) === 'Aligned sentences',
    )
    const redlines = tree.children
      .slice(start + 1)
      .filter((_, i) => i % 2 === 1)
      .slice(0, pairs.length)
    pairs.forEach((pair, i) => {
      const children = (redlines[i] as { children: Nodes[] }).children
      expect(words(children, (type) => type !== 'strong' && type !== 'emphasis')).toBe(
        pair.a[0]!.text,
      )
      expect(words(children, (type) => type !== 'delete')).toBe(pair.b[0]!.text)
    })
  })

  it('creates no link, image, HTML or table from the source text', () => {
    const start = tree.children.findIndex(
      (node) => node.type === 'heading' && textContent(node) === 'Aligned sentences',
    )
    const types = tree.children.slice(start).flatMap((node: RootContent) => [...nodeTypes(node)])
    for (const type of ['link', 'linkReference', 'image', 'html', 'table', 'code']) {
      expect(types).not.toContain(type)
    }
  })

  it('builds the same tree through diffToMdast', () => {
    expect(diffToMdast(result).children[0]).toMatchObject({ type: 'heading', depth: 1 })
  })
})

const sentence = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'The',
        'Forum',
        '*',
        '_',
        '[x](javascript:y)',
        '<b>',
        '|',
        '`',
        '~~',
        '1.',
        '#',
      ),
      fc.constantFrom('www.example.org', 'a@b.co', '&amp;', '\\', '(', ')', ',', '.', 'met'),
      fc.string({ minLength: 1, maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((list) => list.join(' ').replace(/\s+/g, ' ').trim())
  .filter((text) => text !== '')

describe('property: a redline of arbitrary sentences', () => {
  it('reads back as A without insertions and as B without deletions, and creates no syntax', () => {
    fc.assert(
      fc.property(sentence, sentence, fc.boolean(), (textA, textB, substantive) => {
        const pair = entry(
          'modified',
          substantive ? 'substantive' : 'editorial',
          spans([textA]),
          spans([textB]),
        )
        const tree = readMarkdown(
          diffToMarkdown({ ...handmade, alignments: [pair] }, { summary: false, entities: false }),
        )
        const redline = tree.children[3] as { type: string; children: Nodes[] }
        expect(redline.type).toBe('paragraph')
        const tokens = (text: string) => wordTokens(text).map((token) => token.text)
        expect(
          tokens(words(redline.children, (type) => type !== 'strong' && type !== 'emphasis')),
        ).toEqual(tokens(textA))
        expect(tokens(words(redline.children, (type) => type !== 'delete'))).toEqual(tokens(textB))
        const types = redline.children.flatMap((node) => [...nodeTypes(node)])
        expect(
          types.filter(
            (type) => !['text', 'inlineCode', 'delete', 'strong', 'emphasis'].includes(type),
          ),
        ).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
