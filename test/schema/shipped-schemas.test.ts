// The JSON Schemas shipped in dist/ (draft 2020-12) accept what the library writes: the
// documents of every fixture and the comparisons of every fixture pair, checked by ajv.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }
import { diff } from '../../src/diff/diff.js'
import { diffToJson } from '../../src/export/json/diff-to-json.js'
import { toJson } from '../../src/export/json/to-json.js'
import { parse } from '../../src/parse.js'

const root = new URL('../..', import.meta.url).pathname
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'))
const documentSchema = read('dist/document.schema.json')
const diffSchema = read('dist/diff.schema.json')
const ajv = new Ajv2020({ allErrors: true, strict: false })
const validateDocument = ajv.compile(documentSchema)
const validateDiff = ajv.compile(diffSchema)

const texts = [
  'fixtures/initiative.txt',
  'fixtures/news.txt',
  ...readdirSync(join(root, 'fixtures/docs')).map((name) => `fixtures/docs/${name}`),
]
const pairs = readdirSync(join(root, 'fixtures/pairs'))

describe('the shipped JSON Schemas', () => {
  it('have the draft 2020-12 $schema and, as $id, the path they are published at', () => {
    for (const [schema, file] of [
      [documentSchema, 'document.schema.json'],
      [diffSchema, 'diff.schema.json'],
    ]) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(schema.$id).toBe(`https://unpkg.com/communique@${packageJson.version}/dist/${file}`)
    }
    expect(packageJson.exports['./schema.json']).toBe('./dist/document.schema.json')
    expect(packageJson.exports['./diff.schema.json']).toBe('./dist/diff.schema.json')
  })

  it.each(texts)('accept the document of %s', (file) => {
    const document = JSON.parse(toJson(parse(readFileSync(join(root, file)))))
    const valid = validateDocument(document)
    expect(validateDocument.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it.each(pairs)('accept the comparison of the pair %s', (pair) => {
    const [a, b] = ['a.txt', 'b.txt'].map((name) =>
      parse(readFileSync(join(root, 'fixtures/pairs', pair, name))),
    )
    const valid = validateDiff(JSON.parse(diffToJson(diff(a!, b!))))
    expect(validateDiff.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('refuse a document that breaks them', () => {
    const document = JSON.parse(toJson(parse(readFileSync(join(root, 'fixtures/news.txt')))))
    document.blocks[0].start = -1
    expect(validateDocument(document)).toBe(false)
  })
})
