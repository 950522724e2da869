import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/model/document.js'
import { parse } from '../../src/parse.js'

// Documents written for this project, each reproducing a problem of real pages (see the
// `doubts` of their gold): a database header, a web menu and slogans, a wire byline, a PDF
// broken mid-sentence, an OCR scan run on, a French publication line.
const fixtures = new URL('../../fixtures/', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8')
const pages = [
  'db-record-header',
  'web-menu-slogans',
  'wire-byline',
  'pdf-breaks',
  'ocr-run-on',
  'french-publication-line',
]

describe.each(pages)('the page %s, against its gold', (name) => {
  const gold = JSON.parse(read(`gold/${name}.json`))
  const text = read(`docs/${gold.file}`)
  const doc = parse(text)

  it('reads the title, date, place and kind of the gold', () => {
    const { title, date, place, kind } = doc.metadata
    expect({ title, date, place, kind }).toEqual({
      title: gold.title,
      date: gold.date,
      place: gold.place,
      kind: gold.kind,
    })
  })

  it('keeps every furniture line of the gold out of the body, labelled or reported', () => {
    const furniture = doc.blocks.filter((block) => block.type === 'boilerplate')
    const skipped = doc.warnings.filter((w) => w.ruleId === 'page-furniture-skipped')
    for (const line of gold.boilerplate_lines as string[]) {
      // The line where it stands alone on its line (a page number "2" is not the 2 of a date).
      const alone = new RegExp(
        `(?:^|\\n)[ \\t\\f]*${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*(?=\\r?\\n|$)`,
      )
      const match = alone.exec(text)
      expect(match, line).not.toBeNull()
      const at = match!.index + match![0].length - line.length
      const labelled = furniture.some((block) => block.start <= at && at < block.end)
      const reported = skipped.some((w) => w.start <= at && at < w.end)
      expect(labelled || reported, line).toBe(true)
    }
  })

  it('records no organization, place or person that only furniture names', () => {
    const content = doc.blocks.filter(
      (block: Block) => block.type !== 'boilerplate' || block.reason === 'publication',
    )
    const inContent = (mention: { start: number; end: number }) =>
      content.some((block) => block.start <= mention.start && mention.end <= block.end)
    for (const entity of [...doc.organizations, ...doc.places, ...doc.people]) {
      expect(entity.mentions.some(inContent), entity.name).toBe(true)
    }
  })

  it('finds the places of the gold and no other', () => {
    expect(doc.places.map((place) => place.name).sort()).toEqual(
      [...(gold.places as string[])].sort().filter((place) => place !== 'Viet Nam'),
    )
  })

  it('gives every block and sentence a span whose source holds its words', () => {
    for (const block of doc.blocks) {
      for (const sentence of block.sentences) {
        expect(sentence.start).toBeGreaterThanOrEqual(block.start)
        expect(sentence.end).toBeLessThanOrEqual(block.end)
        const words = sentence.text.split(' ')
        expect(text.slice(sentence.start, sentence.end)).toContain(words[0])
        expect(text.slice(sentence.start, sentence.end)).toContain(words[words.length - 1])
      }
    }
  })
})

describe('a database record header', () => {
  const doc = parse(read('docs/db-record-header.txt'))

  it('takes the title from the [Title] field, without its label, and dates the record by [Date]', () => {
    expect(doc.metadata.title).toBe(
      'Joint Press Statement on the Fourth Japan-Viet Nam Fisheries Dialogue',
    )
    expect(doc.metadata.sources.title?.text.startsWith('Joint Press Statement')).toBe(true)
    expect(doc.dates.map((date) => date.value)).toContain('2019-03-12')
  })

  it('labels the archive, the institutes and the city above the title as masthead', () => {
    const masthead = doc.blocks.filter((block) => block.reason === 'masthead').map((b) => b.text)
    expect(masthead).toEqual(
      expect.arrayContaining(['Institute of Comparative Foreign Policy, Osaka', 'Tokyo']),
    )
    expect(doc.places.map((place) => place.name)).not.toContain('Tokyo')
    expect(doc.places.map((place) => place.name)).not.toContain('Osaka')
  })
})

describe('a web page with a menu and slogans', () => {
  const doc = parse(read('docs/web-menu-slogans.txt'))

  it('makes no heading of the slogan, the slider or the section labels', () => {
    const headings = doc.blocks.filter((block) => block.type === 'heading').map((b) => b.text)
    expect(headings).toEqual([
      'Statement by the Council of Ministers of the Indian Ocean Rim Association on Maritime Safety',
    ])
  })

  it('dates the statement by its meeting, not by the posting line', () => {
    expect(doc.metadata.sources.date?.rule).toBe('meeting')
  })
})

describe('a wire story with a byline', () => {
  const doc = parse(read('docs/wire-byline.txt'))

  it('records no person from the byline or the credits', () => {
    const names = doc.people.map((person) => person.name)
    for (const name of ['Maria Lopes', 'Tevita Fifita', 'Tom Hale'])
      expect(names).not.toContain(name)
  })

  it('is news by its byline and dateline, dated by its publication line', () => {
    expect(doc.metadata.dateline).toMatchObject({ place: 'Suva', agency: 'Pacific Wire' })
    expect(doc.metadata.sources.date?.rule).toBe('publication')
  })
})

describe('a PDF text broken in mid-sentence', () => {
  const text = read('docs/pdf-breaks.txt')
  const doc = parse(text)
  const body = doc.blocks.filter((block) => block.type === 'paragraph')

  it('joins the pieces of each sentence across blank lines and a page break', () => {
    expect(body).toHaveLength(3)
    expect(body[0]!.text).toContain(
      'Member States of the Southern African Development Community and',
    )
    expect(body[1]!.text).toContain('remains limited in several of them')
    expect(body[2]!.text).toContain('before the end of September 2024 to adopt')
  })

  it('makes no heading of a fragment and keeps the name whole', () => {
    expect(doc.blocks.filter((block) => block.type === 'heading')).toHaveLength(1)
    const names = doc.organizations.map((organization) => organization.name)
    expect(names).toContain('Southern African Development Community')
    expect(names).not.toContain('African Development Community')
  })

  it('reports the running header and page number it left out, with their spans', () => {
    const skipped = doc.warnings.filter((w) => w.ruleId === 'page-furniture-skipped')
    expect(skipped.map((w) => text.slice(w.start, w.end))).toEqual([
      'SADC Council of Ministers - Extraordinary Meeting',
      '2',
    ])
    expect(body[1]!.text).not.toContain('Extraordinary Meeting')
  })

  it('keeps the request of the communiqué', () => {
    expect(doc.proposals.map((p) => p.acts.map((a) => a.verb))).toContainEqual(
      expect.arrayContaining(['requested']),
    )
  })
})

describe('an OCR scan whose clauses run on', () => {
  const doc = parse(read('docs/ocr-run-on.txt'))
  const sentences = doc.blocks.flatMap((block) => block.sentences).map((s) => s.text)

  it('splits the run-on sentence at its operative verbs and semicolon, with a warning', () => {
    for (const verb of ['Welcome', 'Acknowledge', 'Encourage', 'Request', 'Decide'])
      expect(
        sentences.some(
          (sentence) => sentence.startsWith(`${verb} the`) || sentence.startsWith(`${verb} to`),
        ),
      ).toBe(true)
    expect(sentences.every((sentence) => sentence.length <= 600)).toBe(true)
    expect(doc.warnings.map((w) => w.ruleId)).toContain('sentence-run-on-split')
  })

  it('makes each operative clause a sentence of its own, so it can be a proposal', () => {
    expect(
      sentences.filter((sentence) => /^(?:Encourage|Request|Decide)\b/.test(sentence)),
    ).toHaveLength(3)
  })
})

describe('a French publication line', () => {
  const doc = parse(read('docs/french-publication-line.txt'))

  it('dates the release by "Publié le 3 octobre 2024"', () => {
    expect(doc.metadata.date).toBe('2024-10-03')
    expect(doc.metadata.sources.date?.text).toMatch(/^Publié le 3 octobre 2024/)
  })
})
