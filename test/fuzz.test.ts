// The fuzzing harness. A short seeded run is part of `npm test`; `npm run fuzz` runs the same
// properties long (FUZZ_RUNS, default 2,000 there; FUZZ_SEED to replay a failure that
// fast-check reports with its seed and path).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diff } from '../src/diff/diff.js'
import { fromJson } from '../src/export/json/from-json.js'
import { toJson } from '../src/export/json/to-json.js'
import { sourceSpan } from '../src/input/text-map.js'
import type { CommuniqueDocument } from '../src/model/document.js'
import { parse } from '../src/parse.js'

const runs = Number(process.env.FUZZ_RUNS ?? 25)
const seed = Number(process.env.FUZZ_SEED ?? 20_231)
const settings = { numRuns: runs, seed }

const and = fc.constantFrom('and', 'AND', 'And')
const subject = fc.constantFrom(
  'The Council',
  'Staff',
  'The Ministers',
  'The Shanghai Cooperation Organization (SCO)',
  'The United Nations',
  'Member States',
  'We',
  'The two sides',
  'THE LEADERS',
)
const verb = fc.constantFrom(
  'agreed to support',
  'called for',
  'will strengthen',
  'welcomed',
  'should protect',
  'met in Geneva on 3 June 2021 to discuss',
  'decided to hold talks in Nairobi in 2024 on',
)
const object = fc.constantFrom(
  'cooperation in trade',
  'personnel',
  'the plan of the African Union',
  'peace and security in the region',
  'the fund of USD 50 million',
)
/** A sentence such as a declaration has, subjects joined by any case of "and". */
const sentence = fc
  .tuple(subject, and, subject, verb, object, fc.constantFrom('.', '!', '?', '…', ';'))
  .map(([a, joiner, b, v, o, end]) => `${a} ${joiner} ${b.toLowerCase()} ${v} ${o}${end}`)

const dateline = fc.constantFrom(
  'GENEVA, June 3 (Xinhua) -- ',
  'NAIROBI, 12 March 2024 (AFP) - ',
  'Date: 2021-06-04 ',
)
const signature = fc.constantFrom(
  'Done at Geneva on 3 June 2021.\n\nFor the Government of Kenya\nJane Doe\nMinister',
  'Signed: John Smith, Secretary-General',
)
const hijri = fc.constantFrom(
  '16 Ramadan 1446 AH',
  '25-26 Shawwal 1445H',
  'on 3 Rabi II 1445 AH',
  'on 3 H II II II II II II II II 1445',
)
const email = fc.constantFrom('write to pledges@example.org', 'Contact: press@example.int')
const markdown = fc.constantFrom(
  '# ',
  '## ',
  '- ',
  '1. ',
  '> ',
  '> > ',
  '  - ',
  '    - ',
  '![The Council met in Geneva. It agreed.](photo.png)',
  '| a | b |\n| --- | --- |\n| Geneva | 2021 |',
  '```\ncode line\n```',
  '<!-- a comment -->',
  '<!-- communique:analysis -->',
  '<!-- /communique:analysis -->',
  '**',
  '_',
  '[the plan](https://example.org)',
  '---',
  `${'>'.repeat(40)} `,
  `${'- '.repeat(40)}`,
)
const odd = fc.constantFrom(
  '\u0000',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\ud800',
  '\udc00',
  'â€™',
  'Ã©',
  'Women5s',
  '\t',
  '\r\n',
)
const separator = fc.constantFrom(' ', ' ', '\n', '\n\n', '', '  \n')
const piece = fc.oneof(
  { weight: 8, arbitrary: sentence },
  { weight: 1, arbitrary: dateline },
  { weight: 1, arbitrary: signature },
  { weight: 1, arbitrary: hijri },
  { weight: 1, arbitrary: email },
  { weight: 4, arbitrary: markdown },
  { weight: 2, arbitrary: odd },
)
const frontMatter = fc.constantFrom('', '', '---\ntitle: A test\ndate: 2021-06-03\n---\n\n')
/** A document: optional front matter, then pieces joined by spaces and line breaks. */
const documentText = fc
  .tuple(frontMatter, fc.array(fc.tuple(piece, separator), { maxLength: 30 }))
  .map(([front, parts]) => front + parts.map(([p, s]) => p + s).join(''))

/** Characters that stand for no text: white space, controls, invisible characters. */
const blank = /[\s\u0000-\u001f\u007f-\u00a0\u00ad\u200b-\u200d\u2060\ufeff]/
const isLetter = (char: string) => /\p{L}/u.test(char)

function frontMatterEnd(input: string): number {
  const match = /^---[ \t]*\r?\n[\s\S]*?\n---[ \t]*(?:\r?\n|$)/.exec(input)
  return match ? match[0].length : 0
}

function checkCoverage(input: string, document: CommuniqueDocument): void {
  const covered = new Uint8Array(input.length)
  for (const block of document.blocks) covered.fill(1, block.start, block.end)
  const markdownInput = document.metadata.inputFormat === 'markdown'
  // A link's or image's destination is syntax too, though written in letters.
  if (markdownInput) {
    for (const link of input.matchAll(/\]\([^)]*\)/g)) {
      covered.fill(1, link.index, link.index + link[0].length)
    }
  }
  const from = markdownInput ? frontMatterEnd(input) : 0
  for (let i = from; i < input.length; i++) {
    const char = input[i]!
    if (covered[i] || blank.test(char)) continue
    // In Markdown, syntax alone (markers, rules, fences, table pipes, an empty item's
    // number) stands for no text: the letters must all be in blocks.
    if (markdownInput && !isLetter(char)) continue
    throw new Error(`character ${i} ${JSON.stringify(char)} lies in no block`)
  }
}

