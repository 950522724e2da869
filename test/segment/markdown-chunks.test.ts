import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'
import { markdownChunks } from '../../src/segment/markdown-chunks.js'

const paragraph = 'The Council met in Geneva on 3 June 2021 and agreed to act together.'

describe('reading Markdown in chunks', () => {
  it('covers the text with chunks that start at a block in column 1 after a blank line', () => {
    const text = Array.from({ length: 400 }, (_, i) => `## Part ${i}\n\n${paragraph}\n`).join('\n')
    const chunks = markdownChunks(text, 1024)
    expect(chunks.length).toBeGreaterThan(10)
    expect(chunks[0]!.start).toBe(0)
    expect(chunks.at(-1)!.end).toBe(text.length)
    for (let i = 1; i < chunks.length; i++) {
      expect(chunks[i]!.start).toBe(chunks[i - 1]!.end)
      expect(text.slice(chunks[i]!.start - 2, chunks[i]!.start)).toBe('\n\n')
    }
  })

  it('never cuts fenced code, front matter or an HTML comment', () => {
    const fenced = `\`\`\`\n${'code\n\nmore code\n'.repeat(200)}\`\`\`\n`
    const comment = `<!--\n${'note\n\nnote\n'.repeat(200)}-->\n`
    const front = `---\n${'key: value\n\n'.repeat(200)}---\n`
    for (const text of [fenced, comment, front]) {
      expect(markdownChunks(`${text}\nAfter.\n`, 64)).toEqual([
        { start: 0, end: text.length + 1 },
        { start: text.length + 1, end: text.length + 8 },
      ])
    }
  })

  it('gives the same blocks as one parse, with positions in the whole input', () => {
    const text = [
      '---',
      'title: A test',
      '---',
      '',
      ...Array.from({ length: 3000 }, (_, i) =>
        i % 7 === 0 ? `\n# Heading ${i}\n` : `- Item ${i}: ${paragraph}`,
      ),
      '',
      '---',
      '',
      'The end.',
    ].join('\n')
    const document = parse(text, { format: 'markdown', extract: false })
    expect(document.metadata.title).toBe('A test')
    const items = document.blocks.filter((block) => block.type === 'listItem')
    expect(items.length).toBe(3000 - Math.ceil(3000 / 7))
    for (const block of document.blocks) {
      expect(text.slice(block.start, block.end).replace(/^- /, '')).toBe(block.text)
    }
    expect(document.blocks.at(-1)?.text).toBe('The end.')
  })
})
