import type { DocumentDiff } from '../../model/diff.js'
import { stringifyMarkdown } from '../markdown/stringify-markdown.js'
import { type DiffMarkdownOptions, diffToMdast } from './diff-to-mdast.js'

/**
 * A diff as a Markdown redline (GFM), through `diffToMdast` and remark-stringify. Text
 * from either version is always written as text.
 */
export function diffToMarkdown(d: DocumentDiff, options: DiffMarkdownOptions = {}): string {
  return stringifyMarkdown(diffToMdast(d, options))
}
