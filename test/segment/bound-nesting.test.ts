import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'
import { boundNesting, maxMarkdownNesting } from '../../src/segment/bound-nesting.js'

const deepQuote = `${'>'.repeat(3000)} Deep text.\n`
const deepList = `${'- '.repeat(4000)}Deep item.\n`
const indentedList = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- Item ${i}.`).join(
  '\n',
)

describe('Markdown nested deeper than the limit', () => {
  it.each([
    ['3,000 nested block quotes', deepQuote],
    ['a list 4,000 deep on one line', deepList],
    ['a list 200 deep by indentation', indentedList],
  ])(
    '%s: parsed without overflow, the deeper structure kept as text, with a warning',
    (_, input) => {
      const document = parse(input, { format: 'markdown' })
      const warning = document.warnings.find((w) => w.ruleId === 'markdown-nesting-too-deep')
      expect(warning?.severity).toBe('warning')
      // Nothing is lost: every letter lies in some block.
      const covered = new Uint8Array(input.length)
      for (const block of document.blocks) covered.fill(1, block.start, block.end)
      for (let i = 0; i < input.length; i++)
        if (/\p{L}/u.test(input[i]!)) expect(covered[i]).toBe(1)
      expect(document.blocks.some((block) => /Deep|Item 199/.test(block.text))).toBe(true)
      for (const block of document.blocks) {
        for (const sentence of block.sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(block.start)
          expect(sentence.end).toBeLessThanOrEqual(block.end)
        }
      }
    },
  )

  it('reads the markers past the limit as text, with their original characters', () => {
    const input = `${'>'.repeat(maxMarkdownNesting + 3)} Deep text.\n`
    const [block] = parse(input, { format: 'markdown', extract: false }).blocks
    expect(block?.text).toBe('>>> Deep text.')
    expect(input.slice(block!.start, block!.end)).toBe('>>> Deep text.')
  })

  it('leaves ordinary nesting alone', () => {
    const input = '> Quote\n>\n> - item\n>   - nested item\n'
    const bounded = boundNesting(input)
    expect(bounded.text).toBe(input)
    expect(bounded.deep).toBeUndefined()
    const document = parse(input, { format: 'markdown' })
    expect(document.warnings.some((w) => w.ruleId === 'markdown-nesting-too-deep')).toBe(false)
    expect(document.blocks.map((block) => block.text)).toEqual(['Quote', 'item', 'nested item'])
  })

  it('swaps one character a deep line, for one the input does not have, and restores it', () => {
    const input = `${'>'.repeat(40)} a \ue000 b\n`
    const bounded = boundNesting(input)
    expect(bounded.text.length).toBe(input.length)
    expect(bounded.text).not.toBe(input)
    expect(bounded.text.includes('\ue000')).toBe(true)
    expect(bounded.restore(bounded.text)).toBe(input)
    expect(bounded.lines).toBe(1)
  })
})
