import type { RootContent } from 'mdast'
import type { DiffSpan, DocumentDiff } from '../../model/diff.js'
import { section, table } from '../markdown/mdast-nodes.js'
import { pairNumbers } from './diff-pairs.js'
import type { VersionLocator } from './locate-diff.js'

function side(span: DiffSpan | undefined, locator: VersionLocator): string {
  return span ? `${span.text} (${locator.label(span.start)})` : '—'
}

/**
 * Every substantive word change (entity, number, date, amount, negation, proposal) with
 * both sides, the pair it is in, and what was recognised; then the conflicts, facts on
 * which the versions disagree.
 */
export function changesTable(
  d: DocumentDiff,
  locators: { a: VersionLocator; b: VersionLocator },
): RootContent[] {
  const numbers = pairNumbers(d)
  const rows = d.alignments.flatMap((alignment) =>
    alignment.changes
      .filter((change) => change.class === 'substantive')
      .map((change) => [
        numbers.has(alignment)
          ? String(numbers.get(alignment))
          : alignment.kind === 'deleted'
            ? 'A only'
            : 'B only',
        change.kind,
        side(change.a, locators.a),
        side(change.b, locators.b),
        change.detail ?? '',
      ]),
  )
  // A conflict the change rows already show (same stretches) is not repeated.
  const shown = new Set(
    d.alignments.flatMap((alignment) =>
      alignment.changes.map((change) => `${change.a?.start}:${change.b?.start}`),
    ),
  )
  const conflicts = d.conflicts
    .filter((conflict) => !shown.has(`${conflict.a.start}:${conflict.b.start}`))
    .map((conflict) => [
      'conflict',
      conflict.kind,
      side(conflict.a, locators.a),
      side(conflict.b, locators.b),
      conflict.detail,
    ])
  const all = [...rows, ...conflicts]
  if (all.length === 0) return []
  return section('Substantive changes', [table(['Pair', 'Kind', 'A', 'B', 'Detail'], all)])
}
