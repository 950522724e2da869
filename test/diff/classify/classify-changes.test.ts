// Which changes are substantive: facts (dates, numbers, amounts, organizations, places,
// negations, proposals) added, removed or changed; and which are editorial, with the kind
// saying what. The documents carry the fact lists the tests give them.
import { describe, expect, it } from 'vitest'
import { diff } from '../../../src/diff/diff.js'
import type { Alignment } from '../../../src/model/diff.js'
import { documentWith, type Facts } from '../../document-with-facts.js'

function onlyEntry(textA: string, factsA: Facts, textB: string, factsB: Facts) {
  const result = diff(documentWith(textA, factsA), documentWith(textB, factsB))
  return { result, entry: result.alignments.find((a) => a.kind !== 'same') as Alignment }
}

describe('substantive changes', () => {
  it('a date changed in the same sentence is a substantive date change and a conflict', () => {
    const { result, entry } = onlyEntry(
      'The Committee held a session in Addis Ababa on 15 May 2024 to assess the drought.',
      { dates: [['15 May 2024', '2024-05-15']] },
      'The Committee held a session in Addis Ababa on 22 May 2024 to assess the drought.',
      { dates: [['22 May 2024', '2024-05-22']] },
    )
    expect(entry.class).toBe('substantive')
    expect(entry.changes).toMatchObject([
      {
        kind: 'date',
        class: 'substantive',
        a: { text: '15 May 2024' },
        b: { text: '22 May 2024' },
      },
    ])
    expect(result.conflicts).toMatchObject([
      { kind: 'date', a: { text: '15 May 2024' }, b: { text: '22 May 2024' } },
    ])
    expect(result.entities.dates.onlyA.map((d) => d.value)).toEqual(['2024-05-15'])
  })

  it('a date taken out of a sentence but given elsewhere in the other version is editorial', () => {
    const textB =
      'The Forum was held in Wuhan. Officials met in Wuhan on Thursday and agreed on the plan.'
    const { result, entry } = onlyEntry(
      'On 3 June 2021, the Forum was held in Wuhan.',
      { dates: [['3 June 2021', '2021-06-03']] },
      textB,
      { dates: [['on Thursday', '2021-06-03']] },
    )
    expect(entry.changes).toMatchObject([
      { kind: 'date', class: 'editorial', a: { text: 'On 3 June 2021, the' } },
    ])
    expect(entry.class).toBe('editorial')
    expect(result.entities.dates.both).toMatchObject([
      {
        a: { value: '2021-06-03', mentions: [{ text: '3 June 2021' }] },
        b: { mentions: [{ text: 'on Thursday' }] },
      },
    ])
  })

  it('the same date written another way is editorial', () => {
    const { entry } = onlyEntry(
      'The Ministers met in Vientiane on 14 October 2024 for the meeting.',
      { dates: [['14 October 2024', '2024-10-14']] },
      'The Ministers met in Vientiane on October 14, 2024 for the meeting.',
      { dates: [['October 14, 2024', '2024-10-14']] },
    )
    expect(entry.changes).toMatchObject([
      {
        kind: 'date',
        class: 'editorial',
        a: { text: '14 October 2024' },
        b: { text: 'October 14, 2024' },
      },
    ])
  })

  it.each([
    [
      'an amount',
      'The Bank pledged USD 50 million for seed distribution.',
      'The Bank pledged USD 75 million for seed distribution.',
      'amount',
      'USD 50 million',
      'USD 75 million',
    ],
    [
      'a number',
      'More than 20 million people face acute food insecurity.',
      'More than 25 million people face acute food insecurity.',
      'number',
      '20 million',
      '25 million',
    ],
    [
      'a negation',
      'The Committee will dispatch a technical mission to the region.',
      'The Committee will not dispatch a technical mission to the region.',
      'negation',
      'will dispatch',
      'will not dispatch',
    ],
  ])('%s changed is substantive', (_label, textA, textB, kind, a, b) => {
    const { entry } = onlyEntry(textA, {}, textB, {})
    expect(entry.class).toBe('substantive')
    expect(entry.changes).toHaveLength(1)
    expect(entry.changes[0]).toMatchObject({ kind, class: 'substantive' })
    expect(entry.changes[0]!.a?.text).toBe(a)
    expect(entry.changes[0]!.b?.text).toBe(b)
  })

  it('numbers written another way are not a change of number', () => {
    const { entry } = onlyEntry(
      'The session met on 8 and 9 November with more than 30 million euros.',
      {},
      'The session met on 8-9 November with over 30 million euros.',
      {},
    )
    expect(entry.class).toBe('editorial')
  })

  it('an organization replaced by another is substantive; the same one under its acronym is not', () => {
    const textA =
      'The session was convened with the Food and Agriculture Organization of the United Nations and the SCO.'
    const textB =
      'The session was convened with the World Food Programme and the Shanghai Cooperation Organization (SCO).'
    const { result, entry } = onlyEntry(
      textA,
      {
        organizations: [
          {
            name: 'Food and Agriculture Organization of the United Nations',
            mentions: ['Food and Agriculture Organization of the United Nations'],
          },
          { name: 'SCO', mentions: ['SCO'] },
        ],
      },
      textB,
      {
        organizations: [
          { name: 'World Food Programme', mentions: ['World Food Programme'] },
          {
            name: 'Shanghai Cooperation Organization',
            aliases: ['SCO'],
            mentions: ['Shanghai Cooperation Organization'],
          },
        ],
      },
    )
    expect(entry.changes.map((c) => [c.kind, c.class])).toEqual([
      ['organization', 'substantive'],
      ['acronym', 'editorial'],
    ])
    expect(entry.changes[0]).toMatchObject({
      a: { text: 'Food and Agriculture Organization of the United Nations' },
      b: { text: 'World Food Programme' },
    })
    expect(result.entities.organizations.both.map(({ a, b }) => [a.name, b.name])).toEqual([
      ['SCO', 'Shanghai Cooperation Organization'],
    ])
    expect(result.entities.organizations.onlyA.map((o) => o.name)).toEqual([
      'Food and Agriculture Organization of the United Nations',
    ])
    expect(result.entities.organizations.onlyB.map((o) => o.name)).toEqual(['World Food Programme'])
  })

  it('a place dropped from a sentence is substantive unless the other version names it elsewhere', () => {
    const textA = 'Leaders met in Wuhan city to discuss trade and health cooperation.'
    const places = { places: [{ name: 'Wuhan', mentions: ['Wuhan'] }] }
    const gone = onlyEntry(
      textA,
      places,
      'Leaders met to discuss trade and health cooperation.',
      {},
    ).entry
    expect(gone.changes).toMatchObject([{ kind: 'place', class: 'substantive' }])
    const textB =
      'Leaders met to discuss trade and health cooperation. The Forum was held in Wuhan last week.'
    const kept = onlyEntry(textA, places, textB, places).entry
    expect(kept.changes).toMatchObject([{ kind: 'place', class: 'editorial' }])
  })

  it('a proposal whose act changes kind is substantive; the same act reworded is not', () => {
    const textA = 'The Council decides to establish a regional grain reserve mechanism.'
    const factsA: Facts = {
      proposals: [{ starts: 'The Council', actor: 'The Council', acts: [['decides', 'commit']] }],
    }
    const proposed = onlyEntry(
      textA,
      factsA,
      'The Council proposes to establish a regional grain reserve mechanism.',
      {
        proposals: [
          { starts: 'The Council', actor: 'The Council', acts: [['proposes', 'propose']] },
        ],
      },
    ).entry
    expect(proposed.changes).toMatchObject([
      { kind: 'proposal', class: 'substantive', a: { text: 'decides' }, b: { text: 'proposes' } },
    ])
    const reworded = onlyEntry(
      textA,
      factsA,
      'It decided to establish a regional grain reserve mechanism.',
      { proposals: [{ starts: 'It decided', actor: 'It', acts: [['decided', 'commit']] }] },
    ).entry
    expect(reworded.class).toBe('editorial')
  })

  it('a sentence left out that is a proposal is a dropped proposal; one that is not is editorial', () => {
    const textA =
      'The Ministers met in Brasilia. Several delegations noted high fertiliser prices. The Ministers agree to hold the next meeting in Moscow.'
    const result = diff(
      documentWith(textA, {
        proposals: [
          { starts: 'The Ministers agree', actor: 'The Ministers', acts: [['agree', 'commit']] },
        ],
      }),
      documentWith('The Ministers met in Brasilia.', {}),
    )
    const deleted = result.alignments.filter((a) => a.kind === 'deleted')
    expect(deleted.map((a) => [a.class, a.changes.map((c) => c.kind)])).toEqual([
      ['editorial', []],
      ['substantive', ['proposal']],
    ])
    expect(deleted[1]!.changes[0]!.a?.text).toBe(
      'The Ministers agree to hold the next meeting in Moscow.',
    )
    expect(result.entities.proposals.onlyA).toHaveLength(1)
  })
})

