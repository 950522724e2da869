// Writes the JSON Schemas of the document model, the diff model and the corpus index next to the build,
// from the same zod source as the types.
import { readFileSync, writeFileSync } from 'node:fs'
import {
  collationJsonSchema,
  corpusIndexJsonSchema,
  diffJsonSchema,
  documentJsonSchema,
} from '../dist/index.js'
import { describeSchema, readModelDocs } from './schema-descriptions.js'

const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)))

// Field descriptions: the doc comments beside the zod schemas, the source of the types too.
const docs = readModelDocs(new URL('../src/model/', import.meta.url))
// The other top-level models' files are never used: an object of the same shape there (the
// diff's spans, say) means something else.
const models = ['diff.ts', 'collation.ts', 'corpus-index.ts']
const ownFirst = (file) => [
  ...docs.filter((block) => block.file === file),
  ...docs.filter((block) => block.file !== file && !models.includes(block.file)),
]
const schemas = {
  // Each model's objects are described from its own file first, then from the others.
  'document.schema.json': describeSchema(documentJsonSchema(), ownFirst('document.ts')),
  'diff.schema.json': describeSchema(diffJsonSchema(), ownFirst('diff.ts')),
  'corpus-index.schema.json': describeSchema(corpusIndexJsonSchema(), ownFirst('corpus-index.ts')),
  'collation.schema.json': describeSchema(collationJsonSchema(), ownFirst('collation.ts')),
}
for (const [file, schema] of Object.entries(schemas)) {
  // $id: where the published file is served (`communique/schema.json` in the exports map).
  const $id = `https://unpkg.com/${name}@${version}/dist/${file}`
  writeFileSync(
    new URL(`../dist/${file}`, import.meta.url),
    `${JSON.stringify({ $id, ...schema }, null, 2)}\n`,
  )
}
