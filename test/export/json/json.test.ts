import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  DocumentJsonError,
  documentJsonSchema,
  fromJson,
} from '../../../src/export/json/from-json.js'
import { toJson } from '../../../src/export/json/to-json.js'
import { parse } from '../../../src/parse.js'

const initiative = readFileSync(
  new URL('../../../fixtures/initiative.txt', import.meta.url),
  'utf8',
)

describe('toJson', () => {
  it('writes the top-level keys in the documented order, with a schema version', () => {
    const json = JSON.parse(toJson(parse(initiative)))
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'metadata',
      'blocks',
      'organizations',
      'places',
      'people',
      'dates',
      'proposals',
      'warnings',
    ])
    expect(json.schemaVersion).toBe(2)
  })

  it('writes the same text whatever order the object was built in', () => {
    const document = parse(initiative)
    const shuffled = Object.fromEntries(Object.entries(document).reverse()) as typeof document
    expect(toJson(shuffled)).toBe(toJson(document))
  })
})

// biome-ignore lint/suspicious/noExplicitAny: JSON read back to be broken on purpose
type Json = any

describe('fromJson', () => {
  const valid = JSON.parse(toJson(parse(initiative)))
  const warning = {
    ruleId: 'input-blank',
    source: 'communique',
    severity: 'warning',
    reason: 'a test',
    start: 0,
    end: 1,
    line: 1,
    column: 1,
  }
  const withProposal = (change: (proposal: Json) => Json) => ({
    ...valid,
    proposals: [change(valid.proposals[0]), ...valid.proposals.slice(1)],
  })

  it('reads back what toJson wrote', () => {
    const document = parse(initiative)
    expect(fromJson(toJson(document))).toStrictEqual(document)
  })

  it('reads a version 1 document (kind declaration or news) as version 2', () => {
    const document = parse(initiative)
    const old = { ...JSON.parse(toJson(document)), schemaVersion: 1 }
    old.metadata.kind = 'news'
    const read = fromJson(JSON.stringify(old))
    expect(read.schemaVersion).toBe(2)
    expect(read.metadata.kind).toBe('news')
    expect(read.blocks).toStrictEqual(document.blocks)
  })

  it('refuses a version 1 document with a kind that version 1 did not have either', () => {
    const old = { ...valid, schemaVersion: 1, metadata: { ...valid.metadata, kind: 'memo' } }
    expect(() => fromJson(JSON.stringify(old))).toThrow(/\$\.metadata\.kind/)
  })

  it.each([
    ['malformed JSON', '{"schemaVersion": 1,', '$', /invalid JSON/],
    [
      'an unsupported schema version',
      JSON.stringify({ ...valid, schemaVersion: 99 }),
      '$.schemaVersion',
      /unsupported schemaVersion 99/,
    ],
    [
      'a missing top-level list',
      JSON.stringify({ ...valid, blocks: undefined }),
      '$.blocks',
      /\$\.blocks/,
    ],
    [
      'a wrong field type deep inside',
      JSON.stringify({ ...valid, blocks: [{ ...valid.blocks[0], start: 'zero' }] }),
      '$.blocks[0].start',
      /\$\.blocks\[0\]\.start/,
    ],
    [
      'an unknown block type',
      JSON.stringify({ ...valid, blocks: [{ ...valid.blocks[0], type: 'table' }] }),
      '$.blocks[0].type',
      /\$\.blocks\[0\]\.type/,
    ],
    [
      'a span that ends before it starts',
      JSON.stringify({
        ...valid,
        blocks: [{ ...valid.blocks[0], start: 50, end: 10, sentences: [] }],
      }),
      '$.blocks[0]',
      /end 10 is before start 50/,
    ],
    ['a non-object', '42', '$', /expected object/],
    [
      'an act whose span ends before it starts',
      JSON.stringify(
        withProposal((proposal) => ({
          ...proposal,
          acts: [{ ...proposal.acts[0], start: 9, end: 3 }],
        })),
      ),
      '$.proposals[0].acts[0]',
      /end 3 is before start 9/,
    ],
    [
      'a warning beyond the input',
      JSON.stringify({
        ...valid,
        warnings: [
          { ...warning, start: valid.metadata.length + 5, end: valid.metadata.length + 9 },
        ],
      }),
      '$.warnings[0]',
      /beyond the input's length/,
    ],
    [
      'a sentence outside its block',
      JSON.stringify({
        ...valid,
        blocks: valid.blocks.map((block: Json, i: number) =>
          i === 1
            ? { ...block, sentences: [{ ...block.sentences[0], start: valid.blocks[0].start }] }
            : block,
        ),
      }),
      '$.blocks[1].sentences[0]',
      /outside its block/,
    ],
    [
      'overlapping blocks',
      JSON.stringify({
        ...valid,
        blocks: valid.blocks.map((block: Json, i: number) =>
          i === 1 ? { ...block, start: valid.blocks[0].end - 1, sentences: [] } : block,
        ),
      }),
      '$.blocks[1]',
      /inside or before the block before it/,
    ],
    [
      'a dangling entity index',
      JSON.stringify(
        withProposal((proposal) => ({
          ...proposal,
          entities: [{ type: 'place', index: valid.places.length, name: 'Nowhere' }],
        })),
      ),
      '$.proposals[0].entities[0].index',
      /points past the/,
    ],
    [
      'unsorted line starts',
      JSON.stringify({ ...valid, metadata: { ...valid.metadata, lineStarts: [0, 40, 20] } }),
      '$.metadata.lineStarts[2]',
      /does not follow 40/,
    ],
  ])('rejects %s, naming the JSON path of the first problem', (_name, text, path, message) => {
    let error: unknown
    try {
      fromJson(text)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(DocumentJsonError)
    expect((error as DocumentJsonError).path).toBe(path)
    expect((error as DocumentJsonError).message).toMatch(message)
  })
})

describe('documentJsonSchema', () => {
  it('describes the document from the same source as the types', () => {
    const schema = documentJsonSchema() as {
      type: string
      required: string[]
      properties: Record<string, unknown>
    }
    expect(schema.type).toBe('object')
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'metadata', 'blocks', 'organizations', 'warnings']),
    )
    expect(Object.keys(schema.properties)).toEqual(Object.keys(JSON.parse(toJson(parse('Text.')))))
  })
})
