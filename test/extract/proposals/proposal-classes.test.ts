// Issue 12: the kinds of sentence real texts propose in, each with sentences that must be
// read as proposals and sentences that must not, and the documents written for them
// (fixtures/docs/p-*.txt) against their gold.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/parse.js'

/** The acts each sentence of a text proposes, as "actor: verb | verb". */
function read(text: string): string[] {
  return parse(text).proposals.map((p) => `${p.actor}: ${p.acts.map((a) => a.verb).join(' | ')}`)
}

describe.each([
  [
    'preambular and participial clauses',
    [
      [
        'The Ministers of the Lake Council,\n\nDetermined to restore the wetlands,\n\n1. agree to fund two stations.',
        [
          'the Ministers of the Lake Council: determined to',
          'the Ministers of the Lake Council: agree to',
        ],
      ],
      [
        'The Ministers of the Lake Council,\n\nReaffirming our commitment to restoring the wetlands,\n\n1. agree to fund two stations.',
        [
          'the Ministers of the Lake Council: reaffirming commitment to',
          'the Ministers of the Lake Council: agree to',
        ],
      ],
    ],
    [
      'The Ministers of the Lake Council,\n\nRecalling our commitment to the principles of the charter,',
      'The Committee,\n\nAcknowledging that water is scarce, Parties should share data,',
    ],
  ],
  [
    'commitment and intent nouns',
    [
      ['We reaffirm our iron-clad commitment to defend the coast.', ['we: reaffirm commitment to']],
      [
        'The ministers reaffirmed their steadfast commitments to tackling drought.',
        ['the ministers: reaffirmed commitments to'],
      ],
      ['We seek to uphold the law of the sea.', ['we: seek to']],
      ['The two countries stand for respecting the border.', ['the two countries: stand for']],
      [
        'The Ministry confirmed its readiness to share data.',
        ['the Ministry: confirmed readiness to'],
      ],
    ],
    [
      'We recommit ourselves to a world free of fear.',
      'The two countries are committed to peace and stability in the region.',
      'We reaffirmed our commitment to the purposes and principles of the Charter.',
      'We reaffirmed our commitment to realise the region as a zone of lasting peace.',
    ],
  ],
  [
    'needs and importance with an action',
    [
      ['New approaches are needed to finance the dams.', ['null: are needed to']],
      [
        'The delegates acknowledged the urgent need to map the rivers.',
        ['the delegates: acknowledged the urgent need'],
      ],
      [
        'The leaders underlined the importance of establishing a hotline.',
        ['the leaders: underlined importance of'],
      ],
      [
        'We stress the importance of members taking account of the effects.',
        ['we: stress importance of'],
      ],
    ],
    [
      'The leaders underlined the importance of the partnership.',
      'Tents and boats are urgently needed in the flooded districts.',
      'The leaders stressed the importance of the meeting.',
    ],
  ],
  [
    'passives with an agent or the parties as actor',
    [
      [
        'A joint zone shall be set up by the customs services of both countries.',
        ['the customs services of both countries: shall be'],
      ],
    ],
    [
      'The old market was opened in 2019.',
      'The fair will be held in May.',
      'It shall be extended automatically for five years.',
    ],
  ],
  [
    'common-noun actors',
    [
      ['The university will host forty students.', ['the university: will host']],
      ['The chambers of commerce should offer internships.', ['the chambers of commerce: should']],
      ['The two ports will train ten pilots.', ['the two ports: will train']],
    ],
    ['The weather will improve in spring.'],
  ],
  [
    'acts after a fronted clause or in a later clause',
    [
      [
        'To support the villages, today the two governors have agreed to create a fund.',
        ['the two governors: have agreed to'],
      ],
      [
        'The Summit commended the volunteers; and urged member states to provide boats.',
        ['the Summit: urged'],
      ],
    ],
    ['In order to speed up repairs, the governors will meet again next week.'],
  ],
  [
    'verbs filtered by mistake and news decisions',
    [
      ['The ministers will increase the share of solar power.', ['the ministers: will increase']],
      ['The ministers agreed Tuesday to open an office.', ['the ministers: agreed to']],
      ['Portugal announced a plan to fund two warehouses.', ['Portugal: announced plan to']],
      ['Interior ministers should conclude a package of measures.', ['Interior ministers: should']],
    ],
    ['Prices will increase over the summer.', 'Russia must not prevail.'],
  ],
  [
    'subjects with a relative clause, names between dashes or an adjective after the noun',
    [
      [
        'At a second sitting, the four riverside towns that announced new dykes in March and in May – Arlen, Bosk, Corra and Dunmere – decided to share one pumping fleet.',
        ['the four riverside towns: decided to'],
      ],
      ['The ministers who met in Oslo agreed to fund the dam.', ['the ministers: agreed to']],
      [
        'The countries concerned shall submit revised plans to the secretariat.',
        ['the countries concerned: shall submit'],
      ],
    ],
    [
      'The report that the secretariat prepared will guide the talks.',
      'The towns that announced new dykes in March reported higher water levels.',
    ],
  ],
  [
    'news: what an official says a state will do',
    [
      ['WHO will send ten experts to the port next week.', ['WHO: will send']],
      [
        'On Monday, Foreign Minister Ana Sousa told the public radio station Antena Um that Portugal supported the plan and would send a team.',
        ['Ana Sousa: supported | would send'],
      ],
      [
        'Portugal proposes to hold a fisheries meeting in Porto in May, Deputy Foreign Minister Rui Pires said on Friday.',
        ['Rui Pires: proposes to'],
      ],
      [
        'Foreign Minister Ana Sousa met her Chilean colleague on Monday.\n\nSousa added that the next round of talks would take place in Lisbon in June, and that Portugal was also ready to host the fleet.',
        ['Ana Sousa: was ready to'],
      ],
      ['Portugal proposes to hold a fisheries meeting in Porto in May.', ['Portugal: proposes to']],
      ['The spokesman told reporters that Portugal backed the plan.', ['Portugal: backed']],
    ],
    ['Sousa added that the next round of talks would take place in Lisbon in June.'],
  ],
  [
    'what is wrongly reported as a proposal',
    [],
    [
      'Piracy remains the most significant and direct threat to shipping.',
      'The Forum said that its participants would sign a joint ministerial statement.',
      'It will hold its next meeting in Tunis.',
      'The two sides agreed that cultural exchanges serve as a basis for friendship.',
      'The Council welcomes progress on the initiatives launched by several states.',
    ],
  ],
] as Array<[string, Array<[string, string[]]>, string[]]>)('%s', (_, positives, negatives) => {
  it.each(positives)('reads a proposal in %j', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
  it.each(negatives.map((text) => [text]))('reads no proposal in %j', (text) => {
    expect(read(text)).toEqual([])
  })
})

describe.each([
  [
    'a short name for the one body the text named in full',
    'The Harbour Safety Council met in Lisbon on 3 May.\n\nThe Council agreed to publish new charts.',
    ['the Harbour Safety Council: agreed to'],
  ],
  [
    'the short name as written when two bodies could be meant',
    'The Harbour Safety Council met the Fisheries Council in Lisbon.\n\nThe Council agreed to publish new charts.',
    ['the Council: agreed to'],
  ],
  [
    "a summit's leaders for 'we' when the issuer read is a document's name",
    'Third Summit of the Northern Lakes\n\nDeclaration of Commitment of Lakeside\n\n4. To protect the shores, we commit to restore the wetlands.',
    ['the Heads of State and Government at the Third Summit of the Northern Lakes: commit to'],
  ],
  [
    'the subject after a three-level paragraph number without a final point',
    'Action Plan\n\n2.1 Ports\n\n2.1.1 The two sides will dredge the channel.\n\n2.1.2 The two sides support the pilot school.',
    ['the two sides: will dredge', 'the two sides: support'],
  ],
] as Array<[string, string, string[]]>)('how the actor is named: %s', (_, text, expected) => {
  it('names the actor so', () => {
    expect(read(text)).toEqual(expected)
  })
})

describe('the text of a cut-off excerpt', () => {
  it('does not read the last sentence when the input stops inside it', () => {
    const doc = parse(
      'The Forum calls on states to share data.\n\nThe Forum urges donors to fund the sta',
    )
    expect(doc.proposals.map((p) => p.text)).toEqual(['The Forum calls on states to share data.'])
    expect(doc.warnings.map((w) => w.ruleId)).toContain('proposal-cut-off')
  })

  it('reads a repeated lead once', () => {
    const lead = 'Rivermouth and Saltbay agreed to share their pilots, the port authorities said.'
    expect(parse(`${lead}\n\nUpdated: 14 November 2025\n\n${lead}`).proposals).toHaveLength(1)
  })
})

const root = new URL('../../../fixtures/', import.meta.url).pathname
const documents = readdirSync(join(root, 'gold'))
  .filter((file) => file.startsWith('p-') && file.endsWith('.json'))
  .sort()

const key = (text: string | null) =>
  String(text ?? '')
    .replace(/^(?:the|The)\s+/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()

describe.each(documents)('the proposal document %s', (file) => {
  const gold = JSON.parse(readFileSync(join(root, 'gold', file), 'utf8')) as {
    file: string
    proposals: Array<{ starts: string; actor: string }>
  }
  const path = join(root, 'docs', gold.file)
  it('finds exactly the gold proposals, with their actors', () => {
    expect(existsSync(path)).toBe(true)
    const proposals = parse(readFileSync(path, 'utf8')).proposals
    expect(proposals).toHaveLength(gold.proposals.length)
    proposals.forEach((proposal, i) => {
      expect(key(proposal.text).startsWith(key(gold.proposals[i]!.starts))).toBe(true)
      expect(key(proposal.actor)).toBe(key(gold.proposals[i]!.actor))
    })
  })
})
