import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/parse.js'
import remarkCommunique from '../src/unified.js'

const markdown = [
  '# Joint Statement',
  '',
  'The Ministers met in Kazan.',
  '',
  'Our Women5s Forum will meet again.',
  '',
  'Done at Kazan, 23 October 2024',
  '',
].join('\n')

const processor = () => unified().use(remarkParse).use(remarkCommunique).use(remarkStringify)

describe('remarkCommunique', () => {
  it('stores the parsed document on file.data.communique', async () => {
    const file = await processor().process(markdown)
    expect(file.data.communique).toEqual(parse(markdown, { format: 'markdown' }))
    expect(file.data.communique?.metadata).toMatchObject({
      title: 'Joint Statement',
      date: '2024-10-23',
      place: 'Kazan',
      inputFormat: 'markdown',
    })
  })

  it('reports warnings as vfile messages with their place, rule id and source', async () => {
    const file = await processor().process(markdown)
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    const at = markdown.indexOf('Women5s') + 'Women'.length
    expect(message).toMatchObject({
      reason: "digit standing for an apostrophe `5` read as `'`",
      ruleId: 'input-digit-apostrophe-repaired',
      source: 'communique',
      fatal: false,
      actual: '5',
      expected: ["'"],
      place: {
        start: { line: 5, column: 10, offset: at },
        end: { line: 5, column: 11, offset: at + 1 },
      },
    })
    expect(String(message)).toBe("5:10-5:11: digit standing for an apostrophe `5` read as `'`")
  })

  it('reports informational messages as such (fatal undefined)', async () => {
    const input = `${markdown}\n<!-- communique:analysis -->\n\n## Places\n`
    const file = await processor().process(input)
    const skipped = file.messages.find((m) => m.ruleId === 'markdown-analysis-skipped')
    expect(skipped?.fatal).toBeUndefined()
  })

  it('reads a file of UTF-8 bytes', async () => {
    const file = await processor().process(new VFile(new TextEncoder().encode(markdown)))
    expect(file.data.communique?.metadata.title).toBe('Joint Statement')
  })

  it('leaves the tree as remark-parse made it', async () => {
    const plain = unified().use(remarkParse).use(remarkStringify)
    expect(String(await processor().process(markdown))).toBe(String(await plain.process(markdown)))
  })

  it('passes its options to parse', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkCommunique, { steps: [] })
      .use(remarkStringify)
      .process(markdown)
    expect(file.data.communique?.organizations).toEqual([])
  })

  it('fails the file with a fatal message for bytes that are not text', async () => {
    const binary = new VFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))
    await expect(processor().process(binary)).rejects.toMatchObject({
      fatal: true,
      ruleId: 'input-binary',
      source: 'communique',
    })
  })
})
