import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/parse.js'

interface GoldProposal {
  starts: string
  actor: string
  acts: string[]
}

const fixtures = new URL('../../../fixtures/', import.meta.url)

function key(text: string | null): string {
  return String(text ?? '')
    .replace(/[’‘]/g, "'")
    .replace(/^(?:the|The)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

function read(name: string): { text: string; gold: GoldProposal[] } {
  const text = readFileSync(new URL(name, fixtures), 'utf8')
  const gold = JSON.parse(
    readFileSync(new URL(`gold/${name.replace(/\.\w+$/, '.json')}`, fixtures), 'utf8'),
  ) as { proposals: GoldProposal[] }
  return { text, gold: gold.proposals }
}

describe.each(['initiative.txt', 'news.txt'])('the proposals of %s', (name) => {
  const { text, gold } = read(name)
  const proposals = parse(text).proposals

  it('are exactly the gold proposals, in order', () => {
    expect(proposals).toHaveLength(gold.length)
    proposals.forEach((proposal, i) => {
      expect(key(proposal.text).startsWith(key(gold[i]!.starts))).toBe(true)
    })
  })

  it('have the gold actors', () => {
    expect(proposals.map((p) => key(p.actor))).toEqual(gold.map((g) => key(g.actor)))
  })

  it('have one act per gold act', () => {
    expect(proposals.map((p) => p.acts.length)).toEqual(gold.map((g) => g.acts.length))
  })

  it('point back at their source', () => {
    for (const proposal of proposals) {
      // The text is the source text, as written ("Women5s", double spaces): the sentence
      // holds the analysed reading.
      expect(text.slice(proposal.start, proposal.end)).toBe(proposal.text)
      if (proposal.object) {
        expect(text.slice(proposal.object.start, proposal.object.end)).toBe(proposal.object.text)
      }
    }
  })
})
