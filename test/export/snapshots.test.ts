import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diff } from '../../src/diff/diff.js'
import { diffToMarkdown } from '../../src/export/diff/diff-to-markdown.js'
import { toMarkdown } from '../../src/export/document/to-markdown.js'
import { parse } from '../../src/parse.js'

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

describe('diffToMarkdown of the fixtures', () => {
  it.each([
    ['initiative-news', 'fixtures/initiative.txt', 'fixtures/news.txt'],
    ['pair-substantive', 'fixtures/pairs/substantive/a.txt', 'fixtures/pairs/substantive/b.txt'],
  ])('%s', async (name, a, b) => {
    const markdown = diffToMarkdown(diff(parse(readFileSync(a)), parse(readFileSync(b))))
    await expect(markdown).toMatchFileSnapshot(`__snapshots__/diff-${name}.md`)
  })
})
