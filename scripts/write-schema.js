// Writes the JSON Schema of the document model next to the build, from the same zod source as the types.
import { writeFileSync } from 'node:fs'
import { documentJsonSchema } from '../dist/index.js'

const schema = {
  $id: 'https://www.npmjs.com/package/communique/schema.json',
  ...documentJsonSchema(),
}
writeFileSync(
  new URL('../dist/document.schema.json', import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
)
