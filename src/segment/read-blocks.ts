// The blocks stage of parse: the input read as Markdown or as plain text (detected unless
// the caller says), its candidate blocks, and each block's text normalised with the
// repairs applied and a map back to the source.
import type { Root } from 'mdast'
import { looksLikeMarkdown } from '../input/detect-format.js'
import type { MessageCollector } from '../input/messages.js'
import type { MappedText } from '../input/normalize.js'
import { normalizePieces } from '../input/normalize.js'
import type { Repair } from '../input/repair.js'
import { maxMarkdownNesting } from './bound-nesting.js'
import type { Candidate } from './candidate.js'
import { joinBrokenSentences } from './join-breaks.js'
import { type MarkdownRead, readMarkdown } from './markdown-blocks.js'
import { plainBlocks } from './plain-blocks.js'

export type InputFormat = 'text' | 'markdown'

export interface ReadBlocks {
  format: InputFormat
  /** What the Markdown reader found (front matter, skipped analysis sections), for Markdown input. */
  markdown: MarkdownRead | undefined
  candidates: Candidate[]
  /** The normalised text of each candidate, in the same order. */
  mapped: MappedText[]
}

/** Read a source's candidate blocks and their normalised text. */
export function readBlocks(
  source: string,
  requested: 'auto' | InputFormat | undefined,
  repairs: Repair[],
  messages: MessageCollector,
  /** A tree already parsed from the source (the unified plugin's), read instead of parsing. */
  tree?: Root,
): ReadBlocks {
  const format: InputFormat =
    requested && requested !== 'auto' ? requested : looksLikeMarkdown(source) ? 'markdown' : 'text'
  const markdown: MarkdownRead | undefined =
    format === 'markdown' ? readMarkdown(source, tree) : undefined
  const joined = markdown ? undefined : joinBrokenSentences(source, plainBlocks(source))
  const candidates: Candidate[] = markdown ? markdown.candidates : joined!.blocks
  for (const skipped of joined?.skipped ?? []) {
    messages.warn(
      'page-furniture-skipped',
      'a sentence runs on across a page break: the page furniture between its halves is left out of the text',
      skipped.start,
      skipped.end,
    )
  }
  for (const skipped of markdown?.skipped ?? []) {
    messages.info(
      'markdown-analysis-skipped',
      'analysis sections written by the Markdown exporter are not read as text',
      skipped.start,
      skipped.end,
    )
  }
  if (markdown?.unclosed) {
    messages.warn(
      'markdown-analysis-unclosed',
      'an analysis section is opened but never closed; the text after it is read as text',
      markdown.unclosed.start,
      markdown.unclosed.end,
    )
  }
  if (markdown?.deep) {
    messages.warn(
      'markdown-nesting-too-deep',
      `${markdown.deep.lines} line(s) nest block quotes or lists deeper than ${maxMarkdownNesting} levels; the deeper structure is read as text`,
      markdown.deep.start,
      markdown.deep.end,
    )
  }
  const mapped = candidates.map((candidate) => normalizePieces(candidate.pieces, repairs))
  return { format, markdown, candidates, mapped }
}
