import { z } from 'zod'
import { metadataSchema } from './document.js'
import { actKindSchema } from './entities.js'

import { diffSchemaVersion } from './versions.js'

// The version number is in versions.ts (bump it there): diff imports it without zod.
export { diffSchemaVersion }

/**
 * A stretch of one version: `start`/`end` are UTF-16 offsets into that version's
 * ORIGINAL input; `text` is the analysed text the comparison read there (white
 * space folded, reported repairs applied, Markdown syntax removed).
 */
export const diffSpanSchema = z.object({
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
})

/** How the sentences of an alignment entry correspond. */
export const alignmentKindSchema = z.enum([
  /** One sentence each side, identical analysed text, in order. */
  'same',
  /** One sentence each side, reworded, in order. */
  'modified',
  /** One sentence each side whose place in the order changed (it may be reworded too). */
  'moved',
  /** One sentence of A became two or more adjacent sentences of B. */
  'split',
  /** Two or more adjacent sentences of A became one sentence of B. */
  'merged',
  /** Only in A. */
  'deleted',
  /** Only in B. */
  'inserted',
])

/**
 * What a compared unit is: a body sentence (paragraph or list item), a heading, a
 * closing line ("Done at ...", "Signed in ..."), or a piece of page furniture
 * (boilerplate). Units align only with units of the same kind.
 */
export const unitKindSchema = z.enum(['body', 'heading', 'closing', 'boilerplate'])

/** `none` for identical sentences; otherwise the weightiest class of the entry's changes. */
export const changeClassSchema = z.enum(['none', 'editorial', 'substantive'])

/** What a word change is about; the editorial kinds first, then the substantive ones. */
export const changeKindSchema = z.enum([
  'whitespace',
  'case',
  'punctuation',
  'spelling',
  'inflection',
  'reordering',
  'voice',
  'acronym',
  'attribution',
  'wording',
  'organization',
  'place',
  'person',
  'date',
  'number',
  'amount',
  'negation',
  'proposal',
])

/** One change inside an entry: `a` only when removed, `b` only when added, both when replaced. */
export const wordChangeSchema = z.object({
  kind: changeKindSchema,
  class: z.enum(['editorial', 'substantive']),
  a: diffSpanSchema.optional(),
  b: diffSpanSchema.optional(),
  /** What was recognised, for people: "date 2024-05-15 -> 2024-05-22", "also in B". */
  detail: z.string().optional(),
})

/** One entry of the alignment: every body sentence of both versions is in exactly one entry. */
export const alignmentSchema = z.object({
  kind: alignmentKindSchema,
  class: changeClassSchema,
  /** 0..1 word similarity of the two sides (1 for `same`, 0 for `deleted`/`inserted`). */
  similarity: z.number().min(0).max(1),
  a: z.array(diffSpanSchema),
  b: z.array(diffSpanSchema),
  changes: z.array(wordChangeSchema),
  /** For `split` and `merged` entries whose place in the order changed. */
  moved: z.boolean().optional(),
  /** The kind of the units of the entry when they are not body sentences (absent for `body`). */
  unit: unitKindSchema.optional(),
})

/** A body paragraph, numbered from 1 among the body paragraphs of its version. */
export const paragraphReferenceSchema = z.object({
  index: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
})

/**
 * Paragraphs of A that feed paragraphs of B: joined by sentences kept in order (a
 * paragraph split or merged in place), or by moved sentences (`moved`); one side empty
 * for a paragraph deleted or inserted.
 */
export const paragraphLinkSchema = z.object({
  a: z.array(paragraphReferenceSchema),
  b: z.array(paragraphReferenceSchema),
  moved: z.boolean().optional(),
})

/** An organization, place, person or date as one version has it. */
export const entitySideSchema = z.object({
  name: z.string(),
  /** Dates: the ISO 8601 value (null when unresolved). */
  value: z.string().nullable().optional(),
  mentions: z.array(diffSpanSchema),
})

