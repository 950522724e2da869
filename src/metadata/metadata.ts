import type { Block, Dateline, Metadata } from '../model/document.js'
import type { Mention } from '../model/position.js'
import { titleCasePlace } from './dateline.js'
import { readIssuer } from './issuer.js'
import { readDate } from './read-date.js'

export interface MetadataInput {
  source: string
  blocks: Block[]
  /** A news dateline found at the start of the body ("QINGDAO, June 10 (Xinhua) --"). */
  dateline: Dateline | null
  inputFormat: Metadata['inputFormat']
}

const lead =
  /^(?:done|signed|adopted|issued|made|approved)\b(?: (?:at|in|on))?\s*|^(?:place|date)\s*:\s*/i

function mention(source: string, block: { start: number; end: number }): Mention {
  return { start: block.start, end: block.end, text: source.slice(block.start, block.end) }
}

/** A place/date line's place: the first capitalised segment once the date and lead words are gone. */
export function placeOf(text: string): string | null {
  const found = readDate(text)
  if (!found && !/^\s*(?:place\s*:|done|signed|adopted)/i.test(text)) return null
  const rest = found
    ? text.slice(0, found.index) + text.slice(found.index + found.text.length)
    : text
  const segment = rest
    .replace(/^\s*(?:place|date)\s*:\s*/i, '')
    .replace(lead, '')
    .split(/\s*[,;|(]\s*|\s+(?:on|this)\s+/)
    .map((part) =>
      part
        .replace(/^(?:at|in)\s+/i, '')
        .replace(/[.:\s]+$/, '')
        .trim(),
    )
    .find((part) => /^\p{Lu}/u.test(part) && part.split(' ').length <= 4)
  return segment ? titleCasePlace(segment) : null
}

interface DatedSource {
  value: string
  block: { start: number; end: number }
}

function datedBlock(blocks: Block[]): DatedSource | undefined {
  for (const block of blocks) {
    const found = readDate(block.text)
    const value = found?.endValue ?? found?.value
    if (value) return { value, block }
  }
  return undefined
}

/**
 * Title, date, place, issuer and kind, read from the roles the blocks were
 * given. A news text (one whose body opens with a dateline) takes its date from
 * the dateline; a declaration from its signature, then from a place/date line
 * under the title; either falls back to a publication line.
 */
export function readMetadata({ source, blocks, dateline, inputFormat }: MetadataInput): Metadata {
  const sources: Metadata['sources'] = {}
  const firstBody = blocks.findIndex(
    (block) => block.type === 'paragraph' || block.type === 'listItem',
  )
  const front = firstBody === -1 ? blocks : blocks.slice(0, firstBody)
  const titleBlock =
    front.find((block) => block.type === 'heading' && block.depth === 1) ??
    front.find((block) => block.type === 'heading')
  if (titleBlock) sources.title = mention(source, titleBlock)

  const kind: Metadata['kind'] = dateline ? 'news' : 'declaration'
  const publication = datedBlock(
    blocks.filter((block) => block.type === 'boilerplate' && block.reason === 'publication'),
  )
  const signature = blocks.filter((block) => block.type === 'signature')
  const frontLines = blocks.filter(
    (block) => block.type === 'dateline' && block.start !== dateline?.start,
  )
  const signed = datedBlock(signature)
  const topLine = datedBlock(frontLines)
  const wire = dateline?.date ? { value: dateline.date, block: dateline } : undefined
  // The guidelines: a publication line gives the document's date; a declaration's own date is its signature.
  const order =
    kind === 'news' ? [publication, wire, topLine, signed] : [signed, topLine, publication, wire]
  const dated = order.find((candidate) => candidate !== undefined)
  if (dated) sources.date = mention(source, dated.block)

  let place: string | null = null
  for (const block of [...(dateline ? [dateline] : []), ...frontLines, ...signature]) {
    const found = block === dateline ? dateline.place : placeOf(block.text)
    if (found) {
      place = found
      sources.place = mention(source, block)
      break
    }
  }

  const issuer = readIssuer(blocks, titleBlock?.text ?? null, dateline)
  if (issuer) sources.issuer = mention(source, issuer.block)

  return {
    title: titleBlock?.text ?? null,
    date: dated?.value ?? null,
    place,
    issuer: issuer?.name ?? null,
    kind,
    dateline,
    inputFormat,
    length: source.length,
    sources,
  }
}
