import type { RootContent } from 'mdast'
import type { DocumentDiff, EntityComparison, EntitySide } from '../../model/diff.js'
import { section, table } from '../markdown/mdast-nodes.js'

function names(sides: EntitySide[]): string {
  return sides
    .map((side) =>
      side.value && side.value !== side.name ? `${side.name} (${side.value})` : side.name,
    )
    .join('; ')
}

function row(label: string, comparison: EntityComparison): string[] {
  const both = comparison.both.map(({ a, b }) =>
    a.name === b.name ? a.name : `${a.name} = ${b.name}`,
  )
  return [label, both.join('; '), names(comparison.onlyA), names(comparison.onlyB)]
}

/** A proposal's source text on one line. */
const folded = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** The entities of both versions matched: those in both (and how each names them), those in one only. */
export function diffEntities(d: DocumentDiff): RootContent[] {
  const { organizations, places, people, dates, proposals } = d.entities
  const rows = [
    row('Organizations', organizations),
    row('Places', places),
    row('People', people),
    row('Dates', dates),
    [
      'Proposals',
      String(proposals.both.length),
      proposals.onlyA.map((p) => folded(p.text)).join(' / '),
      proposals.onlyB.map((p) => folded(p.text)).join(' / '),
    ],
  ].filter(
    ([, both, onlyA, onlyB]) => (both !== '' && both !== '0') || onlyA !== '' || onlyB !== '',
  )
  if (rows.length === 0) return []
  return section('Entities', [table(['', 'In both', 'Only in A', 'Only in B'], rows)])
}
