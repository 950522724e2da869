import type { RootContent } from 'mdast'
import type { DocumentDiff } from '../../model/diff.js'
import type { Metadata } from '../../model/document.js'
import { blockquote, paragraph, table, text } from '../markdown/mdast-nodes.js'

const none = '—'

function facts(metadata: Metadata, pick: (m: Metadata) => string | null): string {
  return pick(metadata) ?? none
}

const alignmentWords: Array<[keyof DocumentDiff['summary']['alignments'], string]> = [
  ['same', 'same'],
  ['modified', 'modified'],
  ['moved', 'moved'],
  ['split', 'split'],
  ['merged', 'merged'],
  ['deleted', 'only in A'],
  ['inserted', 'only in B'],
]

/**
 * The two versions side by side (title, kind, date, place, sentences), then the counts:
 * similarity, sentences by how they align, changes by class; and why the result may be
 * incomplete when a bound was hit.
 */
export function diffSummary(d: DocumentDiff): RootContent[] {
  const { a, b, summary } = d
  const row = (label: string, pick: (m: Metadata) => string | null) => [
    label,
    facts(a.metadata, pick),
    facts(b.metadata, pick),
  ]
  const versions = table(
    ['', 'A', 'B'],
    [
      row('Title', (m) => m.title),
      row('Kind', (m) => m.kind),
      row('Date', (m) => m.date),
      row('Place', (m) => m.place),
      ['Sentences', String(summary.sentences.a), String(summary.sentences.b)],
    ],
  )
  const kinds = alignmentWords
    .filter(([key]) => summary.alignments[key] > 0)
    .map(([key, word]) => `${summary.alignments[key]} ${word}`)
  const counts = paragraph(
    text(`Similarity ${summary.similarity.toFixed(2)}. Sentences: ${kinds.join(', ') || 'none'}. `),
    text(
      `Changes: ${summary.changes.substantive} substantive, ${summary.changes.editorial} editorial.`,
    ),
  )
  const out: RootContent[] = [versions, counts]
  if (summary.degraded) {
    out.push(blockquote(paragraph(text(`Incomplete: ${summary.reasons.join('; ')}.`))))
  }
  return out
}
