// The README's rule for `text`: `input.slice(start, end)` is always a node's source; what is
// found in the input (entity mentions, dates, proposals, objects) carries exactly that text;
// blocks and sentences, the analysed text the extractors read, carry it with white space made
// plain spaces, and a `map` wherever the two do not advance in step.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CommuniqueDocument } from '../src/model/document.js'
import { parse } from '../src/parse.js'

interface Spanned {
  start: number
  end: number
  text: string
  map?: unknown
}

function* spanned(document: CommuniqueDocument): Generator<[string, Spanned]> {
  for (const block of document.blocks) {
    yield ['block', block]
    for (const sentence of block.sentences) yield ['sentence', sentence]
  }
  for (const key of ['organizations', 'places', 'people'] as const) {
    for (const entity of document[key]) for (const mention of entity.mentions) yield [key, mention]
  }
  for (const date of document.dates) yield ['date', date]
  for (const proposal of document.proposals) {
    yield ['proposal', proposal]
    if (proposal.object) yield ['object', proposal.object]
  }
}

const root = new URL('../fixtures/docs/', import.meta.url).pathname
const files = readdirSync(root).filter((file) => /\.(?:txt|md)$/.test(file))

const plain = (text: string) => text.replace(/\s/g, ' ')

describe('text is the source text of its span; blocks and sentences fold it, with a map', () => {
  it.each(files)('holds in %s', (file) => {
    const input = readFileSync(join(root, file), 'utf8')
    const broken: string[] = []
    for (const [kind, node] of spanned(parse(input))) {
      const source = input.slice(node.start, node.end)
      const structure = kind === 'block' || kind === 'sentence'
      const holds = structure
        ? node.map !== undefined || plain(source) === plain(node.text)
        : node.map === undefined && source === node.text
      if (!holds) broken.push(`${kind} at ${node.start}: ${JSON.stringify(node.text.slice(0, 60))}`)
    }
    expect(broken).toEqual([])
  })

  it('gives a proposal across a line break and emphasis its source text', () => {
    const input = 'The Council **agreed** to open\ntwo new offices.'
    const [proposal] = parse(input, { format: 'markdown' }).proposals
    expect(proposal?.text).toBe(input)
  })
})
