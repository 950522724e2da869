import { type DateReference, readDate } from './read-date.js'

/** How many body blocks are read for the year of a dateline without one. */
const blocksRead = 20

/**
 * The year of a dateline that gives none ("MOSCOW, December 20"), from the text of the
 * body blocks: the latest year of its own days and months ("held in Ankara on 16 March
 * 2023"); else, when the text speaks of "next year" and names years, the year before the
 * latest ("in early 2024" ... "early next year": 2023).
 */
export function datelineYear(texts: string[]): DateReference | undefined {
  const precise: number[] = []
  const bare: number[] = []
  const read = texts.slice(0, blocksRead)
  for (const block of read) {
    for (const year of block.matchAll(/(?<![\d/.-])(?:19|20)\d{2}(?![\d/.-])/g))
      bare.push(Number(year[0]))
    let text = block
    for (let found = readDate(text); found; found = readDate(text)) {
      if (/^\d{4}-\d{2}/.test(found.value ?? '')) precise.push(Number(found.value!.slice(0, 4)))
      text = text.slice(found.index + found.text.length)
    }
  }
  let year: number | undefined
  if (precise.length > 0) year = Math.max(...precise)
  else if (bare.length > 0 && read.some((text) => /\bnext year\b/i.test(text)))
    year = Math.max(...bare) - 1
  // Mid-year: a yearless day is read in that year, whichever half it falls in.
  return year === undefined ? undefined : { year, month: 6, day: 30 }
}
