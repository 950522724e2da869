import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/parse.js'

/** Each proposal of a document as "actor: first words". */
function proposalsOf(text: string): string[] {
  return parse(text).proposals.map(
    (p) => `${p.actor}: ${p.text.split(/\s+/).slice(0, 4).join(' ')}`,
  )
}

describe('who makes a proposal', () => {
  it.each([
    [
      'pronouns carry the subject of the sentence before',
      'The Forum speaks highly of the organizations. It supports practical cooperation.',
      ['the Forum: It supports practical cooperation.'],
    ],
    [
      'a pronoun carries over a pronoun',
      'The Forum suggests closer ties. To this end, it suggests a centre. It will promote a park.',
      [
        'the Forum: The Forum suggests closer',
        'the Forum: To this end, it',
        'the Forum: It will promote a',
      ],
    ],
    [
      '"they" is the last plural subject',
      'Member states proposed that the bloc set up a centre. They also agreed to designate 2025 as a year of culture.',
      ['Member states: Member states proposed that', 'Member states: They also agreed to'],
    ],
    [
      '"we" in a declaration is the group that declares itself',
      'We, the Leaders of the Group of Seven (G7), met in Apulia.\n\nWe call on all parties to protect civilians.',
      ['Leaders of the Group of Seven: We call on all'],
    ],
    [
      'a long enumeration of countries takes the name of the body in the title',
      'Johannesburg Declaration of the BRICS Summit\n\nWe, the Leaders of Brazil, Russia, India, China and South Africa, met in Johannesburg.\n\nWe support the reform of the United Nations.',
      ['BRICS Leaders: We support the reform'],
    ],
    [
      '"the two sides" is what the text defines so',
      'The ministers, Sari Wulandari and Katrin Albers, co-chaired the dialogue between the Republic of Indonesia and the Federal Republic of Germany (hereinafter “the two sides”).\n\nThe two sides agreed to launch negotiations.',
      ['the Republic of Indonesia and the Federal Republic of Germany: The two sides agreed'],
    ],
    [
      'a subjectless operative clause is the resolution body’s',
      'The General Assembly,\n\nRecalling its resolutions,\n\n1. Calls upon Member States to ratify the Convention;',
      ['General Assembly: Calls upon Member States'],
    ],
    [
      'what a speaker says should be done is the speaker’s',
      'Both sides should make full use of the agreement, the ministers said.',
      ['the ministers: Both sides should make'],
    ],
    [
      'a statement quoted is not a speaker: the subject acts',
      'The EU will provide EUR 25 million for clean energy, the statement said.',
      ['the EU: The EU will provide'],
    ],
    [
      'a quotation goes on with its speaker',
      'The agency published its appeal.\n\n“The refugees cannot pay the price,” said Ravi Menon, an official of the agency. “Donors should sustain their support.”',
      ['Ravi Menon: “Donors should sustain their'],
    ],
    [
      'a speaker named by surname is named in full',
      'Philippine Foreign Secretary Ramon Villanueva met the press.\n\nVillanueva said the first round of talks should take place in Jakarta.',
      ['Ramon Villanueva: Villanueva said the first'],
    ],
  ])('%s', (_, text, expected) => {
    expect(proposalsOf(text)).toEqual(expected)
  })
})

describe('lists under a lead-in', () => {
  it('gives each item the lead-in’s actor and act', () => {
    const doc = parse(
      'The Council decided to:\n\n(a) request the Chairperson to convene a meeting;\n\n(b) dispatch a field mission to the region;\n\n(c) remain seized of the matter.',
    )
    expect(doc.proposals.map((p) => [p.actor, p.acts.map((a) => a.verb), p.text])).toEqual([
      ['the Council', ['decided to'], 'request the Chairperson to convene a meeting;'],
      ['the Council', ['decided to'], 'dispatch a field mission to the region;'],
      ['the Council', ['decided to'], 'remain seized of the matter.'],
    ])
  })

  it('reads a list inside a list by how deep its markers go', () => {
    const doc = parse(
      'The Council decided:\n\n1. To approve the Action Plan.\n\n2. The Commission shall:\n\n2.1. monitor the implementation of the Plan;\n\n2.2. report to the Council.\n\n3. To invite the Fund to consider financing.',
    )
    expect(doc.proposals.map((p) => `${p.actor} | ${p.text.slice(0, 20)}`)).toEqual([
      'the Council | To approve the Actio',
      'the Commission | monitor the implemen',
      'the Commission | report to the Counci',
      'the Council | To invite the Fund t',
    ])
  })

  it('reads items that carry their own act under a subject heading', () => {
    const doc = parse(
      'The Deputies\n\n1. took note of the report;\n\n2. called on member States to make voluntary contributions;\n\n3. instructed the Secretariat to notify this decision.',
    )
    expect(doc.proposals.map((p) => [p.actor, p.acts.map((a) => a.verb)])).toEqual([
      ['the Deputies', ['called on']],
      ['the Deputies', ['instructed']],
    ])
  })

  it('keeps a list that only leads in nouns as one proposal', () => {
    const doc = parse(
      'The Parties shall cooperate in the following areas:\n\n(a) transport corridors;\n\n(b) renewable energy.',
    )
    expect(doc.proposals.map((p) => p.text)).toEqual([
      'The Parties shall cooperate in the following areas:',
    ])
  })
})

describe('the object of a proposal', () => {
  it.each([
    [
      'The Forum proposes that organizations take the anniversary as an opportunity.',
      'organizations take the anniversary as an opportunity',
    ],
    ['We call on the Bank to expand lending.', 'the Bank to expand lending'],
    ['China is willing to jointly hold activities.', 'jointly hold activities'],
    [
      'The EU will provide EUR 25 million for clean energy, the statement said.',
      'EUR 25 million for clean energy',
    ],
  ])('%s', (text, object) => {
    const [proposal] = parse(text).proposals
    expect(proposal?.object?.text).toBe(object)
  })

  it('points at the source, white space and repairs as written', () => {
    const text = 'It  will promote  the  establishment of a House of Friendship  in Wuhan.'
    const [proposal] = parse(text).proposals
    expect(proposal?.object).toEqual({
      start: text.indexOf('the  establishment'),
      end: text.indexOf('.'),
      text: 'the  establishment of a House of Friendship  in Wuhan',
    })
  })

  it('references the places and dates the object mentions', () => {
    const doc = parse('The parties agreed to hold a joint exercise in Kyrgyzstan in 2026.')
    const [proposal] = doc.proposals
    expect(proposal?.entities.map((e) => e.type)).toEqual(['place', 'date'])
    const [place, date] = proposal?.entities ?? []
    expect(doc.places[place!.index]?.name).toBe('Kyrgyzstan')
    expect(doc.dates[date!.index]?.value).toBe('2026')
    expect(date?.name).toBe('2026')
  })
})

describe('what is not read', () => {
  it('skips headlines', () => {
    expect(
      parse('EU and ASEAN ministers agree to revive trade talks\n\nThe talks resumed.').proposals,
    ).toEqual([])
  })

  it('drops a dateline before the first sentence', () => {
    const [proposal] = parse('BRUSSELS — Ministers agreed to resume negotiations.').proposals
    expect(proposal?.text).toBe('Ministers agreed to resume negotiations.')
  })
})
