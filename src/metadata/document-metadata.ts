// The metadata stage of parse: title, date, place, issuer and kind read from the blocks
// and the dateline, then the values of a Markdown front matter over them, and the line
// starts of the source.
import type { LineIndex } from '../input/line-index.js'
import type { MessageCollector } from '../input/messages.js'
import type { Block, Dateline, Metadata } from '../model/document.js'
import type { FrontMatterSource } from '../segment/markdown-blocks.js'
import { applyFrontMatter, readFrontMatter } from './front-matter.js'
import { readMetadata } from './metadata.js'

export interface DocumentMetadataInput {
  source: string
  blocks: Block[]
  dateline: Dateline | null
  inputFormat: Metadata['inputFormat']
  frontMatter: FrontMatterSource | undefined
  lines: LineIndex
  messages: MessageCollector
}

/** A document's metadata, front matter values first where given. */
export function documentMetadata(input: DocumentMetadataInput): Metadata {
  const { source, blocks, dateline, inputFormat, frontMatter, lines, messages } = input
  const metadata = readMetadata({ source, blocks, dateline, inputFormat })
  if (frontMatter) {
    applyFrontMatter(metadata, readFrontMatter(frontMatter, messages), source)
  }
  metadata.lineStarts = lines.lineStarts()
  return metadata
}
