// The word diff: changed stretches between kept tokens, fewest edits (Myers).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffTokens } from '../../../src/diff/words/word-diff.js'

const tokens = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 20 })

function longestCommon(a: string[], b: string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i]![j] =
        a[i - 1] === b[j - 1]
          ? table[i - 1]![j - 1]! + 1
          : Math.max(table[i - 1]![j]!, table[i]![j - 1]!)
  return table[a.length]![b.length]!
}

describe('diffTokens', () => {
  it.each([
    ['nothing changed', 'the forum speaks', 'the forum speaks', []],
    ['one word replaced', 'the forum speaks highly', 'the forum spoke highly', [[2, 3, 2, 3]]],
    ['a word added', 'will dispatch a mission', 'will not dispatch a mission', [[1, 1, 1, 2]]],
    ['the end removed', 'a b c d', 'a b', [[2, 4, 2, 2]]],
  ])('%s', (_label, a, b, expected) => {
    const hunks = diffTokens(a.split(' '), b.split(' '), 100).hunks
    expect(hunks.map((h) => [h.aStart, h.aEnd, h.bStart, h.bEnd])).toEqual(expected)
  })

  it('rebuilds B from A and keeps only equal tokens, with the fewest edits', () => {
    fc.assert(
      fc.property(tokens, tokens, (a, b) => {
        const { hunks } = diffTokens(a, b, 1000)
        const rebuilt: string[] = []
        let i = 0
        let kept = 0
        for (const h of hunks) {
          expect(h.aStart).toBeGreaterThanOrEqual(i)
          for (; i < h.aStart; i++, kept++) {
            expect(a[i]).toBe(b[rebuilt.length])
            rebuilt.push(a[i]!)
          }
          expect(h.bStart).toBe(rebuilt.length)
          rebuilt.push(...b.slice(h.bStart, h.bEnd))
          i = h.aEnd
        }
        for (; i < a.length; i++, kept++) rebuilt.push(a[i]!)
        expect(rebuilt).toEqual(b)
        expect(kept).toBe(longestCommon(a, b))
      }),
      { numRuns: 500 },
    )
  })

  it('reports the middle as one change when the edits exceed the bound', () => {
    const result = diffTokens(['a', 'b', 'c', 'x'], ['d', 'e', 'f', 'x'], 2)
    expect(result.bounded).toBe(true)
    expect(result.hunks).toEqual([{ aStart: 0, aEnd: 3, bStart: 0, bEnd: 3 }])
  })
})
