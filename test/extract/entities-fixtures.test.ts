import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'

const fixture = (path: string) =>
  readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')

interface Gold {
  file: string
  organizations: Array<{ name: string; owner?: string; aliases?: string[] }>
  places: string[]
}

const key = (name: string, owner?: string) =>
  `${name.replace(/’/g, "'").toLowerCase()}${owner ? ` [${owner.toLowerCase()}]` : ''}`

describe.each(['initiative', 'news'])('the %s fixture end to end', (name) => {
  const gold = JSON.parse(fixture(`gold/${name}.json`)) as Gold
  const doc = parse(fixture(gold.file))

  it('finds the organizations of the gold, with their owners', () => {
    const found = doc.organizations.map((o) => key(o.name, o.owner)).sort()
    expect(found).toEqual(gold.organizations.map((o) => key(o.name, o.owner)).sort())
  })

  it('links the aliases of the gold', () => {
    for (const organization of gold.organizations.filter((o) => o.aliases)) {
      const found = doc.organizations.find((o) => key(o.name) === key(organization.name))
      expect(found?.aliases).toEqual(expect.arrayContaining(organization.aliases!))
    }
  })

  it('finds the places of the gold', () => {
    expect(doc.places.map((p) => p.name).sort()).toEqual([...gold.places].sort())
  })
})
