// Writes the JSON Schemas of the document model, the diff model and the corpus index next to the build,
// from the same zod source as the types.
import { writeFileSync } from 'node:fs'
import {
  collationJsonSchema,
  corpusIndexJsonSchema,
  diffJsonSchema,
  documentJsonSchema,
} from '../dist/index.js'

const schemas = {
  'document.schema.json': ['schema.json', documentJsonSchema()],
  'diff.schema.json': ['diff.schema.json', diffJsonSchema()],
  'corpus-index.schema.json': ['corpus-index.schema.json', corpusIndexJsonSchema()],
  'collation.schema.json': ['collation.schema.json', collationJsonSchema()],
}
for (const [file, [published, schema]] of Object.entries(schemas)) {
  writeFileSync(
    new URL(`../dist/${file}`, import.meta.url),
    `${JSON.stringify({ $id: `https://www.npmjs.com/package/communique/${published}`, ...schema }, null, 2)}\n`,
  )
}
