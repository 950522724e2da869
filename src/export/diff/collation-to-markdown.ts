import type { Collation } from '../../model/collation.js'
import { stringifyMarkdown } from '../markdown/stringify-markdown.js'
import { collationToMdast } from './collation-to-mdast.js'

/** A collation as Markdown (GFM): a table per paragraph of the base, a column per version. */
export function collationToMarkdown(collation: Collation): string {
  return stringifyMarkdown(collationToMdast(collation))
}