describe('editorial changes', () => {
  it.each([
    [
      'tense',
      'The Forum speaks highly of the organizations.',
      'The Forum spoke highly of the organizations.',
      ['inflection'],
    ],
    [
      'spelling',
      'The Organisation of Islamic Cooperation met today.',
      'The Organization of Islamic Cooperation met today.',
      ['spelling'],
    ],
    [
      'case',
      'They adopted the regional plan on climate.',
      'They adopted the Regional Plan on climate.',
      ['case'],
    ],
    [
      'punctuation',
      'The meeting will be held in Manila, the Philippines, in 2025.',
      'The meeting will be held in Manila (the Philippines) in 2025.',
      ['punctuation'],
    ],
    [
      'reordering',
      'It plays a role in respecting civilization diversity and peace.',
      'It plays a role in respecting diversity of civilizations and peace.',
      ['reordering'],
    ],
    [
      'voice',
      'The Ministers adopted the ASEAN Regional Plan on Climate Resilience.',
      'The ASEAN Regional Plan on Climate Resilience was adopted by the Ministers.',
      ['voice', 'voice'],
    ],
    [
      'acronym',
      'Leaders of SCO member states held discussions.',
      'Leaders of Shanghai Cooperation Organization (SCO) member states held discussions.',
      ['acronym'],
    ],
    [
      'attribution',
      'They also reached a broad consensus on the Shanghai Spirit.',
      'Speaking at the opening ceremony, officials also reached a broad consensus on the Shanghai Spirit.',
      ['attribution'],
    ],
    [
      'other wording',
      'The Council underscores that education is a fundamental right.',
      'The Council emphasizes that education is a fundamental right.',
      ['wording'],
    ],
  ])('%s', (_label, textA, textB, kinds) => {
    const { entry } = onlyEntry(textA, {}, textB, {})
    expect(entry.class).toBe('editorial')
    expect(entry.changes.map((c) => c.kind)).toEqual(kinds)
  })

  it('never cuts a word: every change starts and ends at word boundaries on both sides', () => {
    const textA = 'The Committee notes that co-operation among Member States remains essential.'
    const textB = 'The Committee noted that cooperation among member countries remained essential.'
    const { entry } = onlyEntry(textA, {}, textB, {})
    for (const change of entry.changes) {
      for (const [span, source] of [
        [change.a, textA],
        [change.b, textB],
      ] as const) {
        if (!span) continue
        expect(
          /[\p{L}\p{N}]/u.test(source[span.start - 1] ?? ' ') &&
            /[\p{L}\p{N}]/u.test(source[span.start]!),
        ).toBe(false)
        expect(
          /[\p{L}\p{N}]/u.test(source[span.end - 1]!) &&
            /[\p{L}\p{N}]/u.test(source[span.end] ?? ' '),
        ).toBe(false)
      }
    }
    expect(entry.changes.map((c) => [c.a?.text, c.b?.text])).toEqual([
      ['notes', 'noted'],
      ['co-operation', 'cooperation'],
      ['Member States remains', 'member countries remained'],
    ])
  })
})
