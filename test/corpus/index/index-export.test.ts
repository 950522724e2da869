import { describe, expect, it } from 'vitest'
import { indexToCsv } from '../../../src/corpus/index/index-to-csv.js'
import { indexToMarkdown } from '../../../src/corpus/index/index-to-markdown.js'
import type { CorpusIndex } from '../../../src/model/corpus-index.js'

const index: CorpusIndex = {
  indexVersion: 1,
  documents: [
    {
      id: 'a/one.txt',
      title: 'Statement on Water, "Data" and Fish',
      date: '2024-03-21',
      place: 'Nairobi',
      issuer: null,
      kind: 'declaration',
      length: 120,
      organizations: 1,
      places: 1,
      people: 0,
      dates: 1,
      proposals: 1,
    },
  ],
  errors: [{ id: 'b.bin', message: 'binary input (NUL byte at offset 1)', code: 'binary' }],
  organizations: [
    {
      id: 'organization:1',
      name: 'Lake | Basin *Council*',
      aliases: ['LBC', 'the Council'],
      documents: [{ document: 'a/one.txt', mentions: 2 }],
      mentions: 2,
      firstDate: '2024-03-21',
      lastDate: '2024-03-21',
    },
  ],
  places: [],
  people: [],
  proposals: [
    {
      actor: 'Lake | Basin *Council*',
      entity: 'organization:1',
      kind: 'propose',
      proposals: [
        {
          document: 'a/one.txt',
          text: 'It calls for\nmore data.',
          start: 10,
          end: 33,
          verbs: ['calls for'],
        },
      ],
    },
  ],
  timeline: [
    {
      value: '2024-03-21',
      documents: [{ document: 'a/one.txt', mentions: 1, texts: ['21 March 2024'] }],
    },
  ],
}

describe('indexToCsv', () => {
  const tables = indexToCsv(index)

  it('writes one table per part of the index, a header and a row per entry', () => {
    expect(Object.keys(tables).sort()).toEqual([
      'documents.csv',
      'entities.csv',
      'entity-documents.csv',
      'errors.csv',
      'proposals.csv',
      'timeline.csv',
    ])
    expect(tables['entity-documents.csv']).toBe(
      'entity,document,mentions\r\norganization:1,a/one.txt,2\r\n',
    )
    expect(tables['timeline.csv']).toBe(
      'value,document,mentions,texts\r\n2024-03-21,a/one.txt,1,21 March 2024\r\n',
    )
  })

  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(tables['documents.csv']!.split('\r\n')[1]).toBe(
      'a/one.txt,"Statement on Water, ""Data"" and Fish",2024-03-21,Nairobi,,declaration,120,1,1,0,1,1',
    )
    expect(tables['proposals.csv']).toContain(',calls for,"It calls for\nmore data."\r\n')
    expect(tables['entities.csv']).toContain(
      'organization:1,organization,Lake | Basin *Council*,LBC; the Council,,1,2,2024-03-21,2024-03-21\r\n',
    )
  })
})

describe('indexToMarkdown', () => {
  const markdown = indexToMarkdown(index)

  it('reports counts, then documents, errors, entities, proposals and the timeline', () => {
    expect(markdown).toMatch(
      /^# Corpus index\n\n1 document, 1 failed: 1 organization, 0 places, 0 people, 1 proposal, 1 date/,
    )
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual([
      '## Documents',
      '## Errors',
      '## Organizations',
      '## Proposals',
      '## Timeline',
    ])
  })

  it('escapes what Markdown would read in document text', () => {
    expect(markdown).toContain(
      '| Lake \\| Basin \\*Council\\* | LBC, the Council | 1 | 2 | 2024-03-21 | 2024-03-21 |',
    )
  })
})
