import { describe, expect, it } from 'vitest'
import { findChunks } from '../../../src/extract/names/name-chunks.js'
import { itemsOf } from '../../../src/extract/names/name-head.js'
import { splitNames } from '../../../src/extract/names/split-names.js'
import { tokenize } from '../../../src/extract/names/tokenize.js'

/** The names of a sentence, as written. */
function names(text: string): string[] {
  return findChunks(tokenize(text)).flatMap((chunk) =>
    splitNames(chunk).map((name) => {
      const items = itemsOf(name.elements)
      return text.slice(items[0]!.start, items[items.length - 1]!.end)
    }),
  )
}

describe('name boundaries', () => {
  it.each([
    [
      'held by the Good-neighborliness, Friendship and Cooperation Commission of the Shanghai Cooperation Organization today',
      [
        'Good-neighborliness, Friendship and Cooperation Commission of the Shanghai Cooperation Organization',
      ],
    ],
    [
      'the Peace and Security Council of the African Union met',
      ['Peace and Security Council of the African Union'],
    ],
    [
      'with the Ministry of Culture and Tourism of Türkiye',
      ['Ministry of Culture and Tourism of Türkiye'],
    ],
    [
      'the Research Centre for Islamic History, Art and Culture (IRCICA)',
      ['Research Centre for Islamic History, Art and Culture', 'IRCICA'],
    ],
    [
      'the Conference on Interaction and Confidence Building Measures in Asia',
      ['Conference on Interaction and Confidence Building Measures in Asia'],
    ],
    [
      'the Meeting of the Peace and Security Council',
      ['Meeting of the Peace and Security Council'],
    ],
    ['the Council on the Situation in Mali', ['Council', 'Situation in Mali']],
    ['held in Astana on 4 July', ['Astana']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('lists are split into names', () => {
  it.each([
    [
      'Kazakhstan’s Children’s Fund, Kyrgyz’s National Assembly, Russian Children’s Fund',
      ['Kazakhstan', 'Children’s Fund', 'Kyrgyz', 'National Assembly', 'Russian Children’s Fund'],
    ],
    [
      'the Sudanese Armed Forces and Rapid Support Forces',
      ['Sudanese Armed Forces', 'Rapid Support Forces'],
    ],
    [
      'Brazil, Russia, India, China and South Africa',
      ['Brazil', 'Russia', 'India', 'China', 'South Africa'],
    ],
    ['the League of Arab States and IGAD', ['League of Arab States', 'IGAD']],
    [
      'Tajikistan’s SCO Center for Friendship and Cooperation, and China-Tajikistan Friendship Association',
      [
        'Tajikistan',
        'SCO Center for Friendship and Cooperation',
        'China-Tajikistan Friendship Association',
      ],
    ],
    [
      'the Islamic Solidarity Fund and the Islamic Development Bank',
      ['Islamic Solidarity Fund', 'Islamic Development Bank'],
    ],
    [
      'Dennis Francis, Amina Mohammed and Volker Türk',
      ['Dennis Francis', 'Amina Mohammed', 'Volker Türk'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
