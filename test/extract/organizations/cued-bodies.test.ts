import { describe, expect, it } from 'vitest'
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
