import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/parse.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
const gold = (name: string) => JSON.parse(fixture(`gold/${name}`))

describe.each([
  ['initiative.txt', 'initiative.json'],
  ['news.txt', 'news.json'],
])('%s against its gold', (file, goldFile) => {
  const text = fixture(file)
  const expected = gold(goldFile)
  const document = parse(text)

  it('reads the metadata of the gold', () => {
    for (const key of ['title', 'date', 'place', 'issuer'] as const) {
      if (expected[key] !== undefined) expect(document.metadata[key]).toBe(expected[key])
    }
  })

  it('finds the number of body paragraphs of the gold', () => {
    const body = document.blocks.filter(
      (block) => block.type === 'paragraph' || block.type === 'listItem',
    )
    expect(body).toHaveLength(expected.body_paragraphs)
  })

  it('labels every boilerplate line of the gold as boilerplate, in order', () => {
    const boilerplate = document.blocks.filter((block) => block.type === 'boilerplate')
    const lines: string[] = expected.boilerplate_lines ?? []
    const found = lines.map((line) =>
      boilerplate.findIndex((block) => block.text.startsWith(line.replace(/\s+/g, ' '))),
    )
    expect(found.every((index) => index !== -1)).toBe(true)
    expect(found.filter((index, i) => i > 0 && index < found[i - 1]!)).toEqual([])
  })

  it('gives every block and sentence a span whose source text it covers', () => {
    for (const block of document.blocks) {
      expect(text.slice(block.start, block.end).replace(/\s+/g, ' ').trim()).not.toBe('')
      for (const sentence of block.sentences) {
        expect(sentence.start).toBeGreaterThanOrEqual(block.start)
        expect(sentence.end).toBeLessThanOrEqual(block.end)
        const words = sentence.text.split(' ')
        expect(text.slice(sentence.start, sentence.end)).toContain(words[0])
      }
    }
  })
})

describe('initiative.txt repairs', () => {
  const text = fixture('initiative.txt')
  const document = parse(text)

  it('repairs "Women5s" in the analysed text and reports it with the original and its span', () => {
    const repair = document.warnings.find(
      (warning) => warning.ruleId === 'input-digit-apostrophe-repaired',
    )
    expect(repair).toMatchObject({ actual: '5', expected: "'" })
    expect(text.slice(repair!.start - 5, repair!.end + 1)).toBe('Women5s')
    expect(document.blocks.some((block) => block.text.includes("SCO Women's Forum"))).toBe(true)
  })

  it('never changes the original: sentence spans still show the digit', () => {
    const sentence = document.blocks
      .flatMap((block) => block.sentences)
      .find((s) => s.text.includes("Women's"))!
    expect(text.slice(sentence.start, sentence.end)).toContain('Women5s')
  })

  it('folds the non-breaking spaces of the source in the analysed text', () => {
    const sentence = document.blocks
      .flatMap((block) => block.sentences)
      .find((s) => s.text.startsWith('It will promote'))!
    expect(sentence.text).toMatch(
      /^It will promote the establishment of a House of Friendship for the SCO/,
    )
    expect(sentence.map).toBeDefined()
    expect(text.slice(sentence.start, sentence.end)).toContain('\u00a0')
  })
})

describe('news.txt dateline', () => {
  it('splits the corpus header off the first paragraph as a publication line', () => {
    const document = parse(fixture('news.txt'))
    expect(document.blocks[0]).toMatchObject({
      type: 'boilerplate',
      reason: 'publication',
      text: 'date 2021-06-04',
    })
    expect(document.blocks[1]!.text).toMatch(/^Leaders of Shanghai Cooperation Organization/)
    expect(document.metadata).toMatchObject({ kind: 'news', date: '2021-06-04' })
  })
})
