// diff(a, b): compare two parsed versions of a text. The stages, in order: read the body
// sentences, align them, build and classify the entries, map paragraphs, compare entities.

import { type DocumentDiff, diffSchemaVersion } from '../model/diff.js'
import type { CommuniqueDocument } from '../model/document.js'
import { alignSentences } from './align-sentences.js'
import { buildEntries } from './build-entries.js'
import { compareAll } from './compare-entities.js'
import { completeDates } from './complete-dates.js'
import { DocumentFacts } from './document-facts.js'
import { acronymsOf } from './entity-keys.js'
import { mapParagraphs } from './map-paragraphs.js'
import { EntityMatcher } from './match-entities.js'
import { FormIds } from './sentence-profile.js'
import { readBody } from './sentence-units.js'
import { conflictsOf, summarize } from './summarize.js'

export interface DiffOptions {
  /** Compare heading sentences too (default false: paragraphs and list items only). */
  headings?: boolean
  /** A shingle in more sentences than this is too common to find candidates (default 32). */
  maxShingleFrequency?: number
  /** Candidate partners kept per sentence (default 8). */
  maxCandidates?: number
  /** Comparisons allowed in one stretch of unmatched sentences before only its diagonal is compared (default 2,500). */
  maxGapPairs?: number
  /** Word edits explored in one entry before its middle is reported as one change (default 2,000). */
  maxEdits?: number
}

function isDocument(value: unknown): value is CommuniqueDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as CommuniqueDocument).blocks)
  )
}

/**
 * Compare two versions of a text: aligned body sentences (same, modified, moved, split,
 * merged, deleted, inserted), word changes classed editorial or substantive, paragraph
 * links, the entities of both versions matched, and conflicts. Cost grows about linearly
 * with the texts; when a bound is hit, `summary.degraded` says so and why.
 */
export function diff(
  a: CommuniqueDocument,
  b: CommuniqueDocument,
  options: DiffOptions = {},
): DocumentDiff {
  if (!isDocument(a) || !isDocument(b))
    throw new TypeError('diff(a, b) takes two parsed documents (see parse)')
  const headings = options.headings ?? false
  const ids = new FormIds()
  const bodyA = readBody(a, ids, headings)
  const bodyB = readBody(b, ids, headings)
  const alignment = alignSentences(bodyA.units, bodyB.units, {
    maxShingleFrequency: options.maxShingleFrequency ?? 32,
    maxCandidates: options.maxCandidates ?? 8,
    maxGapPairs: options.maxGapPairs ?? 2500,
  })
  const facts: [DocumentFacts, DocumentFacts] = [
    new DocumentFacts(a, completeDates(a, b)),
    new DocumentFacts(b, completeDates(b, a)),
  ]
  const matcher = new EntityMatcher(a, b)
  const reasons = [...alignment.reasons]
  let bounded = 0
  const entries = buildEntries(alignment.groups, bodyA, bodyB, facts, {
    matcher,
    acronyms: new Map([...acronymsOf(b.organizations), ...acronymsOf(a.organizations)]),
    maxEdits: options.maxEdits ?? 2000,
    onBounded: () => bounded++,
  })
  if (bounded > 0) {
    reasons.push(
      `${bounded} entr(ies) differ by more than ${options.maxEdits ?? 2000} word edits; their middle is reported as one change`,
    )
  }
  const alignments = entries.map((entry) => entry.alignment)
  return {
    schemaVersion: diffSchemaVersion,
    a: { metadata: a.metadata },
    b: { metadata: b.metadata },
    summary: summarize(alignments, { a: bodyA.units.length, b: bodyB.units.length }, reasons),
    alignments,
    paragraphs: mapParagraphs(bodyA, bodyB, alignment.groups),
    entities: compareAll(facts[0], facts[1], matcher, entries),
    conflicts: conflictsOf(entries.flatMap((entry) => entry.conflicts)),
  }
}
