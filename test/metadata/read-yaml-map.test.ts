// The front matter's YAML reader against the `yaml` package on the same inputs: the same
// validity, keys, single values (as text) and value spans; collections seen as such.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMap, isScalar, parseDocument } from 'yaml'
import { readYamlMap } from '../../src/metadata/read-yaml-map.js'

interface Reading {
  valid: boolean
  pairs: { key: string; value: string | null | 'collection'; range?: [number, number] }[]
}

function byYaml(text: string): Reading {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false })
  if (document.errors.length > 0) return { valid: false, pairs: [] }
  if (!isMap(document.contents)) return { valid: true, pairs: [] }
  return {
    valid: true,
    pairs: document.contents.items.map((pair) => {
      const key = String((pair.key as { value: unknown }).value)
      const node = pair.value
      if (node === null) return { key, value: null }
      if (!isScalar(node) || node.anchor || node.tag) return { key, value: 'collection' }
      const raw = node.value
      const value = raw === null || raw === undefined ? null : String(raw)
      return { key, value, range: [node.range![0], node.range![1]] as [number, number] }
    }),
  }
}

function byReader(text: string): Reading {
  const read = readYamlMap(text)
  if (read.error) return { valid: false, pairs: [] }
  return {
    valid: true,
    pairs: read.pairs.map(({ key, value }) =>
      value === null
        ? { key, value: null }
        : value.kind === 'collection'
          ? { key, value: 'collection' }
          : { key, value: value.value, range: value.range },
    ),
  }
}

/** Compare; ranges only of values on one line (YAML's multi-line ranges include breaks). */
function expectSame(text: string): void {
  const expected = byYaml(text)
  const actual = byReader(text)
  const oneLine = (reading: Reading) => ({
    ...reading,
    pairs: reading.pairs.map((pair) =>
      pair.range && !text.slice(pair.range[0], pair.range[1]).includes('\n')
        ? pair
        : { key: pair.key, value: pair.value },
    ),
  })
  expect(oneLine(actual), JSON.stringify(text)).toEqual(oneLine(expected))
}

describe('readYamlMap, as the yaml package reads it', () => {
  it.each([
    'title: From YAML',
    'title: "A: title"',
    "title: 'It''s here'",
    'title: "Tab\\tand \\u00e9 and \\"quotes\\""',
    'date: 2021-06-04\nplace: Beijing # a comment',
    'place: null\nissuer: ~\nkind:',
    'count: 007\nratio: 1.50\nhex: 0x1F\nflag: true',
    'title: A long title\n  that goes on\n\n  and on',
    'title:\n  On the next line',
    'title: |\n  Line one\n  Line two\nplace: X',
    'title: >-\n  Folded\n  text\n\n  para\ndate: 2021',
    'tags:\n  - a\n  - b\ntitle: T',
    'input:\n  format: text\n  length: 6815\nkind: news',
    'title: [a, b]',
    'title: {a: 1}',
    'url: http://example.org/a:b',
    '- a\n- b',
    'just a scalar',
    '# only a comment',
    '',
    'title: "open',
    "title: 'open",
    'title: "closed" trailing',
    'title: T\n  key: nested after scalar',
    'title: T\nnot a key line',
    '  title: indented',
    '\ttitle: tab',
    'title: a\ntitle: b',
    '"quoted key": value',
    'title: "two\n  lines"',
    'title: &anchor Value',
  ])('%j', (text) => expectSame(text))

  it('agrees on generated front matter', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.()-]{0,20}[A-Za-z0-9.)]$/)
    const value = fc.oneof(
      word,
      word.map((w) => `"${w}"`),
      word.map((w) => `'${w}'`),
      fc.constantFrom('null', '~', '', '2021-06-04', '2021', '12.5', 'true', '[a, b]', '"open'),
      fc.tuple(word, word).map(([a, b]) => `${a}\n  ${b}`),
      fc.tuple(word, word).map(([a, b]) => `|\n  ${a}\n  ${b}`),
      fc.tuple(word, word).map(([a, b]) => `\n  - ${a}\n  - ${b}`),
      word.map((w) => `${w} # note`),
    )
    const key = fc.constantFrom('title', 'date', 'place', 'issuer', 'kind', 'author', 'tags')
    const line = fc.tuple(key, value).map(([k, v]) => (v === '' ? `${k}:` : `${k}: ${v}`))
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        expectSame(lines.join('\n'))
      }),
      { seed: 1216, numRuns: 500 },
    )
  })
})
