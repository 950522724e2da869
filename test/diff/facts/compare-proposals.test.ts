// Which act verbs a proposal change may name: only those the act lexicon knows.
import { describe, expect, it } from 'vitest'
import { inLexicon } from '../../../src/diff/facts/compare-proposals.js'

describe('inLexicon', () => {
  it.each(['proposes', 'will propose', 'decides to', 'calls for', 'urged', 'agreed to'])(
    'knows %s',
    (verb) => expect(inLexicon(verb)).toBe(true),
  )
  it.each(['adjacent', 'Council', 'quality', 'met'])('does not know %s', (verb) =>
    expect(inLexicon(verb)).toBe(false),
  )
})
