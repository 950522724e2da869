// diffToJson: stable key order whatever order the object was built in; the JSON Schema
// comes from the same zod source as the types.
import { describe, expect, it } from 'vitest'
import { diff } from '../../../src/diff/diff.js'
import { diffToJson } from '../../../src/export/json/diff-to-json.js'
import { diffJsonSchema } from '../../../src/model/diff.js'
import { parse } from '../../../src/parse.js'

const result = diff(
  parse('The Forum speaks highly of the SCO.'),
  parse('The Forum spoke highly of the SCO.'),
)

describe('diffToJson', () => {
  it('writes keys in schema order whatever order they were built in', () => {
    const shuffled = {
      ...result,
      conflicts: result.conflicts,
      summary: { ...result.summary },
      schemaVersion: result.schemaVersion,
    }
    const reordered = Object.fromEntries(Object.entries(shuffled).reverse()) as typeof result
    expect(diffToJson(reordered)).toBe(diffToJson(result))
    expect(Object.keys(JSON.parse(diffToJson(reordered)))[0]).toBe('schemaVersion')
  })

  it('uses the given indentation', () => {
    expect(diffToJson(result, 0)).not.toContain('\n')
  })
})

describe('diffJsonSchema', () => {
  it('describes the top-level fields', () => {
    const schema = diffJsonSchema() as { properties: Record<string, unknown>; required: string[] }
    expect(Object.keys(schema.properties)).toEqual([
      'schemaVersion',
      'a',
      'b',
      'summary',
      'alignments',
      'paragraphs',
      'entities',
      'conflicts',
    ])
    expect(schema.required).toContain('alignments')
  })
})
