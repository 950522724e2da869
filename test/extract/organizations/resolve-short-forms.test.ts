import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/parse.js'

function aliasesOf(text: string, name: string): string[] | undefined {
  return parse(text).organizations.find((o) => o.name === name)?.aliases
}

describe('defined short forms resolve to the named body', () => {
  it.each([
    [
      'The Shanghai Cooperation Organization Forum on People-to-People Friendship was held. The Forum proposes cooperation.',
      'Shanghai Cooperation Organization Forum on People-to-People Friendship',
      ['the Forum'],
    ],
    [
      'The Peace and Security Council of the African Union met. The Council decided to act.',
      'Peace and Security Council of the African Union',
      ['the Council'],
    ],
    // The leading part of a longer name is another name of it.
    [
      'The Peace and Security Council met. The Peace and Security Council of the African Union decided.',
      'Peace and Security Council of the African Union',
      ['Peace and Security Council'],
    ],
    [
      'The Executive Committee of the Regional Anti-Terrorist Structure of the SCO (hereinafter the Executive Committee) met.',
      'Executive Committee of the Regional Anti-Terrorist Structure of the SCO',
      ['the Executive Committee'],
    ],
    // A code and a name is another name of "name of the expansion".
    [
      'The Executive Board of the International Monetary Fund (IMF) approved it. The IMF Executive Board met.',
      'Executive Board of the International Monetary Fund',
      ['IMF Executive Board'],
    ],
    // "the Organization" of a text that names the United Nations most.
    [
      'The United Nations must act. The United Nations and the World Health Organization agree. This Organization was founded in 1945.',
      'United Nations',
      ['the Organization'],
    ],
  ])('%s', (text, name, aliases) => {
    expect(aliasesOf(text, name)).toEqual(aliases)
  })

  it('drops a short form that names no body of the text', () => {
    expect(parse('The Council decided to act.').organizations).toEqual([])
  })
})
