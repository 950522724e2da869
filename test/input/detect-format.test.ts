import { describe, expect, it } from 'vitest'
import { looksLikeMarkdown } from '../../src/input/detect-format.js'

describe('telling Markdown from plain text', () => {
  it.each([
    ['# Title\n\nText.', true],
    ['Text with a [link](https://example.org) and **strong** words.', true],
    ['Plain text.\nAnother line.', false],
    ['An unclosed [bracket and (parenthesis.', false],
  ])('%j → %s', (text, markdown) => {
    expect(looksLikeMarkdown(text)).toBe(markdown)
  })

  it('reads long runs of unclosed brackets and marks in linear time', () => {
    // 256 KB of `[[](([` took 19.5 s through the inline-link signal; `__a` the same through strong.
    expect(looksLikeMarkdown('[[]((['.repeat(40_000))).toBe(false)
    expect(looksLikeMarkdown('__a'.repeat(80_000))).toBe(false)
  })
})
