import type { Block, Dateline, Metadata } from '../model/document.js'
import type { Mention } from '../model/position.js'
import { type DateReference, readDate, referenceOf } from './read-date.js'

export interface MetadataInput {
  source: string
  blocks: Block[]
  dateline: Dateline | null
  inputFormat: Metadata['inputFormat']
}

const signatureLead = /^(?:done|signed|adopted|issued|made|approved)\b(?: (?:at|in|on))?\s*/i

function mention(source: string, start: number, end: number): Mention {
  return { start, end, text: source.slice(start, end) }
}

function firstDate(
  blocks: Block[],
  reference?: DateReference,
): { block: Block; value: string } | undefined {
  for (const block of blocks) {
    const found = readDate(block.text, reference)
    if (found?.value) return { block, value: found.value }
  }
  return undefined
}

/** A signature line's place: what is left of a date line once the date and lead words are gone. */
function signaturePlace(text: string): string | null {
  const found = readDate(text)
  if (!found) return null
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.text.length))
    .replace(signatureLead, '')
    .replace(/\b(?:on|this|the|day of)\b/gi, ' ')
    .replace(/[,.;:()\s]+/g, ' ')
    .trim()
  if (!rest || rest.split(' ').length > 4 || !/^\p{Lu}/u.test(rest)) return null
  return rest
}

/**
 * Title, date, place, issuer and kind, read from the roles the blocks were
 * given: the first heading is the title; a news text (one with a dateline)
 * takes its date from the dateline, a declaration from its signature, either
 * falling back to a publication line.
 */
export function readMetadata({ source, blocks, dateline, inputFormat }: MetadataInput): Metadata {
  const sources: Metadata['sources'] = {}
  const firstBody = blocks.findIndex(
    (block) => block.type === 'paragraph' || block.type === 'listItem',
  )
  const beforeBody = firstBody === -1 ? blocks : blocks.slice(0, firstBody)
  const titleBlock =
    beforeBody.find((block) => block.type === 'heading' && block.depth === 1) ??
    beforeBody.find((block) => block.type === 'heading')
  if (titleBlock) sources.title = mention(source, titleBlock.start, titleBlock.end)

  const publication = firstDate(
    blocks.filter((block) => block.type === 'boilerplate' && block.reason === 'publication'),
  )
  const signature = blocks.filter((block) => block.type === 'signature')
  const signatureDate = firstDate(signature)
  const reference = referenceOf(publication?.value ?? signatureDate?.value)
  const kind: Metadata['kind'] = dateline ? 'news' : 'declaration'

  let date: string | null = null
  let dateSource: Mention | undefined
  const candidates =
    kind === 'news'
      ? [
          dateline?.date ? { value: dateline.date, span: dateline } : undefined,
          publication,
          signatureDate,
        ]
      : [
          signatureDate,
          publication,
          dateline?.date ? { value: dateline.date, span: dateline } : undefined,
        ]
  for (const candidate of candidates) {
    if (!candidate?.value) continue
    date = candidate.value
    const span = 'block' in candidate ? candidate.block : candidate.span
    dateSource = mention(source, span.start, span.end)
    break
  }
  if (!date && beforeBody.length > 0) {
    const top = firstDate(
      beforeBody.filter((block) => block.type !== 'boilerplate'),
      reference,
    )
    if (top) {
      date = top.value
      dateSource = mention(source, top.block.start, top.block.end)
    }
  }
  if (dateSource) sources.date = dateSource

  let place: string | null = dateline?.place ?? null
  if (place && dateline) sources.place = mention(source, dateline.start, dateline.end)
  for (const block of signature) {
    if (place) break
    const found = signaturePlace(block.text)
    if (found) {
      place = found
      sources.place = mention(source, block.start, block.end)
    }
  }

  const issuerBlock = signature.find(
    (block) => !readDate(block.text) && !signatureLead.test(block.text),
  )
  if (issuerBlock) sources.issuer = mention(source, issuerBlock.start, issuerBlock.end)

  return {
    title: titleBlock?.text ?? null,
    date,
    place,
    issuer: issuerBlock?.text ?? null,
    kind,
    dateline,
    inputFormat,
    length: source.length,
    sources,
  }
}
