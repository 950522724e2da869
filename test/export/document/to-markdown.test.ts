import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../../../src/export/document/to-markdown.js'
import { toMdast } from '../../../src/export/document/to-mdast.js'
import type { Step } from '../../../src/extract/context.js'
import type { CommuniqueDocument } from '../../../src/model/document.js'
import { parse } from '../../../src/parse.js'
import { block, documentOf } from '../../document-fixture.js'
import { bodyNodes, readMarkdown, textContent } from '../../read-markdown.js'

const source = [
  'Joint Statement of the Forum', // line 1
  '',
  'The Forum met in Wuhan on 3 June 2021 and',
  'welcomed the Shanghai Cooperation Organization (SCO).', // line 4: wrapped sentence
  '',
  '(a) The SCO supports the initiative of Tajikistan.',
  '(b) Mr. Rahmon proposed a new centre.',
  '',
  'Share:',
  '',
  'Done at Wuhan, 3 June 2021',
].join('\n')

/** A step standing in for the extractors: finds fixed names and fills each list. */
const fixedEntities: Step = {
  name: 'fixed-entities',
  run(document, { source }) {
    const at = (text: string, from = 0) => {
      const start = source.indexOf(text, from)
      return { start, end: start + text.length, text }
    }
    const sco = at('SCO', at('(SCO)').start)
    document.organizations.push({
      name: 'Shanghai Cooperation Organization',
      aliases: ['SCO'],
      mentions: [at('Shanghai Cooperation Organization'), at('SCO'), at('SCO', sco.end)],
    })
    document.places.push({ name: 'Wuhan', mentions: [at('Wuhan')] })
    document.people.push({ name: 'Rahmon', title: 'Mr.', mentions: [at('Mr. Rahmon')] })
    const date = at('3 June 2021')
    document.dates.push({ ...date, value: '2021-06-03' })
    const proposal = at('Mr. Rahmon proposed a new centre.')
    document.proposals.push({
      ...proposal,
      actor: 'Mr. Rahmon',
      acts: [{ verb: 'proposed', kind: 'propose', ...at('proposed') }],
      object: at('a new centre'),
      entities: [{ type: 'person', index: 0, name: 'Rahmon' }],
    })
  },
}

const document = parse(source, { format: 'text', steps: [fixedEntities] })
const markdown = toMarkdown(document)
const tree = readMarkdown(markdown)

function section(title: string): string {
  const start = markdown.indexOf(`## ${title}\n`)
  expect(start).toBeGreaterThan(-1)
  const next = markdown.indexOf('\n## ', start + 1)
  return markdown.slice(start, next === -1 ? markdown.indexOf('<!-- /communique') : next)
}

describe('toMarkdown: the document', () => {
  it('writes the metadata as YAML front matter, nulls included', () => {
    expect(tree.children[0]).toMatchObject({ type: 'yaml' })
    expect((tree.children[0] as { value: string }).value).toBe(
      [
        'title: Joint Statement of the Forum',
        'date: 2021-06-03',
        'place: Wuhan',
        'issuer: null',
        'kind: joint-statement',
        'input:',
        '  format: text',
        `  length: ${source.length}`,
      ].join('\n'),
    )
  })

  it('writes the title as a level-1 heading, then the text in order, a comment where boilerplate was', () => {
    const body = bodyNodes(tree)
    expect(body.map((node) => [node.type, textContent(node)])).toEqual([
      ['heading', 'Joint Statement of the Forum'],
      [
        'paragraph',
        'The Forum met in Wuhan on 3 June 2021 and welcomed the Shanghai Cooperation Organization (SCO).',
      ],
      [
        'list',
        '(a) The SCO supports the initiative of Tajikistan.(b) Mr. Rahmon proposed a new centre.',
      ],
      ['html', '<!-- communique:boilerplate share 9:1 -->'],
      ['paragraph', 'Done at Wuhan, 3 June 2021'],
    ])
    expect(body[0]).toMatchObject({ depth: 1 })
  })

  it('lists organizations with aliases and the line:column of every mention', () => {
    expect(section('Organizations')).toBe(
      [
        '## Organizations',
        '',
        '| Organization | Aliases | Owner | Where |',
        '| - | - | - | - |',
        '| Shanghai Cooperation Organization | SCO | | 4:14, 4:49, 6:9 |',
        '',
      ].join('\n'),
    )
  })

  it('lists places, people and dates (text and ISO value) with their places', () => {
    expect(section('Places')).toContain('| Wuhan | 3:18 |')
    expect(section('People')).toContain('| Rahmon | Mr. | 7:5 |')
    expect(section('Dates')).toContain('| 3 June 2021 | 2021-06-03 | 3:27 |')
  })

  it('lists proposals with actor, acts, place and the quoted text', () => {
    expect(section('Proposals')).toBe(
      [
        '## Proposals',
        '',
        '1. **Mr. Rahmon**: proposed (propose) · 7:5',
        '   > Mr. Rahmon proposed a new centre.',
        '',
      ].join('\n'),
    )
  })

  it('keeps boilerplate and warnings in final sections, so nothing is lost', () => {
    expect(section('Boilerplate')).toContain('| 9:1 | share | Share: |')
    const warned = toMarkdown(parse('Our Women5s Forum met.'))
    expect(warned).toContain(
      "| 1:10 | warning | `input-digit-apostrophe-repaired` | digit standing for an apostrophe `5` read as `'` |",
    )
  })

  it('puts the analysis between the comments parse skips, after a rule and a note', () => {
    const start = markdown.indexOf(
      '<!-- communique:analysis -->\n\n---\n\n_Found by communique; places are line:column in the original input._\n\n## Organizations',
    )
    expect(start).toBeGreaterThan(markdown.indexOf('Done at Wuhan'))
    expect(markdown.trimEnd().endsWith('<!-- /communique:analysis -->')).toBe(true)
  })
})

