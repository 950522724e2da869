import type { Block } from '../model/document.js'
import { type DateReference, readDate } from './read-date.js'

/** How many body sentences are read for the year of a dateline without one. */
const sentencesRead = 40

/**
 * The year of a dateline that gives none ("MOSCOW, December 20"), from the text: the
 * latest year of its own days and months ("held in Ankara on 16 March 2023"); else,
 * when the text speaks of "next year" and names only later years, the year before the
 * latest ("in early 2024" ... "early next year": 2023).
 */
export function datelineYear(blocks: Block[]): DateReference | undefined {
  const sentences = blocks
    .filter((block) => block.type === 'paragraph' || block.type === 'listItem')
    .flatMap((block) => block.sentences)
    .slice(0, sentencesRead)
  const precise: number[] = []
  const bare: number[] = []
  for (const sentence of sentences) {
    for (const year of sentence.text.matchAll(/(?<![\d/.-])(?:19|20)\d{2}(?![\d/.-])/g))
      bare.push(Number(year[0]))
    let text = sentence.text
    for (let found = readDate(text); found; found = readDate(text)) {
      const value = found.value ?? ''
      if (/^\d{4}-\d{2}/.test(value)) precise.push(Number(value.slice(0, 4)))
      text = text.slice(found.index + found.text.length)
    }
  }
  const mentions = (word: RegExp) => sentences.some((sentence) => word.test(sentence.text))
  let year: number | undefined
  if (precise.length > 0) year = Math.max(...precise)
  else if (bare.length > 0 && mentions(/\bnext year\b/i)) year = Math.max(...bare) - 1
  // Mid-year: a yearless day is read in that year, whichever half it falls in.
  return year === undefined ? undefined : { year, month: 6, day: 30 }
}