function checkSpans(input: string, document: CommuniqueDocument): void {
  let end = 0
  for (const block of document.blocks) {
    expect(block.start).toBeGreaterThanOrEqual(end)
    expect(block.end).toBeLessThanOrEqual(input.length)
    end = block.end
    let sentenceEnd = block.start
    for (const sentence of block.sentences) {
      expect(sentence.start).toBeGreaterThanOrEqual(sentenceEnd)
      expect(sentence.end).toBeLessThanOrEqual(block.end)
      sentenceEnd = sentence.end
    }
  }
  const mentions = [
    ...[...document.organizations, ...document.places, ...document.people].flatMap(
      (entity) => entity.mentions,
    ),
    ...document.dates,
  ]
  for (const { start, end: stop, text } of mentions) {
    expect(input.slice(start, stop)).toBe(text)
    // On word boundaries: no letter on both sides of either end.
    expect(isLetter(input.charAt(start - 1)) && isLetter(input.charAt(start))).toBe(false)
    expect(isLetter(input.charAt(stop - 1)) && isLetter(input.charAt(stop))).toBe(false)
  }
}

/** Starts of the sentences of each side that the comparison accounts for. */
function accounted(result: ReturnType<typeof diff>, side: 'a' | 'b'): number[] {
  return result.alignments.flatMap((entry) => entry[side].map((s) => s.start))
}

function bodyStarts(document: CommuniqueDocument): number[] {
  return document.blocks
    .filter((block) => block.type === 'paragraph' || block.type === 'listItem')
    .flatMap((block) => block.sentences.map((s) => s.start))
}

describe(`fuzzing (${runs} runs, seed ${seed})`, () => {
  it('parse never throws; every visible character lies in a block; spans are ordered, nested, on word boundaries', () => {
    fc.assert(
      fc.property(documentText, fc.constantFrom('auto', 'text', 'markdown'), (input, format) => {
        const document = parse(input, { format: format as 'auto' | 'text' | 'markdown' })
        checkCoverage(input, document)
        checkSpans(input, document)
      }),
      settings,
    )
  })

  it('fromJson(toJson(document)) deep-equals the document', () => {
    fc.assert(
      fc.property(documentText, (input) => {
        const document = parse(input)
        expect(fromJson(toJson(document))).toStrictEqual(document)
      }),
      settings,
    )
  })

  it('diff(a, a) is all same, and accounts for every sentence once', () => {
    fc.assert(
      fc.property(documentText, (input) => {
        const document = parse(input)
        const result = diff(document, document)
        expect(result.alignments.every((entry) => entry.kind === 'same')).toBe(true)
        for (const side of ['a', 'b'] as const) {
          const starts = accounted(result, side)
          expect(new Set(starts).size).toBe(starts.length)
          for (const start of bodyStarts(document)) expect(starts).toContain(start)
        }
      }),
      settings,
    )
  })

  it('diff(a, b) accounts for every sentence of both sides once', () => {
    fc.assert(
      fc.property(documentText, documentText, (x, y) => {
        const [a, b] = [parse(x), parse(y)]
        const result = diff(a, b)
        for (const [side, document] of [
          ['a', a],
          ['b', b],
        ] as const) {
          const starts = accounted(result, side)
          expect(new Set(starts).size).toBe(starts.length)
          expect([...starts].sort((p, q) => p - q)).toEqual(
            expect.arrayContaining(bodyStarts(document)),
          )
        }
      }),
      settings,
    )
  })
})

/** Pairs of texts that differ by one word changed inside one block of the given types. */
function editedPair(types: ReadonlySet<string> | undefined) {
  return fc
    .tuple(documentText, fc.nat(), fc.nat())
    .map(([input, blockPick, wordPick]) => {
      const document = parse(input)
      const blocks = document.blocks.filter(
        (block) => (!types || types.has(block.type)) && /\p{L}{3,}/u.test(block.text),
      )
      if (blocks.length === 0) return undefined
      const block = blocks[blockPick % blocks.length]!
      const words = [...block.text.matchAll(/\p{L}{3,}/gu)]
      const word = words[wordPick % words.length]!
      const span = sourceSpan(block, word.index, word.index + word[0].length)
      if (input.slice(span.start, span.end) !== word[0]) return undefined
      const edited = `${input.slice(0, span.start)}zq${word[0]}${input.slice(span.end)}`
      return { input, edited, type: block.type }
    })
    .filter((pair) => pair !== undefined)
}

function editIsReported(pair: { input: string; edited: string } | undefined): void {
  const result = diff(parse(pair!.input), parse(pair!.edited))
  expect(result.alignments.some((entry) => entry.kind !== 'same')).toBe(true)
}

describe(`fuzzing comparison of edits (${runs} runs, seed ${seed})`, () => {
  it('reports an edit inside any paragraph or list item', () => {
    fc.assert(fc.property(editedPair(new Set(['paragraph', 'listItem'])), editIsReported), settings)
  })

  it('reports an edit inside any block, boilerplate and headings included', () => {
    fc.assert(fc.property(editedPair(undefined), editIsReported), settings)
  })
})