describe('toMarkdown: options', () => {
  it.each([
    ['organizations', '## Organizations'],
    ['places', '## Places'],
    ['people', '## People'],
    ['dates', '## Dates'],
    ['proposals', '## Proposals'],
    ['boilerplate', '## Boilerplate'],
    ['frontMatter', 'kind: joint-statement'],
    ['body', 'welcomed the Shanghai'],
  ] as const)('leaves out %s when set to false', (key, marker) => {
    expect(markdown).toContain(marker)
    expect(toMarkdown(document, { [key]: false })).not.toContain(marker)
  })

  it('writes no analysis comments when every section is left out or empty', () => {
    const plain = toMarkdown(parse('One paragraph.'), { warnings: false })
    expect(plain).not.toContain('communique:analysis')
  })
})

describe('toMarkdown: lists and datelines', () => {
  const listed = (doc: CommuniqueDocument) =>
    toMdast(doc)
      .children.filter((node) => node.type === 'list')
      .map((node) => ({
        ordered: node.ordered,
        start: node.start,
        items: node.children.map((item) => textContent(item)),
      }))

  it.each([
    [
      'bullets drawn by the list',
      [block('listItem', '• one', { marker: '•' }), block('listItem', '• two', { marker: '•' })],
      [{ ordered: false, start: undefined, items: ['one', 'two'] }],
    ],
    [
      'numbers kept as the list start',
      [
        block('listItem', '3. three', { marker: '3.' }),
        block('listItem', '4. four', { marker: '4.' }),
      ],
      [{ ordered: true, start: 3, items: ['three', 'four'] }],
    ],
    [
      'a break in the numbering starts a new list',
      [
        block('listItem', '1. one', { marker: '1.' }),
        block('listItem', '5. five', { marker: '5.' }),
      ],
      [
        { ordered: true, start: 1, items: ['one'] },
        { ordered: true, start: 5, items: ['five'] },
      ],
    ],
    [
      'letters kept in the text of bulleted items',
      [
        block('listItem', '(a) first', { marker: '(a)' }),
        block('listItem', '(b) next', { marker: '(b)' }),
      ],
      [{ ordered: false, start: undefined, items: ['(a) first', '(b) next'] }],
    ],
    [
      'Markdown items, whose text has no marker',
      [block('listItem', 'first', { marker: '1.' }), block('listItem', 'next')],
      [
        { ordered: true, start: 1, items: ['first'] },
        { ordered: false, start: undefined, items: ['next'] },
      ],
    ],
  ])('%s', (_name, blocks, expected) => {
    expect(listed(documentOf(blocks))).toEqual(expected)
  })

  it('nests list items by the column of their markers, as the source does', () => {
    const at = (column: number) => ({
      position: {
        start: { line: 1, column, offset: 0 },
        end: { line: 1, column: column + 1, offset: 1 },
      },
    })
    const doc = documentOf([
      block('listItem', 'Summit:', { marker: '6.', ...at(4) }),
      block('listItem', 'directed the Secretariat to:', { marker: '-', ...at(6) }),
      block('listItem', 'coordinate the response;', { marker: '1.', ...at(9) }),
      block('listItem', 'report by June;', { marker: '2.', ...at(9) }),
      block('listItem', 'urged Member States to act.', { marker: '-', ...at(6) }),
      block('listItem', '7. Summit closed.', { marker: '7.', ...at(1) }),
    ])
    expect(toMarkdown(doc, { frontMatter: false })).toBe(
      [
        '6. Summit:',
        '   - directed the Secretariat to:',
        '     1. coordinate the response;',
        '     2. report by June;',
        '   - urged Member States to act.',
        '7. Summit closed.',
        '',
      ].join('\n'),
    )
  })

  it('writes a corpus header ("date 2021-06-04") as a publication line of its own', () => {
    const doc = parse('date 2021-06-04 Leaders met.')
    expect(doc.blocks[0]).toMatchObject({ type: 'boilerplate', reason: 'publication' })
    expect(doc.metadata.date).toBe('2021-06-04')
    const nodes = bodyNodes(readMarkdown(toMarkdown(doc))).map((node) => textContent(node))
    expect(nodes).toContain('Leaders met.')
  })

  it.each([
    [
      'a wire dateline after an em dash',
      'BEIJING, June 4 (Xinhua) -- Leaders met in the capital.',
      'BEIJING, June 4 (Xinhua) — Leaders met in the capital.',
    ],
  ])('writes %s at the head of its paragraph', (_name, input, written) => {
    const doc = parse(input)
    expect(doc.blocks[0]!.type).toBe('dateline')
    expect(textContent(bodyNodes(readMarkdown(toMarkdown(doc)))[0]!)).toBe(written)
  })
})
