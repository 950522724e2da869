import type { Block, Dateline, DocumentKind } from '../model/document.js'
import { isWireLine } from './document-date.js'
import type { MeetingFound } from './meeting.js'
import { firstPlace, placeNamed, titlePlace } from './places.js'
import { readDate } from './read-date.js'

// The place of a text: where it was signed or adopted, its place/date line, the place
// beside a date in its title lines ("(Hamburg, 9 December 2016)"), the city its title
// is named after ("Vilnius Summit Communiqué"), where its first sentences say the meeting
// was held; for a news report, its dateline first.

export interface PlaceFound {
  name: string
  rule: string
  block: { start: number; end: number }
}

const signingLead = /^(?:(?:done|signed|adopted|issued|made|approved)\s+(?:at|in)|place\s*:)\s*/i

/** The place in the segments of a line that also carries a date ("Johannesburg" in "6 December 2020 Johannesburg, SOUTH AFRICA"). */
function placeBesideDate(text: string): string | undefined {
  const date = readDate(text)
  if (!date) return undefined
  const separator = /\s*[,;()[\]|•–—]\s*|\s+-\s+/g
  const segments: Array<{ text: string; start: number }> = []
  let start = 0
  for (const match of text.matchAll(separator)) {
    segments.push({ text: text.slice(start, match.index), start })
    start = (match.index ?? 0) + match[0].length
  }
  segments.push({ text: text.slice(start), start })
  // The segment that holds the date, then the one before it, then the one after it.
  const at = segments.findLastIndex((segment) => segment.start <= date.index)
  for (const index of [at, at - 1, at + 1]) {
    const segment = segments[index]
    if (!segment) continue
    const found = firstPlace(segment.text.replace(/\d[\d\s./-]*/g, ' ').trim())
    if (found) return found.name
  }
  return undefined
}

function first(
  blocks: Block[],
  rule: string,
  read: (text: string) => string | undefined,
): PlaceFound | undefined {
  for (const block of blocks) {
    const name = read(block.text)
    if (name) return { name, rule, block }
  }
  return undefined
}

export interface PlaceInput {
  blocks: Block[]
  front: Block[]
  title: Block | undefined
  dateline: Dateline | null
  meeting: MeetingFound
  kind: DocumentKind
}

/** The document's place and the rule that chose it. */
export function readDocumentPlace({
  blocks,
  front,
  title,
  dateline,
  meeting,
  kind,
}: PlaceInput): PlaceFound | undefined {
  const wire = () => {
    const name = dateline?.place ? (placeNamed(dateline.place)?.name ?? dateline.place) : undefined
    return name ? { name, rule: 'dateline', block: dateline! } : undefined
  }
  const signature = () =>
    first(
      [
        ...blocks.filter((block) => block.type === 'signature'),
        ...blocks.slice(0, 15).filter((block) => block.type !== 'boilerplate'),
      ],
      'signature',
      (text) => {
        const lead = signingLead.exec(text)
        return lead ? firstPlace(text.slice(lead[0].length))?.name : undefined
      },
    )
  const placeDate = () =>
    first(
      blocks.filter((block) => block.type === 'dateline' && !isWireLine(block.text)),
      'place-date',
      (text) => firstPlace(text)?.name,
    )
  const besideDate = () =>
    first(
      front.filter((block) => block.type !== 'boilerplate' && !isWireLine(block.text)),
      'title',
      placeBesideDate,
    )
  const named = () =>
    first(
      [...(title ? [title] : []), ...front.filter((block) => block.type === 'heading')],
      'title-name',
      titlePlace,
    )
  const letterhead = () =>
    first(
      front.filter((block) => /[•|]/.test(block.text) && block.text.length <= 200),
      'letterhead',
      (text) =>
        text
          .split(/\s*[•|]\s*/)
          .map((part) => placeNamed(part))
          .find((found) => found?.city)?.name,
    )
  const held = () =>
    meeting.place ? { name: meeting.place.name, rule: 'meeting', block: meeting.place } : undefined
  const wireLine = () =>
    first(
      blocks.filter((block) => block.type === 'dateline' && isWireLine(block.text)),
      'dateline',
      (text) => firstPlace(text)?.name,
    )
  const order =
    kind === 'news' || kind === 'press-release'
      ? [wire, wireLine, placeDate, signature, besideDate, letterhead, held, named]
      : [signature, placeDate, besideDate, named, letterhead, held, wire, wireLine]
  for (const rule of order) {
    const found = rule()
    if (found) return found
  }
  return undefined
}
