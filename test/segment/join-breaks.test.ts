import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'
import { continuesSentence } from '../../src/segment/join-breaks.js'

describe('whether a block continues the sentence of the one before (PDF breaks)', () => {
  it.each([
    [
      'a lower-case continuation',
      'The Council welcomed the',
      'progress made on the corridor.',
      1,
      true,
    ],
    [
      'a name cut at a blank line',
      'the Secretariat of the Eastern',
      'Rivers Commission will report.',
      1,
      false,
    ],
    [
      'after a word no sentence ends on',
      'The ministers agreed to work with',
      'Partners in the region.',
      1,
      true,
    ],
    ['after a full stop', 'The ministers met in May.', 'They agreed on a plan.', 1, false],
    ['a list item after a comma', 'The ministers,', '1. agree to fund two stations.', 1, false],
    [
      'a preambular clause after a comma',
      'Determined to restore the wetlands,',
      'Recalling the 2019 charter,',
      1,
      false,
    ],
    ['a heading in capitals', 'the work of the', 'ANNEX ON FINANCE', 1, false],
  ])('%s', (_name, previous, next, lines, expected) => {
    expect(continuesSentence(previous, next, lines)).toBe(expected)
  })

  it('keeps preambular clauses ending in commas as paragraphs of their own', () => {
    const text =
      'The Ministers of the Lake Council,\n\nDetermined to restore the wetlands,\n\nRecalling the charter of 2019,\n\n1. agree to fund two stations.\n'
    const blocks = parse(text, { extract: false }).blocks.map((block) => block.text)
    expect(blocks).toEqual([
      'The Ministers of the Lake Council,',
      'Determined to restore the wetlands,',
      'Recalling the charter of 2019,',
      '1. agree to fund two stations.',
    ])
  })

  it('joins a sentence broken by a blank line, and a page number between its halves, with a warning', () => {
    const text =
      'The delegations agreed that the joint commission will meet in\n\n7\n\nthe second half of the year to review the plan.\n'
    const document = parse(text, { extract: false })
    const sentences = document.blocks.flatMap((block) => block.sentences)
    expect(sentences).toHaveLength(1)
    expect(document.warnings.map((w) => w.ruleId)).toContain('page-furniture-skipped')
  })
})
