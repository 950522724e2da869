import type { Root, RootContent } from 'mdast'
import type { DocumentDiff } from '../../model/diff.js'
import { heading, section } from '../markdown/mdast-nodes.js'
import { changesTable } from './diff-changes-table.js'
import { diffEntities } from './diff-entities.js'
import { onlyIn } from './diff-only-in.js'
import { diffPairs } from './diff-pairs.js'
import { diffSummary } from './diff-summary.js'
import { VersionLocator } from './locate-diff.js'

/** Which parts of a diff `diffToMdast` and `diffToMarkdown` write; each is on unless `false`. */
export interface DiffMarkdownOptions {
  /** The two versions side by side and the counts. */
  summary?: boolean
  /** The aligned sentences with their redlines. */
  pairs?: boolean
  /** Unchanged sentences in full among the pairs (default `false`: a count in their place). */
  unchanged?: boolean
  /** The sentences only in A and only in B. */
  onlyIn?: boolean
  /** The table of substantive changes and conflicts. */
  changes?: boolean
  /** The entities of both versions matched. */
  entities?: boolean
}

/**
 * A diff as an mdast tree: a readable redline. The summary; every aligned pair with
 * deleted words ~~struck through~~ and inserted words in **bold** (substantive) or
 * _italics_ (editorial), moved, split and merged pairs labelled; the sentences only in
 * A and only in B; a table of substantive changes with both sides; the entities. Places
 * are line:column in each version's original input.
 */
export function diffToMdast(d: DocumentDiff, options: DiffMarkdownOptions = {}): Root {
  const on = (key: keyof DiffMarkdownOptions) => options[key] !== false
  const locators = { a: new VersionLocator(d.a.metadata), b: new VersionLocator(d.b.metadata) }
  const children: RootContent[] = [heading(1, 'Comparison of A and B')]
  if (on('summary')) children.push(...diffSummary(d))
  if (on('pairs')) {
    children.push(
      ...section(
        'Aligned sentences',
        diffPairs(d, locators, { unchanged: options.unchanged === true }),
      ),
    )
  }
  if (on('onlyIn')) children.push(...onlyIn(d, 'a', locators.a), ...onlyIn(d, 'b', locators.b))
  if (on('changes')) children.push(...changesTable(d, locators))
  if (on('entities')) children.push(...diffEntities(d))
  return { type: 'root', children }
}
