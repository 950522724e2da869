import { describe, expect, it } from 'vitest'
import { initialsOf } from '../../../src/extract/organizations/initials.js'
import { parse } from '../../../src/parse.js'

/** Each organization as "name = alias, alias". */
function linked(text: string): string[] {
  return parse(text).organizations.map((o) => `${o.name} = ${o.aliases.join(', ')}`)
}

describe('acronyms are linked to their expansion', () => {
  it.each([
    [
      'Leaders of the Shanghai Cooperation Organization (SCO) met. The SCO grew.',
      ['Shanghai Cooperation Organization = SCO'],
    ],
    [
      'The Council of Foreign Ministers of the Organisation of Islamic Cooperation (hereinafter the OIC or the Organisation) met. The Organisation grew.',
      [
        'Council of Foreign Ministers of the Organisation of Islamic Cooperation = ',
        'Organisation of Islamic Cooperation = OIC, the Organisation',
      ],
    ],
    [
      'The Secretariat of the Economic Cooperation Organization (hereinafter "the ECO Secretariat") signed. For the ECO Secretariat: Farhad Mahmoudi',
      [
        'Secretariat of the Economic Cooperation Organization = ECO Secretariat',
        'Economic Cooperation Organization = ECO',
      ],
    ],
    [
      'The Eurasian Intergovernmental Council (hereinafter – the Intergovernmental Council) decided.',
      ['Eurasian Intergovernmental Council = the Intergovernmental Council'],
    ],
    [
      'The Council of the League of Arab States at the Summit Level (hereinafter “the Council”) met.',
      [
        'Council of the League of Arab States at the Summit Level = the Council',
        'League of Arab States = ',
      ],
    ],
    // No parenthesis: the initials of a name in the text do not link a code to it (guidelines:
    // "an acronym is recorded as an alias of its expansion when the text links them").
    [
      'The Forum thanks the Shanghai Cooperation Organization. The SCO grew.',
      ['Shanghai Cooperation Organization = ', 'SCO = '],
    ],
    ['The Council of Turkic States met; the CTS grew.', ['Council of Turkic States = ', 'CTS = ']],
    // A code that is the initials of a weak name ("Conference") still confirms it as a body.
    [
      'The Conference on Interaction in Asia met. The CIA and the Conference on Trade met.',
      ['Conference on Interaction in Asia = ', 'CIA = '],
    ],
    // A code inside a document symbol names no body ("CM/Del/Dec(2025)12", "1/CP.26", "CM(2024)7").
    [
      'The Committee of Ministers adopted CM/Del/Dec(2025)12 and CM(2024)7 after 1/CP.26 and Decision -/CMA.3.',
      ['Committee of Ministers = '],
    ],
    ['Decision Assembly/AU/Dec.356 was taken; the AU/UN mission stayed.', ['AU = ', 'UN = ']],
    // "/TASS/." of a dateline is no symbol.
    ['MOSCOW, December 20. /TASS/. The ministers met.', ['TASS = ']],
    // A listed code that the text never expands is an organization of its own.
    ['We support the IMF.', ['IMF = ']],
    // An unknown code linked to nothing is dropped, and so is one defined as no organization.
    [
      'The XYZQ and the Regional Comprehensive Economic Partnership (RCEP) were welcomed. RCEP grows.',
      [],
    ],
    [
      'We commended the ASEAN Coordinating Centre for Humanitarian Assistance on disaster management (AHA Centre).',
      [
        'ASEAN Coordinating Centre for Humanitarian Assistance on disaster management = AHA Centre',
        'ASEAN = ',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(linked(text).sort()).toEqual([...expected].sort())
  })
})

describe('initials', () => {
  it.each([
    ['Shanghai Cooperation Organization', 'SCO'],
    ['Asia-Pacific Economic Cooperation', 'APEC'],
    ['Association of Southeast Asian Nations', 'ASAN'],
  ])('%s -> %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials)
  })
})
