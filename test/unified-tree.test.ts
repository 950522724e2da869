// The plugin reads the tree it is given (after remark-parse and any plugin before it),
// reports like remark-lint (url, ancestors, per-rule severity), and takes an empty file.
import { readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import remarkCommunique, { type RemarkCommuniqueOptions } from '../src/unified.js'

const markdown = [
  '# Joint Statement',
  '',
  'DRAFT: not for circulation.',
  '',
  'Our Women5s Forum met in Kazan.',
  '',
  'Done at Kazan, 23 October 2024',
  '',
].join('\n')

/** A plugin before ours that drops the "DRAFT:" paragraph and rewords a text node. */
function remarkEditor() {
  return (tree: Root) => {
    tree.children = tree.children.filter(
      (node) => !(node.type === 'paragraph' && JSON.stringify(node).includes('DRAFT:')),
    )
    for (const node of tree.children) {
      if (node.type === 'heading' && node.children[0]?.type === 'text') {
        node.children[0].value = 'Joint Communiqué'
      }
    }
  }
}

const run = (input: string | VFile, options?: RemarkCommuniqueOptions) =>
  unified().use(remarkParse).use(remarkCommunique, options).use(remarkStringify).process(input)

describe('remarkCommunique reads the tree it is given', () => {
  it('sees what a plugin before it changed, with positions still in the file', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkEditor)
      .use(remarkCommunique)
      .use(remarkStringify)
      .process(markdown)
    const document = file.data.communique!
    const texts = document.blocks.map((block) => block.text)
    expect(texts.join('\n')).not.toContain('DRAFT')
    expect(texts[0]).toBe('Joint Communiqué')
    for (const block of document.blocks.slice(1)) {
      // The file's text at the block's place (the analysed text has the apostrophe repaired).
      expect(markdown.slice(block.start, block.end).replace('5s', "'s")).toBe(block.text)
    }
    const heading = document.blocks[0]!
    expect(markdown.slice(heading.start, heading.end)).toBe('Joint Statement')
    // Without the editor the paragraph is there: the tree, not the file, decided.
    const plain = await run(markdown)
    expect(plain.data.communique!.blocks.map((block) => block.text)).toContain(
      'DRAFT: not for circulation.',
    )
  })

  it('still reads front matter when the processor has no remark-frontmatter', async () => {
    const file = await run('---\ntitle: Final Communiqué\n---\n\nThe Council met.\n')
    expect(file.data.communique!.metadata.title).toBe('Final Communiqué')
    expect(file.data.communique!.blocks.map((block) => block.text)).toEqual(['The Council met.'])
  })
})

describe('remarkCommunique messages, like remark-lint', () => {
  it('carry a url to the rule in the README, and the ancestors of their place', async () => {
    const file = await run(markdown)
    const message = file.messages.find((m) => m.ruleId === 'input-digit-apostrophe-repaired')!
    expect(message.url).toMatch(/^https:\/\/github\.com\/.+#input-digit-apostrophe-repaired$/)
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(readme).toContain(`<a id="input-digit-apostrophe-repaired"></a>`)
    expect(message.ancestors?.map((node) => node.type)).toEqual(['root', 'paragraph', 'text'])
    expect(message.source).toBe('communique')
  })

  it.each([
    ['pairs', [['input-digit-apostrophe-repaired', 'off']]],
    ['an object', { 'input-digit-apostrophe-repaired': 'off' }],
    ['a number', { 'input-digit-apostrophe-repaired': 0 }],
  ] as const)('turns a rule off, given as %s', async (_name, rules) => {
    const file = await run(markdown, { rules: rules as RemarkCommuniqueOptions['rules'] })
    expect(file.messages.map((m) => m.ruleId)).not.toContain('input-digit-apostrophe-repaired')
    expect(file.data.communique!.warnings.map((w) => w.ruleId)).toContain(
      'input-digit-apostrophe-repaired',
    )
  })

  it.each([
    ['error', true],
    ['warn', false],
    ['info', undefined],
  ] as const)('sets a rule to %s', async (level, fatal) => {
    const file = await run(markdown, { rules: { 'input-digit-apostrophe-repaired': level } })
    const message = file.messages.find((m) => m.ruleId === 'input-digit-apostrophe-repaired')
    expect(message?.fatal).toBe(fatal)
  })
})

describe('remarkCommunique on an empty file', () => {
  it.each([
    ['an empty string', ''],
    ['an empty VFile', new VFile('')],
    ['a VFile without value', new VFile()],
  ])('gives an input-empty warning for %s, and no error', async (_name, input) => {
    const file = await run(input)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['input-empty'])
    expect(file.data.communique!.blocks).toEqual([])
  })
})
