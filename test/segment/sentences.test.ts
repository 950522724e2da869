import { describe, expect, it } from 'vitest'
import { maxSentenceLength, splitSentences } from '../../src/segment/sentences.js'

const sentences = (text: string) => splitSentences(text).ranges.map(([a, b]) => text.slice(a, b))

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'The Forum met. It agreed.', ['The Forum met.', 'It agreed.']],
    [
      'titles before names',
      'Mr. Li met Dr. Ortega and Prof. Sato.',
      ['Mr. Li met Dr. Ortega and Prof. Sato.'],
    ],
    [
      'a month abbreviation before a day',
      'BEIJING, Oct. 16 talks ended. Both sides spoke.',
      ['BEIJING, Oct. 16 talks ended.', 'Both sides spoke.'],
    ],
    [
      'dotted abbreviations inside a sentence',
      'The U.S. Government and the U.N. Secretariat agreed.',
      ['The U.S. Government and the U.N. Secretariat agreed.'],
    ],
    [
      'a dotted abbreviation ending a sentence',
      'He visited the U.S. The talks went well.',
      ['He visited the U.S.', 'The talks went well.'],
    ],
    [
      'numbered references',
      'See resolution No. 5 and Art. 12 of the Charter. Then vote.',
      ['See resolution No. 5 and Art. 12 of the Charter.', 'Then vote.'],
    ],
    [
      'initials',
      'It was signed by J. K. Mensah in Accra. Ghana welcomed it.',
      ['It was signed by J. K. Mensah in Accra.', 'Ghana welcomed it.'],
    ],
    [
      'a year ending a sentence',
      'It was founded in 2001. 18 countries joined.',
      ['It was founded in 2001.', '18 countries joined.'],
    ],
    [
      'closing quotes after the period',
      'He said: "We agree." The talks ended.',
      ['He said: "We agree."', 'The talks ended.'],
    ],
    [
      'question and exclamation marks',
      'Why wait? Act now! We must.',
      ['Why wait?', 'Act now!', 'We must.'],
    ],
    [
      'a lower-case continuation after e.g.',
      'Areas, e.g. trade and health, matter.',
      ['Areas, e.g. trade and health, matter.'],
    ],
    [
      'etc. before a new sentence',
      'Trade, health, etc. The Forum agreed.',
      ['Trade, health, etc.', 'The Forum agreed.'],
    ],
    [
      'lettered items after a colon',
      'The Council decided to: (a) extend the mission; (b) review it.',
      ['The Council decided to: (a) extend the mission; (b) review it.'],
    ],
  ])('handles %s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  it('starts after the given offset (a paragraph marker) and trims spaces', () => {
    const text = '1. The leaders met. They agreed.'
    const { ranges } = splitSentences(text, 3)
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['The leaders met.', 'They agreed.'])
  })

  it('cuts a sentence longer than the limit at clause boundaries and reports it', () => {
    const clause = 'and the parties shall continue to cooperate in trade, '
    const text = clause.repeat(Math.ceil((maxSentenceLength * 2.5) / clause.length)).trim()
    const { ranges, cut } = splitSentences(text)
    expect(cut).toEqual([[0, text.length]])
    expect(ranges.length).toBeGreaterThanOrEqual(3)
    for (const [a, b] of ranges) expect(b - a).toBeLessThanOrEqual(maxSentenceLength)
    expect(ranges.map(([a, b]) => text.slice(a, b)).join(' ')).toBe(text)
  })

  it('cuts a long sentence with no clause marks at a space, and no piece ends with a space', () => {
    const text = 'word '.repeat(maxSentenceLength).trim()
    const { ranges } = splitSentences(text)
    expect(ranges.length).toBeGreaterThan(1)
    for (const [a, b] of ranges) expect(text.slice(a, b)).toMatch(/^\S(?:.*\S)?$/)
  })

  it.each([
    ['256 KB of exclamation marks', `A${'!'.repeat(256 * 1024)}`],
    ['50,000 dots after an abbreviation', `PART V.${'.'.repeat(50_000)} x`],
  ])('reads %s in linear time', (_, text) => {
    const { ranges } = splitSentences(text)
    expect(ranges.length).toBeGreaterThan(0)
    expect(ranges.at(-1)![1]).toBe(text.length)
  })
})
