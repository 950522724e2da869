import type { Block, Dateline, Metadata } from '../model/document.js'
import { fieldLabel, startsBody } from '../segment/front.js'
import { readDocumentDate } from './document-date.js'
import { readDocumentPlace } from './document-place.js'
import { readIssuer } from './issuer.js'
import { readKind } from './kind.js'
import { readMeeting } from './meeting.js'

export interface MetadataInput {
  source: string
  blocks: Block[]
  /** A news dateline found at the start of the body ("QINGDAO, June 10 (Xinhua) --"). */
  dateline: Dateline | null
  inputFormat: Metadata['inputFormat']
}

type Source = NonNullable<Metadata['sources']['date']>

function mention(source: string, span: { start: number; end: number }, rule?: string): Source {
  const found: Source = {
    start: span.start,
    end: span.end,
    text: source.slice(span.start, span.end),
  }
  if (rule) found.rule = rule
  return found
}

/** The blocks before the body: up to the first paragraph or item that reads as prose. */
function frontOf(blocks: Block[]): Block[] {
  const start = blocks.findIndex(
    (block) => (block.type === 'paragraph' || block.type === 'listItem') && startsBody(block.text),
  )
  return start === -1 ? blocks : blocks.slice(0, start)
}

/** The title without a field label ("[Title] ...", "Subject: ..."), and its span in the source. */
function readTitle(source: string, block: Block): { text: string; source: Source } {
  const label = fieldLabel.exec(block.text)
  if (!label) return { text: block.text, source: mention(source, block, 'title') }
  const raw = source.slice(block.start, block.end)
  const rawLabel = fieldLabel.exec(raw)
  const start = block.start + (rawLabel ? rawLabel[0].length : 0)
  return {
    text: block.text.slice(label[0].length),
    source: mention(source, { start, end: block.end }, 'title'),
  }
}

/**
 * Title, date, place, issuer and kind, each with the line it was read from and the
 * rule that chose it (`metadata.sources`). The title is the front line the segmenter
 * chose (a level-1 heading); the kind comes first, since it orders the rules for the
 * date and the place (a news report is dated by its publication line, an official text
 * by its own date).
 */
export function readMetadata({ source, blocks, dateline, inputFormat }: MetadataInput): Metadata {
  const sources: Metadata['sources'] = {}
  const front = frontOf(blocks)
  const titleBlock =
    front.find((block) => block.type === 'heading' && block.depth === 1) ??
    front.find((block) => block.type === 'heading')
  const title = titleBlock ? readTitle(source, titleBlock) : undefined
  if (title) sources.title = title.source

  const kind = readKind(blocks, front, titleBlock, dateline)
  if (kind.block) sources.kind = mention(source, kind.block, kind.rule)
  const meeting = readMeeting(blocks)
  const dated = readDocumentDate({ blocks, front, dateline, meeting, kind: kind.kind })
  if (dated) sources.date = mention(source, dated.block, dated.rule)
  const place = readDocumentPlace({
    blocks,
    front,
    title: titleBlock,
    dateline,
    meeting,
    kind: kind.kind,
  })
  if (place) sources.place = mention(source, place.block, place.rule)

  const issuer = readIssuer(blocks, title?.text ?? null, dateline)
  if (issuer) sources.issuer = mention(source, issuer.block)

  return {
    title: title?.text ?? null,
    date: dated?.value ?? null,
    place: place?.name ?? null,
    issuer: issuer?.name ?? null,
    kind: kind.kind,
    dateline,
    inputFormat,
    length: source.length,
    sources,
  }
}
