import type { Block, Dateline, DocumentKind } from '../model/document.js'
import type { MeetingFound } from './meeting.js'
import { readDate } from './read-date.js'

// The date a reader gives a text: a news report's or a press release's publication
// date; an official text's own date (its signature, its place/date line, the date in
// its title lines, the meeting its first sentences report), the page's date last.

export interface DateFound {
  value: string
  rule: string
  block: { start: number; end: number }
}

const signingLead = /^(?:done|signed|adopted|issued|made|approved)\b/i

function dated(blocks: Block[], rule: string): DateFound | undefined {
  for (const block of blocks) {
    const found = readDate(block.text)
    const value = found?.endValue ?? found?.value
    if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { value, rule, block }
  }
  return undefined
}

/** A dateline block written as a wire dateline: a place in capitals ("BAKU, Azerbaijan, June 16"). */
export function isWireLine(text: string): boolean {
  return /^\p{Lu}{3}[\p{Lu}'’ -]*,/u.test(text)
}

export interface DateInput {
  blocks: Block[]
  /** The blocks before the body (title, datelines, headings). */
  front: Block[]
  dateline: Dateline | null
  meeting: MeetingFound
  kind: DocumentKind
}

/** The document's date and the rule that chose it. */
export function readDocumentDate({
  blocks,
  front,
  dateline,
  meeting,
  kind,
}: DateInput): DateFound | undefined {
  const publication = () =>
    dated(
      blocks.filter((block) => block.type === 'boilerplate' && block.reason === 'publication'),
      'publication',
    )
  const wire = () =>
    dateline?.date && /^\d{4}-\d{2}-\d{2}$/.test(dateline.date)
      ? { value: dateline.date, rule: 'dateline', block: dateline }
      : undefined
  const placeDate = () =>
    dated(
      blocks.filter((block) => block.type === 'dateline' && !isWireLine(block.text)),
      'place-date',
    )
  const signature = () =>
    dated(
      [
        ...blocks.filter((block) => block.type === 'signature'),
        ...blocks
          .slice(0, 15)
          .filter((block) => block.type !== 'boilerplate' && signingLead.test(block.text)),
      ],
      'signature',
    )
  const title = () =>
    dated(
      front.filter(
        (block) =>
          (block.type === 'heading' || block.type === 'paragraph') && !isWireLine(block.text),
      ),
      'title',
    )
  const wireLine = () =>
    dated(
      blocks.filter((block) => block.type === 'dateline' && isWireLine(block.text)),
      'dateline',
    )
  const held = () =>
    meeting.date ? { value: meeting.date.value, rule: 'meeting', block: meeting.date } : undefined
  const order =
    kind === 'news' || kind === 'press-release'
      ? [publication, wire, wireLine, placeDate, title, signature, held]
      : [signature, placeDate, title, held, wire, wireLine, publication]
  for (const rule of order) {
    const found = rule()
    if (found) return found
  }
  return undefined
}
