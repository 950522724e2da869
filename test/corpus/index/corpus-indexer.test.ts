import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { indexCorpus } from '../../../src/corpus/index/corpus-indexer.js'
import { corpusIndexSchema } from '../../../src/model/corpus-index.js'
import { parse } from '../../../src/parse.js'

// fixtures/corpus: five texts written for these tests about an invented lake basin
// council, naming the same bodies, places and people in different ways across documents.
const folder = 'fixtures/corpus'
const paths = [
  '2023/basin-ministers-communique.txt',
  '2023/fisheries-statement.md',
  '2024/nairobi-declaration.txt',
  '2024/nairobi-news.txt',
  '2024/platform-update.txt',
]
const entries = paths.map((path) => ({
  path,
  document: parse(readFileSync(join(folder, path))),
}))
const index = indexCorpus(entries)
const named = (list: typeof index.organizations, name: string) =>
  list.find((entity) => entity.name === name)

describe('indexCorpus', () => {
  it('lists each document with its metadata, and validates against its schema', () => {
    expect(corpusIndexSchema.parse(index)).toEqual(index)
    expect(index.documents.map((d) => [d.id, d.date, d.place, d.kind])).toEqual([
      [paths[0], '2023-03-14', 'Kampala', 'communique'],
      [paths[1], '2023-09-02', 'Entebbe', 'joint-statement'],
      [paths[2], '2024-03-21', 'Nairobi', 'declaration'],
      [paths[3], null, 'Nairobi', 'news'],
      [paths[4], '2024-12-10', 'Kisumu', 'declaration'],
    ])
    expect(index.documents[0]!.title).toBe(
      'Communiqué of the Ministerial Meeting of the Lake Basin Water Council',
    )
  })

  it('merges an organization named by its name in one document and its acronym in another', () => {
    // "AfDB" alone in the progress report; the declaration defines it.
    const bank = named(index.organizations, 'African Development Bank')!
    expect(bank.aliases).toEqual(['AfDB'])
    expect(bank.documents.map((d) => d.document)).toEqual([paths[0], paths[2], paths[3], paths[4]])
    expect(
      index.organizations.filter((o) => o.name === 'AfDB' || o.aliases.includes('AfDB')),
    ).toHaveLength(1)
  })

  it('counts mentions per document and dates each entity by its documents', () => {
    const council = named(index.organizations, 'Lake Basin Water Council')!
    expect(council.documents).toHaveLength(5)
    expect(council.aliases).toContain('LBWC')
    expect(council.mentions).toBe(council.documents.reduce((sum, d) => sum + d.mentions, 0))
    expect(council.documents[0]).toEqual({ document: paths[0], mentions: 5 })
    // The news report has no date of its own: first and last come from the others.
    expect([council.firstDate, council.lastDate]).toEqual(['2023-03-14', '2024-12-10'])
    const kampala = named(index.places, 'Kampala')!
    expect(kampala.documents.map((d) => d.document)).toEqual([paths[0], paths[2]])
    expect([kampala.firstDate, kampala.lastDate]).toEqual(['2023-03-14', '2024-03-21'])
    expect(named(index.people, 'Daniel Mwangi')!.documents).toHaveLength(2)
  })

  it('orders each list by the number of documents, and gives each entity an id', () => {
    expect(index.organizations[0]!.name).toBe('Lake Basin Water Council')
    expect(index.organizations[0]!.id).toBe('organization:1')
    const counts = index.places.map((p) => p.documents.length)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })

  it('keeps a defined short form from merging bodies across documents', () => {
    const other = indexCorpus([
      parse('The Nile Water Council (the Council) met in Cairo on 3 May 2022.'),
      parse('The Arctic Fisheries Council (the Council) met in Oslo on 4 May 2022.'),
    ])
    expect(other.organizations.map((o) => o.name).sort()).toEqual([
      'Arctic Fisheries Council',
      'Nile Water Council',
    ])
    expect(other.documents.map((d) => d.id)).toEqual(['#1', '#2'])
  })

  it('groups proposals by the entity that acts, whatever the document calls it', () => {
    const council = index.proposals.filter((group) => group.actor === 'Lake Basin Water Council')
    expect(council.map((group) => group.kind)).toEqual(['propose'])
    expect(council[0]!.entity).toBe(named(index.organizations, 'Lake Basin Water Council')!.id)
    expect(council[0]!.proposals.map((p) => [p.document, p.verbs])).toEqual([
      [paths[0], ['calls on']],
      [paths[1], ['proposes']],
    ])
    const text = readFileSync(join(folder, paths[0]!), 'utf8')
    const first = council[0]!.proposals[0]!
    expect(text.slice(first.start, first.end)).toContain('share river flow data')
  })

  it('puts the dates in a timeline, each value with its documents and how they write it', () => {
    const values = index.timeline.map((entry) => entry.value)
    expect(values).toEqual([...values].sort())
    const kampalaMeeting = index.timeline.find((entry) => entry.value === '2023-03-14')!
    expect(kampalaMeeting.documents).toEqual([
      { document: paths[0], mentions: 3, texts: ['14 March 2023'] },
      { document: paths[2], mentions: 1, texts: ['14 March 2023'] },
    ])
  })

  it('records inputs that failed', () => {
    const withError = indexCorpus([
      entries[0]!,
      { path: 'bad.bin', error: { message: 'binary input', code: 'binary' } },
    ])
    expect(withError.errors).toEqual([{ id: 'bad.bin', message: 'binary input', code: 'binary' }])
    expect(withError.documents).toHaveLength(1)
  })
})

const ungd = '../shared/corpus/ungd-2023'
describe.skipIf(!existsSync(ungd))('indexCorpus on the UN General Debate 2023 corpus', () => {
  if (!existsSync(ungd)) console.warn(`skipped: ${ungd} is absent`)
  it('indexes every statement; countries named in many statements merge across them', () => {
    const files = readdirSync(ungd).filter((file) => file.endsWith('.txt'))
    const big = indexCorpus(
      files.map((file) => ({ path: file, document: parse(readFileSync(join(ungd, file))) })),
    )
    expect(big.documents).toHaveLength(files.length)
    expect(big.errors).toEqual([])
    const un = big.organizations.find((o) => o.name === 'United Nations')!
    expect(un.documents.length).toBeGreaterThan(files.length / 2)
    // One entry per place name: no two places share a name.
    const names = big.places.map((p) => p.name)
    expect(new Set(names).size).toBe(names.length)
    const ukraine = big.places.find((p) => p.name === 'Ukraine')!
    expect(ukraine.documents.length).toBeGreaterThan(20)
    for (const entity of [...big.organizations, ...big.places, ...big.people])
      expect(entity.mentions).toBe(entity.documents.reduce((sum, d) => sum + d.mentions, 0))
  })
})
