import type { Alignment } from '../../model/diff.js'

const words: Record<Alignment['kind'], string> = {
  same: 'Unchanged',
  modified: 'Modified',
  moved: 'Moved',
  split: 'Split',
  merged: 'Merged',
  deleted: 'Only in A',
  inserted: 'Only in B',
}

/** "Modified", "Moved", "Split", "Split and moved". */
export function diffKindLabel(alignment: Alignment): string {
  return alignment.moved ? `${words[alignment.kind]} and moved` : words[alignment.kind]
}
