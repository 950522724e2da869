import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/parse.js'
import { peopleOf } from '../../entity-helpers.js'

describe('people with the title the text gives them', () => {
  it.each([
    [
      'President of the Republic of Kazakhstan Nursultan Nazarbayev opened the meeting.',
      ['Nursultan Nazarbayev | President of the Republic of Kazakhstan'],
    ],
    ['Secretary-General António Guterres spoke.', ['António Guterres | Secretary-General']],
    [
      'Secretary-General António Guterres and President of the General Assembly Dennis Francis called on Member States.',
      [
        'António Guterres | Secretary-General',
        'Dennis Francis | President of the General Assembly',
      ],
    ],
    [
      'The Secretary-General of ASEAN, Lim Seng Heng, also attended.',
      ['Lim Seng Heng | Secretary-General of ASEAN'],
    ],
    [
      'Dennis Francis, President of the General Assembly, spoke.',
      ['Dennis Francis | President of the General Assembly'],
    ],
    [
      'Speaking on Wednesday, SCO Secretary-General Bolat Serikbayev said so.',
      ['Bolat Serikbayev | SCO Secretary-General'],
    ],
    [
      'The meeting was chaired by Minister for Foreign Affairs Penny Wong.',
      ['Penny Wong | Minister for Foreign Affairs'],
    ],
    ['Mr. Guterres said so.', ['Guterres']],
    [
      'It was attended by H.E. Mr. Wang Yi, Member of the Political Bureau of the CPC Central Committee.',
      ['Wang Yi | Member of the Political Bureau of the CPC Central Committee'],
    ],
  ])('%s', (text, expected) => {
    expect(peopleOf(text)).toEqual(expected)
  })

  it('takes a title from the line next to a signed name', () => {
    expect(peopleOf('For the Secretariat:\n\nYerlan Karimov\n\nExecutive Director\n')).toEqual([
      'Yerlan Karimov | Executive Director',
    ])
  })

  it('records signatories without a title', () => {
    expect(
      peopleOf(
        'For the Republic of Armenia\n\nTigran Avetisyan\n\nFor the Republic of Belarus\n\nPavel Zhuravsky\n',
      ),
    ).toEqual(['Tigran Avetisyan', 'Pavel Zhuravsky'])
  })

  it('finds a full name next to a verb of saying', () => {
    expect(
      peopleOf(
        '"Sanctions are needed," said Nyaboth Deng Akech, a researcher. God Almighty said so.',
      ),
    ).toEqual(['Nyaboth Deng Akech'])
  })

  it('records a later surname as a mention of the same person', () => {
    const doc = parse('EU High Representative Marta Lindqvist spoke. Lindqvist told reporters so.')
    expect(doc.people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Marta Lindqvist', ['Marta Lindqvist', 'Lindqvist']],
    ])
  })

  it.each([
    ['The President of the Council spoke.'],
    ['Heydar Aliyev Foundation and King Abdulaziz Center took part.'],
    ['Mr. President, the Secretary-General spoke.'],
  ])('finds no person in %s', (text) => {
    expect(peopleOf(text)).toEqual([])
  })
})
