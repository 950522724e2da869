import type { Collation } from '../model/collation.js'
import { collationToMdast } from './collation-to-mdast.js'
import { stringifyMarkdown } from './stringify-markdown.js'

/** A collation as Markdown (GFM): a table per paragraph of the base, a column per version. */
export function collationToMarkdown(collation: Collation): string {
  return stringifyMarkdown(collationToMdast(collation))
}