export const entityComparisonSchema = z.object({
  onlyA: z.array(entitySideSchema),
  onlyB: z.array(entitySideSchema),
  both: z.array(z.object({ a: entitySideSchema, b: entitySideSchema })),
})

/** A proposal as one version has it. */
export const proposalSideSchema = z.object({
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  actor: z.string().nullable(),
  acts: z.array(z.object({ verb: z.string(), kind: actKindSchema })),
})

export const proposalComparisonSchema = z.object({
  onlyA: z.array(proposalSideSchema),
  onlyB: z.array(proposalSideSchema),
  both: z.array(z.object({ a: proposalSideSchema, b: proposalSideSchema })),
})

/** Two versions disagree on one fact of the same sentence: a date, an amount, an actor. */
export const conflictSchema = z.object({
  kind: changeKindSchema,
  a: diffSpanSchema,
  b: diffSpanSchema,
  detail: z.string(),
})

const countsSchema = z.object({
  same: z.number().int().min(0),
  modified: z.number().int().min(0),
  moved: z.number().int().min(0),
  split: z.number().int().min(0),
  merged: z.number().int().min(0),
  deleted: z.number().int().min(0),
  inserted: z.number().int().min(0),
})

export const diffSummarySchema = z.object({
  /** 0..1: how much of the two texts is kept, weighted by sentence length and similarity. */
  similarity: z.number().min(0).max(1),
  /** Body sentences compared on each side (headings, closing lines and boilerplate not counted). */
  sentences: z.object({ a: z.number().int().min(0), b: z.number().int().min(0) }),
  /** Alignment entries by kind. */
  alignments: countsSchema,
  /** Alignment entries by class. */
  classes: z.object({
    none: z.number().int().min(0),
    editorial: z.number().int().min(0),
    substantive: z.number().int().min(0),
  }),
  /** Word changes by class. */
  changes: z.object({
    editorial: z.number().int().min(0),
    substantive: z.number().int().min(0),
  }),
  /** True when a bound on the work was hit and the result may miss a match; `reasons` says which. */
  degraded: z.boolean(),
  reasons: z.array(z.string()),
})

export const documentDiffSchema = z.object({
  schemaVersion: z.literal(diffSchemaVersion),
  a: z.object({ metadata: metadataSchema }),
  b: z.object({ metadata: metadataSchema }),
  summary: diffSummarySchema,
  alignments: z.array(alignmentSchema),
  paragraphs: z.array(paragraphLinkSchema),
  entities: z.object({
    organizations: entityComparisonSchema,
    places: entityComparisonSchema,
    people: entityComparisonSchema,
    dates: entityComparisonSchema,
    proposals: proposalComparisonSchema,
  }),
  conflicts: z.array(conflictSchema),
})

export type DiffSpan = z.infer<typeof diffSpanSchema>
export type UnitKind = z.infer<typeof unitKindSchema>
export type AlignmentKind = z.infer<typeof alignmentKindSchema>
export type ChangeClass = z.infer<typeof changeClassSchema>
export type ChangeKind = z.infer<typeof changeKindSchema>
export type WordChange = z.infer<typeof wordChangeSchema>
export type Alignment = z.infer<typeof alignmentSchema>
export type ParagraphReference = z.infer<typeof paragraphReferenceSchema>
export type ParagraphLink = z.infer<typeof paragraphLinkSchema>
export type EntitySide = z.infer<typeof entitySideSchema>
export type EntityComparison = z.infer<typeof entityComparisonSchema>
export type ProposalSide = z.infer<typeof proposalSideSchema>
export type ProposalComparison = z.infer<typeof proposalComparisonSchema>
export type Conflict = z.infer<typeof conflictSchema>
export type DiffSummary = z.infer<typeof diffSummarySchema>
export type DocumentDiff = z.infer<typeof documentDiffSchema>

/** The JSON Schema (draft 2020-12) of a serialised diff, from the same source as the types. */
export function diffJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(documentDiffSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
}
