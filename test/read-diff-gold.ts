// Reads the diff gold files (fixtures/gold/diff-*.json, fixtures/pairs/*/gold.json) and
// finds the sentences they name in a diff result. A gold file names a sentence by its
// first words ("a_starts"/"b_starts"); the sentence meant is the body sentence in which
// those words end (so "ADDIS ABABA, March 15 (Reuters) -- The African Union's ..." names
// the sentence after the dateline).
import { readFileSync } from 'node:fs'
import type { AlignmentKind, ChangeClass, DiffSpan, DocumentDiff } from '../src/model/diff.js'

export interface GoldAlignment {
  a_starts: string | string[]
  b_starts: string | string[]
  kind: AlignmentKind
  class?: ChangeClass
  notes: string
}

export interface GoldChange {
  type: string
  a: string | null
  b: string | null
}

export interface DiffGold {
  a: string
  b: string
  alignments: GoldAlignment[]
  only_in_a: string[]
  only_in_b?: string[]
  substantive_changes?: GoldChange[]
  date_matches?: Array<{ a: string; b: string; value: string }>
}

export function readGold(path: string): DiffGold {
  return JSON.parse(readFileSync(path, 'utf8')) as DiffGold
}

export const list = (value: string | string[]) => (Array.isArray(value) ? value : [value])

/**
 * The body sentence (as a diff span) of `side` in which the words `starts` end, found by
 * their first place in the source; throws when the words are not there.
 */
export function findSentence(
  d: DocumentDiff,
  source: string,
  side: 'a' | 'b',
  starts: string,
): DiffSpan {
  const at = source.indexOf(starts)
  if (at < 0) throw new Error(`gold words not in ${side}: ${starts}`)
  const end = at + starts.length - 1
  const spans = d.alignments.flatMap((alignment) => alignment[side])
  const found = spans.find((span) => span.start <= end && end < span.end)
  if (!found) throw new Error(`no body sentence of ${side} holds: ${starts}`)
  return found
}

/** The entry holding a sentence of `side`. */
export function entryOf(d: DocumentDiff, side: 'a' | 'b', sentence: DiffSpan) {
  return d.alignments.find((alignment) =>
    alignment[side].some((span) => span.start === sentence.start),
  )
}

/** The sentences of the paragraph of `source` that starts with `starts`. */
export function paragraphSentences(
  d: DocumentDiff,
  source: string,
  side: 'a' | 'b',
  starts: string,
): DiffSpan[] {
  const at = source.indexOf(starts)
  if (at < 0) throw new Error(`gold words not in ${side}: ${starts}`)
  const link = d.paragraphs.flatMap((l) => l[side]).find((p) => p.start <= at && at < p.end)
  if (!link) throw new Error(`no body paragraph of ${side} holds: ${starts}`)
  return d.alignments
    .flatMap((alignment) => alignment[side])
    .filter((span) => span.start >= link.start && span.end <= link.end)
}
