import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CommuniqueDocument } from '../../../src/model/document.js'
import { parse } from '../../../src/parse.js'

/**
 * Every proposal lies inside one sentence and carries the source text of its span; its acts,
 * object and entity references are in range, and its object is the source text it covers.
 */
function checkProposals(input: string): void {
  const doc: CommuniqueDocument = parse(input)
  const sentences = doc.blocks.flatMap((block) => block.sentences)
  const lists = {
    organization: doc.organizations,
    place: doc.places,
    person: doc.people,
    date: doc.dates,
  }
  for (const proposal of doc.proposals) {
    expect(proposal.start).toBeLessThanOrEqual(proposal.end)
    expect(proposal.end).toBeLessThanOrEqual(input.length)
    expect(
      sentences.some(
        (sentence) => sentence.start <= proposal.start && proposal.end <= sentence.end,
      ),
    ).toBe(true)
    expect(input.slice(proposal.start, proposal.end)).toBe(proposal.text)
    expect(proposal.acts.length).toBeGreaterThan(0)
    for (const act of proposal.acts) {
      expect(act.start).toBeLessThanOrEqual(act.end)
      expect(act.end).toBeLessThanOrEqual(input.length)
    }
    if (proposal.object) {
      expect(input.slice(proposal.object.start, proposal.object.end)).toBe(proposal.object.text)
      expect(proposal.object.start).toBeGreaterThanOrEqual(proposal.start)
      expect(proposal.object.end).toBeLessThanOrEqual(proposal.end)
    }
    for (const reference of proposal.entities) {
      expect(lists[reference.type][reference.index]).toBeDefined()
    }
  }
}

// Words that make the proposal rules work: subjects, pronouns, act verbs, modals, speech,
// lead-ins, list markers, quotes, datelines.
const vocabulary = [
  'The Council',
  'The Forum',
  'We',
  'we',
  'It',
  'They',
  'he',
  'Member States',
  'the two sides',
  'Mr. Guterres',
  'Secretary-General Jane Doe',
  'calls on',
  'urges',
  'supports',
  'support',
  'proposes that',
  'decided to:',
  'shall:',
  'shall',
  'will',
  'would',
  'should',
  'must not',
  'need to',
  'is willing to',
  'agreed on Thursday to',
  'it is necessary to',
  'said',
  'said that',
  'the ministers said',
  'according to the statement',
  'believes that',
  'which',
  'that',
  'and',
  ',',
  '.',
  ':',
  ';',
  '?',
  '“',
  '”',
  '(a)',
  '1.',
  '2.1.',
  '-',
  '\n\n',
  '\n',
  'BRUSSELS —',
  'hold a meeting in Geneva in 2026',
  'the Republic of Kazakhstan',
  'be held',
  'to',
]

describe('proposals of any input', () => {
  it('point at their sentence and never throw, on sentences made of proposal words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }), (words) => {
        checkProposals(words.join(' '))
      }),
      { numRuns: 300 },
    )
  })

  it('point at their sentence and never throw, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        checkProposals(input)
      }),
      { numRuns: 300 },
    )
  })

  it('point at their sentence when the text has markers, folded spaces and repairs', () => {
    const input =
      'The Council decided to:\n\n(a)  request   the Chairperson to act;\n\n(b) dispatch a mission.\n\nThe Forum supports the SCO Women5s Forum  and  will  hold a meeting.'
    checkProposals(input)
    expect(parse(input).proposals).toHaveLength(3)
  })
})
