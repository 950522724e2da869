import type { CommuniqueDocument } from '../../model/document.js'
import { stringifyMarkdown } from '../markdown/stringify-markdown.js'
import { type MarkdownOptions, toMdast } from './to-mdast.js'

/**
 * A document as Markdown (GFM with YAML front matter), through `toMdast` and
 * remark-stringify. Text from the source is always written as text: any
 * character Markdown would read as syntax is escaped.
 */
export function toMarkdown(document: CommuniqueDocument, options: MarkdownOptions = {}): string {
  return stringifyMarkdown(toMdast(document, options))
}
