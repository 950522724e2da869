import type { RootContent } from 'mdast'
import type { Alignment, DocumentDiff } from '../../model/diff.js'
import { emphasis, paragraph, strong, text } from '../markdown/mdast-nodes.js'
import { diffKindLabel } from './diff-labels.js'
import { pairRedline } from './diff-pair.js'
import type { VersionLocator } from './locate-diff.js'

export interface PairsOptions {
  /** Write unchanged sentences in full (default: a count in their place). */
  unchanged?: boolean
}

const paired = new Set<Alignment['kind']>(['same', 'modified', 'moved', 'split', 'merged'])

/** The number each changed pair is known by in the tables, in reading order. */
export function pairNumbers(d: DocumentDiff): Map<Alignment, number> {
  const numbers = new Map<Alignment, number>()
  for (const alignment of d.alignments) {
    if (paired.has(alignment.kind) && alignment.kind !== 'same') {
      numbers.set(alignment, numbers.size + 1)
    }
  }
  return numbers
}

/**
 * The aligned sentences in reading order: each changed pair under a label (number,
 * kind, class in bold when substantive and in italics when editorial, places in A and
 * B, similarity), then its redline; runs of unchanged sentences as one quiet line.
 */
export function diffPairs(
  d: DocumentDiff,
  locators: { a: VersionLocator; b: VersionLocator },
  options: PairsOptions = {},
): RootContent[] {
  const numbers = pairNumbers(d)
  const out: RootContent[] = []
  let unchanged = 0
  const flush = () => {
    if (unchanged > 0) {
      const noun = unchanged === 1 ? 'sentence' : 'sentences'
      out.push(paragraph(emphasis(`${unchanged} ${noun} unchanged.`)))
    }
    unchanged = 0
  }
  for (const alignment of d.alignments) {
    if (!paired.has(alignment.kind)) continue
    if (alignment.kind === 'same') {
      if (options.unchanged) out.push(paragraph(alignment.b.map((s) => s.text).join(' ')))
      else unchanged++
      continue
    }
    flush()
    const label = `${numbers.get(alignment)}. ${diffKindLabel(alignment)} · ${alignment.class}`
    const where = ` · A ${locators.a.labels(alignment.a)} → B ${locators.b.labels(alignment.b)} · similarity ${alignment.similarity.toFixed(2)}`
    out.push(
      paragraph(alignment.class === 'substantive' ? strong(label) : emphasis(label), text(where)),
      paragraph(pairRedline(alignment)),
    )
  }
  flush()
  return out
}
