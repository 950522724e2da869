import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizePieces } from '../../src/input/normalize.js'
import { findRepairs } from '../../src/input/repair.js'
import { sliceMapped, sourceSpan } from '../../src/input/text-map.js'

function analyse(source: string) {
  return normalizePieces(
    [{ text: source, start: 0, end: source.length, verbatim: true }],
    findRepairs(source),
  )
}

describe('normalizePieces', () => {
  it.each([
    ['runs of spaces', 'a   b', 'a b'],
    ['CRLF and tabs', 'one\r\ntwo\tthree', 'one two three'],
    ['non-breaking and Unicode spaces', 'in\u00a0Hubei\u2009Province', 'in Hubei Province'],
    ['leading and trailing white space', '  text  ', 'text'],
    ['zero-width characters and soft hyphens', 'co\u00adoperation\u200b', 'cooperation'],
    ['a BOM', '\ufeffTitle', 'Title'],
    ['a lone surrogate', 'a\ud800b', 'a\ufffdb'],
    ['a surrogate pair', 'emoji 😀 kept', 'emoji 😀 kept'],
    ['control characters', 'a\u0000b\u0007c', 'a b c'],
  ])('folds %s', (_name, source, expected) => {
    expect(analyse(source).text).toBe(expected)
  })

  it('maps every word back to its exact place in the source', () => {
    const source = '  The\u00a0 Forum \r\n supports\tit.'
    const mapped = analyse(source)
    const node = sliceMapped(mapped, 0, mapped.text.length)
    for (const match of mapped.text.matchAll(/\S+/g)) {
      const span = sourceSpan(node, match.index, match.index + match[0].length)
      expect(source.slice(span.start, span.end)).toBe(match[0])
    }
  })

  it('maps a repaired word to the whole of its original', () => {
    const source = 'The Womenâ€™s Forum and Women5s groups'
    const mapped = analyse(source)
    expect(mapped.text).toBe("The Women’s Forum and Women's groups")
    const node = sliceMapped(mapped, 0, mapped.text.length)
    const at = mapped.text.indexOf('Women’s')
    const span = sourceSpan(node, at, at + 'Women’s'.length)
    expect(source.slice(span.start, span.end)).toBe('Womenâ€™s')
  })

  it('keeps every mapped range inside the source, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        (source, x, y) => {
          const mapped = analyse(source)
          const node = sliceMapped(mapped, 0, mapped.text.length)
          const from = mapped.text.length ? x % (mapped.text.length + 1) : 0
          const to = mapped.text.length ? from + (y % (mapped.text.length - from + 1)) : 0
          const span = sourceSpan(node, from, to)
          expect(span.start).toBeGreaterThanOrEqual(0)
          expect(span.end).toBeLessThanOrEqual(source.length)
          expect(span.start).toBeLessThanOrEqual(span.end)
        },
      ),
    )
  })

  it('maps words of arbitrary text to the same characters in the source (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/)
    const gap = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u00a0', ' \u200b ')
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 30 }), (parts) => {
        const source = parts.map(([w, g]) => w + g).join('')
        const mapped = analyse(source)
        const node = sliceMapped(mapped, 0, mapped.text.length)
        for (const match of mapped.text.matchAll(/\S+/g)) {
          const span = sourceSpan(node, match.index, match.index + match[0].length)
          expect(source.slice(span.start, span.end)).toBe(match[0])
        }
      }),
    )
  })
})
