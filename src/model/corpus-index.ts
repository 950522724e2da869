import { z } from 'zod'
import { actKindSchema } from './entities.js'

// The corpus index: what a collection of documents says as a whole. JSON-safe, with a
// JSON Schema generated from these zod schemas (`corpusIndexJsonSchema`).

export const corpusIndexVersion = 1

/** One document of the corpus: its id (the input path) and its metadata. */
export const indexedDocumentSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  issuer: z.string().nullable(),
  kind: z.string().nullable(),
  /** Length of the input in UTF-16 code units. */
  length: z.number().int().min(0),
  organizations: z.number().int().min(0),
  places: z.number().int().min(0),
  people: z.number().int().min(0),
  dates: z.number().int().min(0),
  proposals: z.number().int().min(0),
})

/** An input that could not be parsed (from an NDJSON record with `error`). */
export const indexedErrorSchema = z.object({
  id: z.string(),
  message: z.string(),
  code: z.string().nullable(),
})

/** One document that names an entity, and how many times. */
export const entityDocumentSchema = z.object({
  document: z.string(),
  mentions: z.number().int().min(1),
})

/** An organization, place or person across the corpus: documents merged through the comparison's name keys. */
export const indexedEntitySchema = z.object({
  /** `organization:1`, `place:3`, `person:2`: stable within one index. */
  id: z.string(),
  /** The name most documents use (ties: the longest). */
  name: z.string(),
  /** Every other name and alias seen, in any document. */
  aliases: z.array(z.string()),
  /** Organizations: the possessive owner ("Tajikistan" in "Tajikistan's Association …"). */
  owner: z.string().optional(),
  documents: z.array(entityDocumentSchema),
  mentions: z.number().int().min(0),
  /** The earliest and latest dates of the documents that name it (documents without a date left out). */
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
})

export const indexedProposalSchema = z.object({
  document: z.string(),
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  verbs: z.array(z.string()),
})

/** The proposals of one actor with one kind of act (a proposal with two kinds is in both groups). */
export const proposalGroupSchema = z.object({
  /** The actor as the index names it: an entity's name when the actor is one, else as written. */
  actor: z.string().nullable(),
  /** The entity the actor is, when it is one. */
  entity: z.string().nullable(),
  kind: actKindSchema,
  proposals: z.array(indexedProposalSchema),
})

/** One date value and the documents that mention it. */
export const timelineEntrySchema = z.object({
  value: z.string(),
  documents: z.array(
    z.object({
      document: z.string(),
      mentions: z.number().int().min(1),
      /** The date as written, each form once. */
      texts: z.array(z.string()),
    }),
  ),
})

export const corpusIndexSchema = z.object({
  indexVersion: z.literal(corpusIndexVersion),
  documents: z.array(indexedDocumentSchema),
  errors: z.array(indexedErrorSchema),
  organizations: z.array(indexedEntitySchema),
  places: z.array(indexedEntitySchema),
  people: z.array(indexedEntitySchema),
  proposals: z.array(proposalGroupSchema),
  timeline: z.array(timelineEntrySchema),
})

export type IndexedDocument = z.infer<typeof indexedDocumentSchema>
export type IndexedError = z.infer<typeof indexedErrorSchema>
export type IndexedEntity = z.infer<typeof indexedEntitySchema>
export type IndexedProposal = z.infer<typeof indexedProposalSchema>
export type ProposalGroup = z.infer<typeof proposalGroupSchema>
export type TimelineEntry = z.infer<typeof timelineEntrySchema>
export type CorpusIndex = z.infer<typeof corpusIndexSchema>

/** The JSON Schema (draft 2020-12) of a serialised corpus index. */
export function corpusIndexJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(corpusIndexSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
}
