import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../src/export/to-markdown.js'
import { parse } from '../src/parse.js'

// The Markdown a reader gets for each fixture, kept as files under
// test/__snapshots__/ to read (and render) as they change; update with `vitest -u`.
describe('toMarkdown of the fixtures', () => {
  it.each([
    ['initiative', 'fixtures/initiative.txt'],
    ['news', 'fixtures/news.txt'],
  ])('%s', async (name, file) => {
    const markdown = toMarkdown(parse(readFileSync(file)))
    await expect(markdown).toMatchFileSnapshot(`__snapshots__/${name}.md`)
  })
})
