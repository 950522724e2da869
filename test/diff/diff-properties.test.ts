// Invariants of diff() on generated texts: a text against itself is all `same`; every body
// sentence of both versions is in exactly one entry; swapping the versions mirrors the
// result (deleted <-> inserted, split <-> merged, A and B spans swapped).
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FormIds } from '../../src/diff/align/sentence-profile.js'
import { readBody } from '../../src/diff/align/sentence-units.js'
import { diff } from '../../src/diff/diff.js'
import type { Alignment, DocumentDiff } from '../../src/model/diff.js'
import type { CommuniqueDocument } from '../../src/model/document.js'
import { parse } from '../../src/parse.js'

const words = [
  'council',
  'ministers',
  'cooperation',
  'support',
  'development',
  'region',
  'peace',
  'security',
  'trade',
  'water',
  'energy',
  'climate',
  'youth',
  'health',
  'agree',
  'welcome',
  'promote',
  'strengthen',
  'partners',
  'states',
  'the',
  'of',
  'and',
  'to',
  'in',
  'for',
  'with',
  'all',
  'new',
  'joint',
  '20',
  '2024',
  'not',
  'SCO',
  'Shanghai',
  'Organization',
]

const sentence = fc
  .array(fc.constantFrom(...words), { minLength: 2, maxLength: 12 })
  .map((list) => `${list[0]![0]!.toUpperCase()}${list[0]!.slice(1)} ${list.slice(1).join(' ')}.`)
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 })
const text = fc.array(paragraph, { minLength: 1, maxLength: 6 })

function render(paragraphs: string[][]): string {
  return paragraphs.map((sentences) => sentences.join(' ')).join('\n\n')
}

/** A second version: paragraphs moved, sentences dropped, added, split or edited. */
const edited = fc
  .tuple(
    text,
    fc.array(
      fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'add', 'move', 'edit', 'split')),
      { maxLength: 6 },
    ),
    sentence,
  )
  .map(([paragraphs, edits, extra]) => {
    const b = paragraphs.map((p) => [...p])
    for (const [x, y, edit] of edits) {
      const p = b[x % b.length]!
      const s = y % p.length
      if (edit === 'drop' && p.length > 1) p.splice(s, 1)
      else if (edit === 'add') p.splice(s, 0, extra)
      else if (edit === 'move') b.push(b.splice(x % b.length, 1)[0]!)
      else if (edit === 'edit') p[s] = p[s]!.replace(/ (\w+)\.$/, ' changed $1.')
      else if (edit === 'split') p[s] = p[s]!.replace(/ and (\w)/, '. And $1')
    }
    return [render(paragraphs), render(b)] as const
  })

/**
 * Where the compared units of a document start: every sentence of its paragraphs, list
 * items, headings and signatures (and of closing datelines), and the pieces of its
 * boilerplate blocks; checked against the blocks so no block type is left out.
 */
function bodyStarts(document: CommuniqueDocument): number[] {
  const starts = readBody(document, new FormIds(), { headings: true }).units.map(
    (unit) => unit.sentence.start,
  )
  for (const block of document.blocks) {
    if (['paragraph', 'listItem', 'heading', 'signature'].includes(block.type))
      for (const sentence of block.sentences) expect(starts).toContain(sentence.start)
    if (block.type === 'boilerplate' && block.text.trim() !== '')
      expect(starts.some((start) => start >= block.start && start < block.end)).toBe(true)
  }
  return starts
}

const mirrorKind: Record<Alignment['kind'], Alignment['kind']> = {
  same: 'same',
  modified: 'modified',
  moved: 'moved',
  split: 'merged',
  merged: 'split',
  deleted: 'inserted',
  inserted: 'deleted',
}

function signatures(d: DocumentDiff, swap: boolean): string[] {
  return d.alignments
    .map((entry) => {
      const [a, b] = swap ? [entry.b, entry.a] : [entry.a, entry.b]
      const kind = swap ? mirrorKind[entry.kind] : entry.kind
      return JSON.stringify([
        kind,
        entry.class,
        entry.similarity,
        a.map((s) => s.start),
        b.map((s) => s.start),
        entry.moved ?? false,
      ])
    })
    .sort()
}

describe('diff properties', () => {
  it('finds a text identical to itself: every sentence `same`, nothing substantive', () => {
    fc.assert(
      fc.property(text, (paragraphs) => {
        const document = parse(render(paragraphs))
        const result = diff(document, document)
        expect(
          result.alignments.every((entry) => entry.kind === 'same' && entry.class === 'none'),
        ).toBe(true)
        expect(result.alignments).toHaveLength(bodyStarts(document).length)
        expect(result.summary.similarity).toBe(1)
      }),
      { numRuns: 150 },
    )
  })

  it('accounts for every body sentence of both versions exactly once', () => {
    fc.assert(
      fc.property(edited, ([textA, textB]) => {
        const [a, b] = [parse(textA), parse(textB)]
        const result = diff(a, b)
        const seenA = result.alignments
          .flatMap((entry) => entry.a.map((s) => s.start))
          .sort((x, y) => x - y)
        const seenB = result.alignments
          .flatMap((entry) => entry.b.map((s) => s.start))
          .sort((x, y) => x - y)
        expect(seenA).toEqual(bodyStarts(a))
        expect(seenB).toEqual(bodyStarts(b))
      }),
      { numRuns: 200 },
    )
  })

  it('mirrors: diff(b, a) is diff(a, b) with the versions swapped', () => {
    fc.assert(
      fc.property(edited, ([textA, textB]) => {
        const [a, b] = [parse(textA), parse(textB)]
        expect(signatures(diff(b, a), true)).toEqual(signatures(diff(a, b), false))
      }),
      { numRuns: 200 },
    )
  })

  it('mirrors on unrelated texts too', () => {
    fc.assert(
      fc.property(text, text, (x, y) => {
        const [a, b] = [parse(render(x)), parse(render(y))]
        expect(signatures(diff(b, a), true)).toEqual(signatures(diff(a, b), false))
      }),
      { numRuns: 200 },
    )
  })

  it.each([
    ['initiative.txt', 'news.txt'],
    ...['draft-final', 'editorial', 'news-restatement', 'substantive', 'translations'].map(
      (name) => [`pairs/${name}/a.txt`, `pairs/${name}/b.txt`],
    ),
  ])('mirrors on the fixture pair %s / %s', (fileA, fileB) => {
    const read = (file: string) =>
      parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url)))
    const [a, b] = [read(fileA), read(fileB)]
    expect(signatures(diff(b, a), true)).toEqual(signatures(diff(a, b), false))
  })

  it('never throws on any input text, and still accounts for every sentence', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 300 })
    fc.assert(
      fc.property(anyText, anyText, (x, y) => {
        const [a, b] = [parse(x), parse(y)]
        const result = diff(a, b)
        expect(result.alignments.flatMap((entry) => entry.a)).toHaveLength(bodyStarts(a).length)
        expect(result.alignments.flatMap((entry) => entry.b)).toHaveLength(bodyStarts(b).length)
      }),
      { numRuns: 200 },
    )
  })
})
