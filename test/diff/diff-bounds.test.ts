// Bounded and honest: when a bound on the work is hit the result says so, with the reason;
// when none is, it does not.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diff } from '../../src/diff/diff.js'
import { parse } from '../../src/parse.js'

const fixture = (name: string) =>
  parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)))

/** A text of `n` short sentences made of the same few words. */
function repetitive(n: number, shift: number): string {
  const words = ['peace', 'security', 'development', 'cooperation', 'region']
  const sentences = Array.from(
    { length: n },
    (_, k) =>
      `The ${words[(k + shift) % 5]} and the ${words[(k * 3 + shift) % 5]} matter ${k % 7 === 0 ? 'greatly' : 'now'}.`,
  )
  return sentences.join(' ')
}

describe('bounds', () => {
  it('is not degraded on the fixtures with the default bounds', () => {
    const result = diff(fixture('initiative.txt'), fixture('news.txt'))
    expect(result.summary).toMatchObject({ degraded: false, reasons: [] })
  })

  it('says so when common shingles were left out and the stretches were too long to compare in full', () => {
    const a = parse(repetitive(120, 0))
    const b = parse(repetitive(120, 2))
    const result = diff(a, b, { maxShingleFrequency: 4, maxGapPairs: 50 })
    expect(result.summary.degraded).toBe(true)
    expect(result.summary.reasons.join(' ')).toMatch(
      /compared only near their diagonal|not compared with every candidate/,
    )
  })

  it('says so when a sentence pair differs by more word edits than allowed', () => {
    const a = parse(
      'The Council decides to remain actively seized of the matter of peace and security in the region.',
    )
    const b = parse(
      'The Council decided to stay fully seized of this matter of peace and security across the region.',
    )
    const result = diff(a, b, { maxEdits: 3 })
    expect(result.alignments.map((entry) => entry.kind)).toEqual(['modified'])
    expect(result.summary.degraded).toBe(true)
    expect(result.summary.reasons.join(' ')).toMatch(/word edits/)
  })

  it('still accounts for every sentence when bounds are hit', () => {
    const a = parse(repetitive(200, 0))
    const b = parse(repetitive(180, 1))
    const result = diff(a, b, { maxShingleFrequency: 2, maxCandidates: 1, maxGapPairs: 10 })
    expect(result.alignments.flatMap((entry) => entry.a)).toHaveLength(result.summary.sentences.a)
    expect(result.alignments.flatMap((entry) => entry.b)).toHaveLength(result.summary.sentences.b)
  })

  it('refuses what is not a document (a programmer error)', () => {
    expect(() => diff('a text' as never, fixture('news.txt'))).toThrow(TypeError)
  })
})
