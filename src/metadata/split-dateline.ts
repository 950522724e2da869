// The dateline stage of parse: a news dateline ("QINGDAO, June 10 (Xinhua) -- ...") at the
// start of one of the first three paragraphs is cut off into a block of its own, and read
// for its place, agency and date. A dateline without a year takes it from the publication
// line's date; with neither, its date is unknown and a warning says so.
import type { MessageCollector } from '../input/messages.js'
import { sliceMapped } from '../input/text-map.js'
import type { Dateline } from '../model/document.js'
import type { BlockPiece } from '../segment/build-blocks.js'
import type { Classified } from '../segment/classify.js'
import { findDateline } from './dateline.js'
import { datelineYear } from './dateline-year.js'
import { readDate, referenceOf } from './read-date.js'

export interface SplitDateline {
  /** The blocks to build, in order: every classified block with text, the dateline's cut in two. */
  pieces: BlockPiece[]
  dateline: Dateline | null
}

/** Find the dateline of the first body paragraphs and cut it off its paragraph. */
export function splitDateline(
  classified: Classified[],
  source: string,
  messages: MessageCollector,
): SplitDateline {
  const split = findSplit(classified)
  const pieces: BlockPiece[] = []
  let dateline: Dateline | null = null
  classified.forEach((block, index) => {
    if (block.mapped.text.length === 0) return
    if (split && index === split.index) {
      const head: Classified = { ...block, type: 'dateline', textStart: 0 }
      pieces.push({ block: head, from: 0, to: split.found.text.length })
      pieces.push({
        block: { ...block, textStart: 0 },
        from: split.length,
        to: block.mapped.text.length,
      })
      const node = sliceMapped(block.mapped, 0, split.found.text.length)
      dateline = {
        start: node.start,
        end: node.end,
        text: source.slice(node.start, node.end),
        place: split.found.place,
        date: null,
        agency: split.found.agency,
      }
      return
    }
    pieces.push({ block, from: 0, to: block.mapped.text.length })
  })

  if (dateline && split?.found.dateText) {
    const reference =
      referenceOf(
        pieces
          .filter(({ block }) => block.type === 'boilerplate' && block.reason === 'publication')
          .map(({ block }) => readDate(block.mapped.text)?.value)
          .find((value) => value && value.length === 10),
      ) ??
      datelineYear(
        pieces
          .filter(({ block }) => block.type === 'paragraph' || block.type === 'listItem')
          .map(({ block, from, to }) => block.mapped.text.slice(from, to)),
      )
    const found = readDate(split.found.dateText, reference)
    ;(dateline as Dateline).date = found?.value ?? null
    if (!found?.value) {
      messages.warn(
        'dateline-year-unknown',
        'the dateline gives no year and the text gives no other date',
        (dateline as Dateline).start,
        (dateline as Dateline).end,
      )
    }
  }
  return { pieces, dateline }
}

function findSplit(
  blocks: Classified[],
):
  | { index: number; length: number; found: NonNullable<ReturnType<typeof findDateline>> }
  | undefined {
  let seen = 0
  for (let index = 0; index < blocks.length && seen < 3; index++) {
    const block = blocks[index]!
    if (block.type !== 'paragraph') continue
    seen++
    const found = findDateline(block.mapped.text)
    if (found) return { index, length: found.length, found }
  }
  return undefined
}
