// The shipped JSON Schemas describe their fields with the doc comments written beside the
// zod schemas (src/model/), so the types, the schema and its documentation share a source.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8'))
const document = read('document.schema.json')
const diff = read('diff.schema.json')
const model = readFileSync(new URL('../../src/model/document.ts', import.meta.url), 'utf8')

describe('descriptions in the JSON Schemas', () => {
  it('describe the document and every one of its top-level fields', () => {
    expect(document.description).toMatch(/^A parsed official text/)
    for (const [key, property] of Object.entries(document.properties)) {
      expect((property as { description?: string }).description, key).toBeTruthy()
    }
  })

  it('take each field description from the comment beside the field', () => {
    const lineStarts = document.properties.metadata.properties.lineStarts.description
    expect(lineStarts).toMatch(/^UTF-16 offset at which each line of the original input starts/)
    // Written once, in the model source, over two comment lines.
    expect(model).toContain('UTF-16 offset at which each line of the original input starts')
    const block = document.properties.blocks.items
    expect(block.properties.marker.description).toBe(
      'List or paragraph marker as written: "1.", "(a)", "-".',
    )
  })

  it('describe the diff with its own model, not the document mentions of the same shape', () => {
    const span = diff.properties.alignments.items.properties.a.items
    expect(span.description).toMatch(/^A stretch of one version/)
    const mention = document.properties.organizations.items.properties.mentions.items
    expect(mention.description).toMatch(/^A span with the source text it covers/)
  })
})
