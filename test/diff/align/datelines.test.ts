import { describe, expect, it } from 'vitest'
import { diff } from '../../../src/diff/diff.js'
import { parse } from '../../../src/parse.js'

const story = (dateline: string) =>
  `Ministers agree on river transport\n\n${dateline} -- The ministers of the three riparian states agreed to open a joint river transport office.\n\nThe office will start work next spring.\n`

const closingKinds = (a: string, b: string) =>
  diff(parse(a), parse(b))
    .alignments.filter((entry) => entry.unit === 'closing')
    .map((entry) => [entry.kind, entry.a.map((s) => s.text), entry.b.map((s) => s.text)])

describe('datelines in a comparison', () => {
  it('reports a changed agency or place between two editions of one story', () => {
    const entries = closingKinds(
      story('VIENTIANE, May 4 (Lanka News) '),
      story('BANGKOK, May 4 (Lanka News) '),
    )
    expect(entries).toHaveLength(1)
    expect(entries[0]?.[0]).not.toBe('same')
  })

  it('pairs an unchanged dateline as the same', () => {
    const text = story('VIENTIANE, May 4 (Lanka News) ')
    expect(closingKinds(text, text)).toEqual([
      ['same', ['VIENTIANE, May 4 (Lanka News)'], ['VIENTIANE, May 4 (Lanka News)']],
    ])
  })

  it('leaves a story dateline out when the other side is a declaration without one', () => {
    const declaration =
      'Joint Declaration of the Ministers\n\nThe ministers of the three riparian states agreed to open a joint river transport office.\n'
    expect(closingKinds(declaration, story('VIENTIANE, May 4 (Lanka News) '))).toEqual([])
  })
})
