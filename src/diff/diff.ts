// diff(a, b): compare two parsed versions of a text. The stages, in order: read the body
// sentences, align them, build and classify the entries, map paragraphs, compare entities.

import type { DocumentDiff } from '../model/diff.js'
import type { CommuniqueDocument } from '../model/document.js'
import { diffSchemaVersion } from '../model/versions.js'
import { alignSentences } from './align/align-sentences.js'
import { mapParagraphs } from './align/map-paragraphs.js'
import { FormIds } from './align/sentence-profile.js'
import { readBody, type VersionBody } from './align/sentence-units.js'
import { buildEntries } from './classify/build-entries.js'
import { compareAll } from './facts/compare-entities.js'
import { completeDates } from './facts/complete-dates.js'
import { DocumentFacts } from './facts/document-facts.js'
import { acronymsOf } from './facts/entity-keys.js'
import { EntityMatcher } from './facts/match-entities.js'
import { conflictsOf, summarize } from './summarize.js'

export interface DiffOptions {
  /** Compare headings, as units of their own kind (default true). */
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

const defaultBounds = {
  maxShingleFrequency: 32,
  maxCandidates: 8,
  maxGapPairs: 2500,
  maxEdits: 2000,
}

/** The options given, without the keys left undefined (so defaults apply to them). */
function withoutUndefined(options: DiffOptions): Partial<typeof defaultBounds> {
  const out: Partial<typeof defaultBounds> = {}
  for (const key of Object.keys(defaultBounds) as Array<keyof typeof defaultBounds>) {
    const value = options[key]
    if (typeof value === 'number' && value >= 1) out[key] = Math.floor(value)
  }
  return out
}

/** Body sentences of a version (headings, closing lines and boilerplate are compared but not counted). */
function countBody(body: VersionBody): number {
  return body.units.filter((unit) => unit.kind === 'body').length
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
  const bounds = { ...defaultBounds, ...withoutUndefined(options) }
  const ids = new FormIds()
  const hasDateline = (document: CommuniqueDocument) =>
    document.blocks.some((block) => block.type === 'dateline')
  // Datelines are compared between two versions of one kind of text (two editions of a
  // story), not between a declaration and the story restating it, whose lines differ anyway.
  const datelines = hasDateline(a) && hasDateline(b) && a.metadata.kind === b.metadata.kind
  const read = { headings: options.headings ?? true, datelines }
  const bodyA = readBody(a, ids, read)
  const bodyB = readBody(b, ids, read)
  const alignment = alignSentences(bodyA.units, bodyB.units, bounds)
  const facts: [DocumentFacts, DocumentFacts] = [
    new DocumentFacts(a, completeDates(a, b)),
    new DocumentFacts(b, completeDates(b, a)),
  ]
  const matcher = new EntityMatcher(a, b)
  let bounded = 0
  const entries = buildEntries(alignment.groups, bodyA, bodyB, facts, {
    matcher,
    acronyms: new Map([...acronymsOf(b.organizations), ...acronymsOf(a.organizations)]),
    maxEdits: bounds.maxEdits,
    onBounded: () => bounded++,
  })
  const reasons = [...alignment.reasons]
  if (bounded > 0) {
    reasons.push(
      `${bounded} entr(ies) differ by more than ${bounds.maxEdits} word edits; their middle is reported as one change`,
    )
  }
  const alignments = entries.map((entry) => entry.alignment)
  return {
    schemaVersion: diffSchemaVersion,
    a: { metadata: a.metadata },
    b: { metadata: b.metadata },
    summary: summarize(alignments, { a: countBody(bodyA), b: countBody(bodyB) }, reasons),
    alignments,
    paragraphs: mapParagraphs(bodyA, bodyB, alignment.groups),
    entities: compareAll(facts[0], facts[1], matcher, entries),
    conflicts: conflictsOf(entries.flatMap((entry) => entry.conflicts)),
  }
}
