import { describe, expect, it } from 'vitest'
import { readClauseTense } from '../../../src/extract/dates/read-clause-tense.js'

/** The tense around the first occurrence of `mention` in `sentence`. */
function tenseAround(sentence: string, mention: string) {
  const from = sentence.indexOf(mention)
  return readClauseTense(sentence, from, from + mention.length)
}

describe('the tense of the clause around a date', () => {
  it.each([
    ['Leaders agreed on Thursday to deepen cooperation.', 'Thursday', 'past'],
    [
      'Speaking at the opening session on Wednesday, the Secretary-General said',
      'Wednesday',
      'past',
    ],
    ['The forum was held in Wuhan on Thursday.', 'Thursday', 'past'],
    ['The ministers have met on Monday.', 'Monday', 'past'],
    ['The ministers will meet on Monday.', 'Monday', 'future'],
    ['The summit is to be held on Friday.', 'Friday', 'future'],
    ['The leaders are expected to sign the accord on Tuesday.', 'Tuesday', 'future'],
    ["We'll meet on Monday.", 'Monday', 'future'],
    ['He said the talks would resume on Friday.', 'Friday', 'future'],
    ['Food rations could be cut from March.', 'March', 'future'],
    ['The talks could have ended on Friday.', 'Friday', 'past'],
    ['The summit is held on Friday.', 'Friday', 'present'],
    ['The Council meets on Monday.', 'Monday', null],
    ['The most debated issues on Monday', 'Monday', null],
  ])('%s -> %s: %s', (sentence, mention, tense) => {
    expect(tenseAround(sentence, mention)).toBe(tense)
  })

  it('reads each date by the verb nearest to it', () => {
    const sentence = 'The minister said on Monday that the leaders will meet on Friday.'
    expect(tenseAround(sentence, 'Monday')).toBe('past')
    expect(tenseAround(sentence, 'Friday')).toBe('future')
  })

  it('reads a verb past a comma or "and" only when none stands before the date', () => {
    const sentence =
      'Putin held talks with Xi on Tuesday evening and will meet Modi on Wednesday, the Kremlin said.'
    expect(tenseAround(sentence, 'Tuesday')).toBe('past')
    expect(tenseAround(sentence, 'Wednesday')).toBe('future')
    expect(tenseAround('On Monday, the leaders will meet in Kazan.', 'Monday')).toBe('future')
  })

  it('stops at the clause boundary', () => {
    expect(tenseAround('The talks ended; on Friday the leaders sign', 'Friday')).toBe(null)
  })
})
