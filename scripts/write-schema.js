// Writes the JSON Schemas of the document model and of the diff model next to the build,
// from the same zod source as the types.
import { readFileSync, writeFileSync } from 'node:fs'
import { diffJsonSchema, documentJsonSchema } from '../dist/index.js'
import { describeSchema, readModelDocs } from './schema-descriptions.js'

const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)))

// Field descriptions: the doc comments beside the zod schemas, the source of the types too.
const docs = readModelDocs(new URL('../src/model/', import.meta.url))
const schemas = {
  // The document's objects are described from its own files; the diff's from diff.ts first.
  'document.schema.json': describeSchema(
    documentJsonSchema(),
    docs.filter((block) => block.file !== 'diff.ts'),
  ),
  'diff.schema.json': describeSchema(diffJsonSchema(), [
    ...docs.filter((block) => block.file === 'diff.ts'),
    ...docs.filter((block) => block.file !== 'diff.ts'),
  ]),
}
for (const [file, schema] of Object.entries(schemas)) {
  // $id: where the published file is served (`communique/schema.json` in the exports map).
  const $id = `https://unpkg.com/${name}@${version}/dist/${file}`
  writeFileSync(
    new URL(`../dist/${file}`, import.meta.url),
    `${JSON.stringify({ $id, ...schema }, null, 2)}\n`,
  )
}
