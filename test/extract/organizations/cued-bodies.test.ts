import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/parse.js'
import { organizationsOf } from '../../entity-helpers.js'

// Issue 11: bodies with no head word, known by what the sentence says of them.
describe('bodies cued by the sentence', () => {
  it.each([
    [
      'A note issued by the Chancery of the Head of State follows.',
      ['Chancery of the Head of State'],
    ],
    ['The readout released by 1600 Pennsylvania Avenue was short.', ['1600 Pennsylvania Avenue']],
    ['Shares of the steel group ArcelorMittal rose.', ['ArcelorMittal']],
    ['The naval operation EUNAVFOR Atalanta escorted ships.', ['EUNAVFOR Atalanta']],
    ['As the news agency Kyodo said, talks resumed.', ['Kyodo']],
    ['The daily El Tiempo ran the story.', ['El Tiempo']],
    ['The mining company GNL Quintero signed.', ['GNL Quintero']],
  ])('%s', (sentence, names) => {
    expect(organizationsOf(sentence)).toEqual(names)
  })

  it.each([
    ['The decree issued by President Laura Chinchilla was read.'],
    ['The statement issued by Ottawa was brief.'],
    ['A group of Experts met in Vienna.'],
    ['The agency Director spoke.'],
    ['The party Summit ended.'],
    ['The note issued by Maria Ortiz was read.'],
  ])('no body in: %s', (sentence) => {
    expect(organizationsOf(sentence)).toEqual([])
  })

  it('keeps a known code apart from the complement after it', () => {
    expect(organizationsOf('Warrants issued by the ICC for the leaders were noted.')).toEqual([
      'ICC',
    ])
  })
})

describe('groupings named by a number', () => {
  it.each([
    ['The Intergovernmental Group of 24 met in Marrakech.', ['Intergovernmental Group of 24']],
    ['The Special Committee of 24 reviewed the territories.', ['Special Committee of 24']],
    [
      'The Chair of the Group of 77 and China spoke for the Group of 77.',
      ['Group of 77 and China'],
    ],
    ['Leaders gathered at the Group of 20 Summit in Rio.', ['Group of 20']],
    ['Leaders gathered at the Group of Seven Summit in Apulia.', ['Group of Seven']],
  ])('%s', (sentence, names) => {
    expect(organizationsOf(sentence)).toEqual(names)
  })

  it.each([['They formed a Council of 15 members.'], ['The Committee of 12 June decided.']])(
    'no numbered body in: %s',
    (sentence) => {
      expect(organizationsOf(sentence)).toEqual([])
    },
  )

  it('records the grouping without the state as another name of it', () => {
    const document = parse('The Group of 77 and China met. The Group of 77 then adjourned.')
    expect(document.organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['Group of 77 and China', ['Group of 77']],
    ])
  })
})

describe('bodies known by what meets or presides there', () => {
  it.each([
    [
      'Leaders met at the first Summit of the Andean Political Community.',
      ['Andean Political Community'],
    ],
    ['A plenary meeting of the Global Forum on Migration ended.', ['Global Forum on Migration']],
    ['Leaders of the Volta River Community met in Accra.', ['Volta River Community']],
    ['It heard the Speaker of the Jatiya Sangsad.', ['Jatiya Sangsad']],
    ['The Chair of the Oliy Kengash of Uzbekistan spoke.', ['Oliy Kengash of Uzbekistan']],
  ])('%s', (sentence, names) => {
    expect(organizationsOf(sentence)).toEqual(names)
  })

  it.each([
    ['The Andean Political Community was discussed.'],
    ['The Minister of the Interior spoke.'],
    ['The President of the French Republic spoke.'],
    ['The Secretary of the Treasury Janet Yellen spoke.'],
  ])('no body in: %s', (sentence) => {
    expect(organizationsOf(sentence)).toEqual([])
  })
})

describe('names that run on past a lower-case word', () => {
  it.each([
    [
      'The Regional Office for Central Asia and the Caucasus opened in Almaty.',
      ['Regional Office for Central Asia and the Caucasus'],
    ],
    [
      'The Council of Europe and the Caribbean Community met.',
      ['Council of Europe', 'Caribbean Community'],
    ],
    [
      "It praised Switzerland's Fondation suisse de déminage (FSD) for its help.",
      ['Fondation suisse de déminage [Switzerland]'],
    ],
    ['Artificial intelligence (AI) will change the Organization.', []],
  ])('%s', (sentence, names) => {
    expect(organizationsOf(sentence)).toEqual(names)
  })
})

describe('the news agency at the head of a publication line', () => {
  it('records a listed agency, and no other name there', () => {
    const agency =
      'Ministers agree on grain corridor\n\nAnadolu Agency | Updated: 12-03-2024 10:02\n\nThe ministers met in Ankara on Tuesday.\n'
    expect(organizationsOf(agency)).toEqual(['Anadolu Agency'])
    const site =
      'Ministers agree on grain corridor\n\nDaily Wire Hub | Updated: 12-03-2024 10:02\n\nThe ministers met in Ankara on Tuesday.\n'
    expect(organizationsOf(site)).toEqual([])
  })
})
