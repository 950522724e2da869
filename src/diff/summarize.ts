// The summary of a diff: entries by kind and class, changes by class, and one similarity
// score for the whole pair of texts.
import type { Alignment, Conflict, DiffSummary, WordChange } from '../model/diff.js'

/**
 * 0..1: the share of both texts' length kept, each matched entry weighted by its
 * similarity; page furniture (boilerplate) does not count.
 */
function overallSimilarity(alignments: readonly Alignment[]): number {
  let kept = 0
  let total = 0
  for (const alignment of alignments) {
    if (alignment.unit === 'boilerplate') continue
    const length = [...alignment.a, ...alignment.b].reduce((sum, span) => sum + span.text.length, 0)
    total += length
    kept += length * alignment.similarity
  }
  return total === 0 ? 1 : Math.round((kept / total) * 1000) / 1000
}

export function summarize(
  alignments: readonly Alignment[],
  sentences: { a: number; b: number },
  reasons: string[],
): DiffSummary {
  const summary: DiffSummary = {
    similarity: overallSimilarity(alignments),
    sentences,
    alignments: { same: 0, modified: 0, moved: 0, split: 0, merged: 0, deleted: 0, inserted: 0 },
    classes: { none: 0, editorial: 0, substantive: 0 },
    changes: { editorial: 0, substantive: 0 },
    degraded: reasons.length > 0,
    reasons,
  }
  for (const alignment of alignments) {
    summary.alignments[alignment.kind]++
    summary.classes[alignment.class]++
    for (const change of alignment.changes) summary.changes[change.class]++
  }
  return summary
}

/** Facts the two versions state differently in the same sentence: a date, an amount, a name, an act. */
export function conflictsOf(changes: readonly WordChange[]): Conflict[] {
  return changes.flatMap((change) =>
    change.a && change.b
      ? [{ kind: change.kind, a: change.a, b: change.b, detail: change.detail ?? change.kind }]
      : [],
  )
}
