// compare(): three or more versions aligned into a collation, and the collation of two
// versions agreeing with diff().
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src/diff/collate/compare.js'
import { diff } from '../../../src/diff/diff.js'
import { collationToMarkdown } from '../../../src/export/diff/collation-to-markdown.js'
import { collationToText } from '../../../src/export/diff/collation-to-text.js'
import { collationSchema } from '../../../src/model/collation.js'
import { parse } from '../../../src/parse.js'
import { landed } from '../../landed-steps.js'

const dir = new URL('../../../fixtures/collations/three-translations/', import.meta.url)
const read = (name: string) => parse(readFileSync(new URL(name, dir), 'utf8'))

describe('compare: three translations of one declaration', () => {
  const versions = ['v1.txt', 'v2.txt', 'v3.txt'].map(read)
  const collation = compare(versions)
  const table = collation.rows.map((row) => [
    row.paragraph,
    row.unit ?? 'body',
    ...row.cells.map(
      (cell) => `${cell.kind}:${cell.spans.map((s) => s.text.slice(0, 24)).join('+')}`,
    ),
  ])

  it('gives one row per unit of meaning with the variant each version gives, or none', () => {
    expect(table).toEqual([
      [
        0,
        'heading',
        'base:Declaration of the Coast',
        'same:Declaration of the Coast',
        'same:Declaration of the Coast',
      ],
      [
        1,
        'body',
        'base:The ministers of the Coa',
        'modified:The fisheries ministers ',
        'same:The ministers of the Coa',
      ],
      [2, 'body', 'base:They agree to set up a j', 'absent:', 'modified:They agree to establish '],
      [2, 'body', 'base:They call on all coastal', 'absent:', 'modified:They urge all coastal St'],
      [2, 'body', 'absent:', 'absent:', 'inserted:They also agree to share'],
      [
        3,
        'body',
        'base:They decide to hold the ',
        'modified:The ministers decided to',
        'same:They decide to hold the ',
      ],
    ])
    expect(collation.rows.map((row) => row.in)).toEqual([
      [0, 1, 2],
      [0, 1, 2],
      [0, 2],
      [0, 2],
      [2],
      [0, 1, 2],
    ])
  })

  it("lists each version's changes against the base", () => {
    expect(collation.base).toBe(0)
    expect(collation.versions[0]!.against).toBeUndefined()
    expect(collation.versions[1]!.against!.summary.alignments).toMatchObject({
      deleted: 2,
      inserted: 0,
    })
    expect(collation.versions[2]!.against!.summary.alignments).toMatchObject({
      deleted: 0,
      inserted: 1,
    })
  })

  it.runIf(landed.proposals)('names the proposals only some versions state', () => {
    const proposals = collation.facts.filter((fact) => fact.type === 'proposal')
    expect(proposals.find((fact) => fact.value.startsWith('They agree to set up'))?.in).toEqual([
      0, 2,
    ])
    expect(proposals.find((fact) => fact.value.startsWith('They also agree to share'))?.in).toEqual(
      [2],
    )
  })

  it('takes another base when asked', () => {
    const other = compare(versions, { base: 2 })
    expect(other.base).toBe(2)
    const added = other.rows.find((row) =>
      row.cells[2]!.spans[0]?.text.startsWith('They also agree'),
    )!
    expect(added.cells.map((cell) => cell.kind)).toEqual(['absent', 'absent', 'base'])
  })

  it('serialises to the schema, a Markdown table per paragraph and a text report', () => {
    expect(() => collationSchema.parse(JSON.parse(JSON.stringify(collation)))).not.toThrow()
    const markdown = collationToMarkdown(collation)
    expect(markdown).toContain('| V1 (base) | V2 | V3 |')
    expect(markdown.match(/^### Paragraph \d+$/gm)).toEqual([
      '### Paragraph 1',
      '### Paragraph 2',
      '### Paragraph 3',
    ])
    expect(markdown).toMatch(
      /\| — \| — \| \*\*added, substantive:\*\* They also agree to share catch data/,
    )
    const text = collationToText(collation)
    expect(text).toContain('V3 against V1: ')
    expect(text).toMatch(/\+ V3 \[substantive\] They also agree to share/)
  })

  it('refuses fewer than two documents and a base out of range', () => {
    expect(() => compare([versions[0]!])).toThrow(TypeError)
    expect(() => compare(versions, { base: 3 })).toThrow(RangeError)
  })
})

const sentences = [
  'The Council welcomes the report of the Secretary-General.',
  'It calls on all parties to respect the ceasefire.',
  'The Council decides to extend the mandate until 31 December 2026.',
  'Member States are encouraged to contribute to the trust fund.',
  'The ministers agree to meet again in Geneva in 2027.',
  'The Assembly expresses its gratitude to the host country.',
  'It requests a report on the implementation within six months.',
  'The parties reaffirm their commitment to the peace agreement.',
]

const version = fc.array(
  fc.array(fc.constantFrom(...sentences.keys()), { minLength: 1, maxLength: 3 }),
  { minLength: 1, maxLength: 4 },
)
const render = (paragraphs: number[][], edit: boolean) =>
  paragraphs
    .map((p) =>
      p
        .map((k) => (edit && k % 3 === 0 ? sentences[k]!.replace('The', 'This') : sentences[k]))
        .join(' '),
    )
    .join('\n\n')

describe('compare: the collation of two versions', () => {
  it("matches diff(a, b)'s alignment, entry for row", () => {
    fc.assert(
      fc.property(version, version, fc.boolean(), (x, y, edit) => {
        const [a, b] = [parse(render(x, false)), parse(render(y, edit))]
        const entries = diff(a, b).alignments.map((entry) =>
          JSON.stringify([
            entry.a.map((s) => s.start),
            entry.b.map((s) => s.start),
            entry.kind === 'deleted' ? 'absent' : entry.kind,
          ]),
        )
        const rows = compare([a, b]).rows.map((row) =>
          JSON.stringify([
            row.cells[0]!.spans.map((s) => s.start),
            row.cells[1]!.spans.map((s) => s.start),
            row.cells[1]!.kind,
          ]),
        )
        expect(rows.sort()).toEqual(entries.sort())
      }),
      { numRuns: 60, seed: 13 },
    )
  })
})
