import { describe, expect, it } from 'vitest'
import { isAgent } from '../../../src/extract/proposals/judge-agent.js'
import { parse } from '../../../src/parse.js'

describe('judging whether a subject can act', () => {
  it.each([
    ['Staff AND personnel', true],
    ['Staff And personnel', true],
    ['Cooperation AND development', false],
    ['The plan AND the strategy', false],
    ['States and donors', true],
  ])('%j splits on "and" in any case (agent: %s)', (phrase, agent) => {
    expect(isAgent(phrase)).toBe(agent)
  })

  it('parses a sentence whose subject joins two nouns with an upper-case AND', () => {
    const document = parse('Staff AND personnel should be protected.')
    expect(document.blocks.map((block) => block.text)).toEqual([
      'Staff AND personnel should be protected.',
    ])
  })
})
