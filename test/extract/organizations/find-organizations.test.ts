import { describe, expect, it } from 'vitest'
import { organizationsOf } from '../../entity-helpers.js'

describe('organizations by head word, however long', () => {
  it.each([
    [
      'The Executive Committee of the Regional Anti-Terrorist Structure of the SCO met.',
      [
        'Executive Committee of the Regional Anti-Terrorist Structure of the SCO',
        'Regional Anti-Terrorist Structure of the SCO',
        'SCO',
      ],
    ],
    [
      'We thank the China-Pakistan Study Center of the Institute of Strategic Studies Islamabad.',
      [
        'China-Pakistan Study Center of the Institute of Strategic Studies Islamabad',
        'Institute of Strategic Studies Islamabad',
      ],
    ],
    [
      'It met the Hubei Provincial People’s Government and the Chinese People’s Association for Friendship with Foreign Countries.',
      [
        'Hubei Provincial People’s Government',
        'Chinese People’s Association for Friendship with Foreign Countries',
      ],
    ],
    [
      'The Ministers thanked the Friendship and Cooperation Centre in Tajikistan.',
      ['Friendship and Cooperation Centre in Tajikistan'],
    ],
    ['The League of Arab States Summit met in Riyadh.', ['League of Arab States']],
    [
      'It opened the Council of Europe Office in Chișinău and the Council of Europe Action Plan for Ukraine.',
      ['Council of Europe Office in Chișinău', 'Council of Europe'],
    ],
    [
      'The Group of States against Corruption and the European Commission against Racism and Intolerance met.',
      ['Group of States against Corruption', 'European Commission against Racism and Intolerance'],
    ],
    ['Welcoming the BIMSTEC Energy Centre in Bengaluru,', ['BIMSTEC Energy Centre', 'BIMSTEC']],
    ['The President of the ECOWAS Commission spoke.', ['ECOWAS Commission', 'ECOWAS']],
    [
      'We welcome the Secretariat of the African Continental Free Trade Area.',
      ['Secretariat of the African Continental Free Trade Area'],
    ],
    ['In this General Assembly Mexico reiterates its call.', ['General Assembly']],
    ['The Group of Seven’s Hiroshima AI Process was launched.', ['Group of Seven']],
    ['The Security Council for Member States must be reformed.', ['Security Council']],
    [
      'They briefed the Special Envoy of the Chairperson of the African Union Commission for the Sudan.',
      ['African Union Commission', 'African Union'],
    ],
  ])('%s', (text, expected) => {
    expect(organizationsOf(text).sort()).toEqual([...expected].sort())
  })
})

describe('a leading possessive is the owner', () => {
  it.each([
    [
      "The Dialogue was prepared by Indonesia's Ministry of Foreign Affairs and Germany's Federal Foreign Office.",
      ['Ministry of Foreign Affairs [Indonesia]', 'Federal Foreign Office [Germany]'],
    ],
    [
      'We support Tajikistan’s Association for Friendship with Foreign Countries.',
      ['Association for Friendship with Foreign Countries [Tajikistan]'],
    ],
    ['We thank Kyrgyz’s National Assembly.', ['National Assembly [Kyrgyz]']],
    [
      'We welcome the decision of Türkiye’s Ministry of Culture and Tourism.',
      ['Ministry of Culture and Tourism [Türkiye]'],
    ],
    [
      'Commending Saudi Arabia’s King Abdulaziz Center for World Culture for its work.',
      ['King Abdulaziz Center for World Culture [Saudi Arabia]'],
    ],
    ['The Russian Children’s Fund took part.', ['Russian Children’s Fund']],
  ])('%s', (text, expected) => {
    expect(organizationsOf(text)).toEqual(expected)
  })
})

describe('names in other languages and forms', () => {
  it.each([
    [
      'It works through the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ).',
      ['Deutsche Gesellschaft für Internationale Zusammenarbeit'],
    ],
    [
      "It was criticised by the Sudan People's Liberation Movement-in-Opposition (SPLM-IO).",
      ["Sudan People's Liberation Movement-in-Opposition"],
    ],
    ['said a researcher at the Juba-based Sudd Institute.', ['Sudd Institute']],
    [
      'The Council commends the Multinational Security Support mission (MSS) for its work.',
      ['Multinational Security Support mission'],
    ],
  ])('%s', (text, expected) => {
    expect(organizationsOf(text)).toEqual(expected)
  })
})

describe('what is not an organization', () => {
  it.each([
    ['They met in the margins of the OECD Ministerial Council Meeting.', ['OECD']],
    ['They prepared the 30th Conference of the Parties (COP30).', []],
    ['We decide to establish a BIMSTEC Disaster Management Fund.', ['BIMSTEC']],
    ['It received USD 40 million, about US$168 million.', []],
    ['The ASEAN Community blueprints were reviewed.', ['ASEAN']],
    ['Leaders of member states and non-governmental organizations met.', []],
    ['We look forward to the Fifteenth BRICS Summit.', ['BRICS']],
    ['Guided by the SCO Charter and the Shanghai Spirit.', ['SCO']],
    ['It suggests setting up a China-SCO Friendship Expo Park and a House of Friendship.', []],
    ['The Heads of State and Government attended.', []],
    ['We welcome the Regional Comprehensive Economic Partnership (RCEP).', []],
    ['Guided by the Charter of the United Nations.', ['United Nations']],
  ])('%s', (text, expected) => {
    expect(organizationsOf(text)).toEqual(expected)
  })
})

describe('page furniture names no organization', () => {
  it('skips copyright and contact lines', () => {
    const text =
      'The Council of Foreign Ministers met.\n\nCopyright © The Good-Neighborliness Commission. All rights reserved.\n'
    expect(organizationsOf(text)).toEqual(['Council of Foreign Ministers'])
  })
})
