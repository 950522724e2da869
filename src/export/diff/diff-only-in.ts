import type { RootContent } from 'mdast'
import type { DocumentDiff } from '../../model/diff.js'
import {
  emphasis,
  list,
  listItem,
  paragraph,
  section,
  strong,
  text,
} from '../markdown/mdast-nodes.js'
import type { VersionLocator } from './locate-diff.js'

/** How a unit other than a body sentence is labelled. */
const unitLabels = {
  body: 'Text:',
  heading: 'Heading:',
  closing: 'Closing line:',
  boilerplate: 'Page furniture:',
} as const

/**
 * The sentences only one version has, in its order, each with its place; those the
 * diff classed substantive (a proposal, a date, a name that is nowhere else) marked.
 */
export function onlyIn(d: DocumentDiff, side: 'a' | 'b', locator: VersionLocator): RootContent[] {
  const kind = side === 'a' ? 'deleted' : 'inserted'
  const items = d.alignments
    .filter((alignment) => alignment.kind === kind)
    .flatMap((alignment) =>
      alignment[side].map((span) =>
        listItem(
          paragraph(
            ...(alignment.class === 'substantive' ? [strong('Substantive:'), text(' ')] : []),
            ...(alignment.unit ? [emphasis(unitLabels[alignment.unit]), text(' ')] : []),
            text(`${span.text} (${locator.label(span.start)})`),
          ),
        ),
      ),
    )
  if (items.length === 0) return []
  return section(side === 'a' ? 'Only in A' : 'Only in B', [list(items)])
}
