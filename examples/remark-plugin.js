// Parse a Markdown declaration inside a remark pipeline (run `npm run build` first):
//   node examples/remark-plugin.js fixtures/docs/asean-chair-statement.md
import { readFileSync } from 'node:fs'
import remarkCommunique from 'communique/unified'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'

const path = process.argv[2] ?? 'fixtures/docs/asean-chair-statement.md'
const file = new VFile({ path, value: readFileSync(path) })

await unified().use(remarkParse).use(remarkCommunique).use(remarkStringify).process(file)

const { metadata, blocks } = file.data.communique
console.log(`${metadata.title} (${metadata.kind}, ${metadata.date ?? 'undated'})`)
const body = blocks.filter((block) => block.type === 'paragraph' || block.type === 'listItem')
console.log(`paragraphs and list items: ${body.length}`)
for (const message of file.messages) console.log(String(message))
