// Writes the JSON Schemas of the document model and of the diff model next to the build,
// from the same zod source as the types.
import { readFileSync, writeFileSync } from 'node:fs'
import { diffJsonSchema, documentJsonSchema } from '../dist/index.js'

const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)))

const schemas = {
  'document.schema.json': documentJsonSchema(),
  'diff.schema.json': diffJsonSchema(),
}
for (const [file, schema] of Object.entries(schemas)) {
  // $id: where the published file is served (`communique/schema.json` in the exports map).
  const $id = `https://unpkg.com/${name}@${version}/dist/${file}`
  writeFileSync(
    new URL(`../dist/${file}`, import.meta.url),
    `${JSON.stringify({ $id, ...schema }, null, 2)}\n`,
  )
}
