// Which matches keep their order: those on every longest chain increasing on both sides.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inEveryLongestChain } from '../../../src/diff/align/find-order.js'

describe('inEveryLongestChain', () => {
  it.each([
    [
      'all in order',
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
      [true, true, true],
    ],
    [
      'one sentence moved to the end',
      [
        [0, 0],
        [1, 4],
        [2, 1],
        [3, 2],
        [4, 3],
      ],
      [true, false, true, true, true],
    ],
    [
      'two sentences swapped: both moved',
      [
        [0, 1],
        [1, 0],
      ],
      [false, false],
    ],
    [
      'two paragraphs swapped: all four moved',
      [
        [0, 2],
        [1, 3],
        [2, 0],
        [3, 1],
      ],
      [false, false, false, false],
    ],
    [
      'a gap in the numbering does not matter',
      [
        [0, 0],
        [5, 9],
        [7, 12],
      ],
      [true, true, true],
    ],
    ['nothing', [], []],
  ] as Array<[string, Array<[number, number]>, boolean[]]>)('%s', (_label, points, expected) => {
    expect(inEveryLongestChain(points)).toEqual(expected)
  })

  it('is the same whichever side is read as A', () => {
    const permutation = fc.uniqueArray(fc.nat(40), { minLength: 1, maxLength: 25 })
    fc.assert(
      fc.property(permutation, (ys) => {
        const points = ys.map((y, x) => [x, y] as [number, number])
        const swapped = points.map(([x, y]) => [y, x] as [number, number])
        expect(inEveryLongestChain(swapped)).toEqual(inEveryLongestChain(points))
      }),
    )
  })

  it('keeps a chain that is as long as any increasing chain', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(30), { minLength: 1, maxLength: 12 }), (ys) => {
        const points = ys.map((y, x) => [x, y] as [number, number])
        const kept = points.filter((_, k) => inEveryLongestChain(points)[k])
        // Kept points increase on both sides.
        for (let k = 1; k < kept.length; k++) expect(kept[k]![1]).toBeGreaterThan(kept[k - 1]![1])
        // The longest increasing chain, by brute force, is at least as long as the kept one.
        const best = ys.map(() => 1)
        ys.forEach((y, i) => {
          for (let j = 0; j < i; j++) if (ys[j]! < y) best[i] = Math.max(best[i]!, best[j]! + 1)
        })
        expect(Math.max(...best)).toBeGreaterThanOrEqual(kept.length)
      }),
    )
  })
})
