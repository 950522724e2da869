// Which organization, place or person of A is which of B: through names, aliases,
// acronyms, spelling and word order; an owner is part of the identity.
import { describe, expect, it } from 'vitest'
import { EntityMatcher } from '../../../src/diff/facts/match-entities.js'
import { documentWith } from '../../document-with-facts.js'

function same(nameA: string, aliasesA: string[], nameB: string, aliasesB: string[]): boolean {
  const a = documentWith(`${nameA}.`, {
    organizations: [{ name: nameA, aliases: aliasesA, mentions: [nameA] }],
  })
  const b = documentWith(`${nameB}.`, {
    organizations: [{ name: nameB, aliases: aliasesB, mentions: [nameB] }],
  })
  return new EntityMatcher(a, b).same('organization', 0, 0)
}

describe('EntityMatcher', () => {
  it.each([
    ['Shanghai Cooperation Organization', ['SCO'], 'SCO', [], true],
    [
      'Shanghai Cooperation Organization Forum on People-to-People Friendship',
      [],
      'SCO Forum on People-to-People Friendship',
      [],
      false,
    ],
    [
      "African Union's Peace and Security Council",
      [],
      'Peace and Security Council of the African Union',
      [],
      true,
    ],
    ['Organisation of Islamic Cooperation', [], 'Organization of Islamic Cooperation', [], true],
    [
      'Food and Agriculture Organization of the United Nations',
      [],
      'World Food Programme',
      [],
      false,
    ],
  ])('%s ~ %s: %s', (nameA, aliasesA, nameB, aliasesB, expected) => {
    expect(same(nameA, aliasesA, nameB, aliasesB)).toBe(expected)
  })

  it("spells out an acronym inside a name with the other version's definition", () => {
    const a = documentWith(
      'The Shanghai Cooperation Organization (SCO) and its Forum on People-to-People Friendship met.',
      {
        organizations: [
          {
            name: 'Shanghai Cooperation Organization',
            aliases: ['SCO'],
            mentions: ['Shanghai Cooperation Organization'],
          },
          {
            name: 'Shanghai Cooperation Organization Forum on People-to-People Friendship',
            mentions: ['Forum on People-to-People Friendship'],
          },
        ],
      },
    )
    const b = documentWith('The SCO Forum on People-to-People Friendship met.', {
      organizations: [
        {
          name: 'SCO Forum on People-to-People Friendship',
          mentions: ['SCO Forum on People-to-People Friendship'],
        },
      ],
    })
    expect(new EntityMatcher(a, b).same('organization', 1, 0)).toBe(true)
  })

  it('keeps organizations of different owners apart', () => {
    const text =
      "Tajikistan's Association for Friendship with Foreign Countries and Belarus's Association for Friendship with Foreign Countries."
    const name = 'Association for Friendship with Foreign Countries'
    const a = documentWith(text, { organizations: [{ name, mentions: [name] }] })
    a.organizations[0]!.owner = 'Tajikistan'
    const b = documentWith(text, { organizations: [{ name, mentions: [name] }] })
    b.organizations[0]!.owner = 'Belarus'
    expect(new EntityMatcher(a, b).same('organization', 0, 0)).toBe(false)
  })
})
