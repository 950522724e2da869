// Test helper: a document built by hand, for exporter tests that do not need the parser.
import type { Block, BlockType, CommuniqueDocument } from '../src/model/document.js'

const here = { line: 1, column: 1, offset: 0 }

export function block(type: BlockType, text: string, extra: Partial<Block> = {}): Block {
  return {
    type,
    start: 0,
    end: text.length,
    position: { start: here, end: { line: 1, column: text.length + 1, offset: text.length } },
    text,
    sentences: [],
    ...extra,
  }
}

export function documentOf(
  blocks: Block[],
  rest: Partial<CommuniqueDocument> = {},
): CommuniqueDocument {
  return {
    schemaVersion: 2,
    metadata: {
      title: null,
      date: null,
      place: null,
      issuer: null,
      kind: 'declaration',
      dateline: null,
      inputFormat: 'text',
      length: 0,
      sources: {},
    },
    blocks,
    organizations: [],
    places: [],
    people: [],
    dates: [],
    proposals: [],
    warnings: [],
    ...rest,
  }
}
