import { z } from 'zod'
import {
  alignmentKindSchema,
  alignmentSchema,
  changeClassSchema,
  diffSpanSchema,
  diffSummarySchema,
  unitKindSchema,
} from './diff.js'
import { metadataSchema } from './document.js'

/** Version of the JSON collation model; bumped on any incompatible change. */
export const collationSchemaVersion = 1 as const

/**
 * What one version gives in a row: its units there (none when it lacks the row), and how
 * they stand against the base's units (`same`, `modified`, ... as in a diff; the base's own
 * cell is `base`; `absent` when the version lacks the row).
 */
export const collationCellSchema = z.object({
  kind: z.union([alignmentKindSchema, z.enum(['base', 'absent'])]),
  /** `none` for the base and for units the same as the base's. */
  class: changeClassSchema,
  spans: z.array(diffSpanSchema),
})

/** One unit of meaning: the variant each version gives (a cell per version, in version order). */
export const collationRowSchema = z.object({
  /** Body paragraph of the base the row belongs to (1-based), or that it follows; 0 before the first. */
  paragraph: z.number().int().min(0),
  /** The kind of unit when it is not a body sentence. */
  unit: unitKindSchema.optional(),
  /** Versions that have the row (indexes into `versions`). */
  in: z.array(z.number().int().min(0)),
  cells: z.array(collationCellSchema),
})

/** A fact (organization, place, person, date, number, proposal) that only some versions state. */
export const collationFactSchema = z.object({
  type: z.enum(['organization', 'place', 'person', 'date', 'number', 'proposal']),
  /** The name, the ISO value of a date, the number, or the proposal's first words. */
  value: z.string(),
  /** Versions that state it. */
  in: z.array(z.number().int().min(0)),
})

/** One version of the collation and, for versions other than the base, its changes against the base. */
export const collationVersionSchema = z.object({
  index: z.number().int().min(0),
  metadata: metadataSchema,
  /** The comparison with the base (absent for the base itself). */
  against: z
    .object({
      summary: diffSummarySchema,
      /** Entries other than `same`: what this version changed against the base. */
      changes: z.array(alignmentSchema),
    })
    .optional(),
})

export const collationSchema = z.object({
  schemaVersion: z.literal(collationSchemaVersion),
  /** Index of the base version (the first unless chosen). */
  base: z.number().int().min(0),
  versions: z.array(collationVersionSchema),
  rows: z.array(collationRowSchema),
  facts: z.array(collationFactSchema),
  /** True when a bound on the work was hit in some comparison; `reasons` says which. */
  degraded: z.boolean(),
  reasons: z.array(z.string()),
})

export type CollationCell = z.infer<typeof collationCellSchema>
export type CollationRow = z.infer<typeof collationRowSchema>
export type CollationFact = z.infer<typeof collationFactSchema>
export type CollationVersion = z.infer<typeof collationVersionSchema>
export type Collation = z.infer<typeof collationSchema>

/** The JSON Schema (draft 2020-12) of a serialised collation, from the same source as the types. */
export function collationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(collationSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
}
