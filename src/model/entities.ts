import { z } from 'zod'
import { mentionSchema } from './position.js'

/** A named organization, with every place it is mentioned. */
export const organizationSchema = z.object({
  name: z.string(),
  /** Other names the text uses for it: acronyms, defined short forms ("the Forum"). */
  aliases: z.array(z.string()),
  /** A leading possessive owner: "Tajikistan" in "Tajikistan's Association for ...". */
  owner: z.string().optional(),
  mentions: z.array(mentionSchema),
})

/** A country, city, province or other administrative area, by its usual short name. */
export const placeSchema = z.object({
  name: z.string(),
  mentions: z.array(mentionSchema),
})

/** A named person, with the title the text gives them. */
export const personSchema = z.object({
  name: z.string(),
  title: z.string().optional(),
  mentions: z.array(mentionSchema),
})

/** A calendar reference, with its ISO 8601 value at the precision written (or null). */
export const dateMentionSchema = z.object({
  text: z.string(),
  /** "2021", "2021-06", "2021-06-03", or a range "2024-10-15/2024-10-16"; null when unresolvable. */
  value: z.string().nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** True when the value was resolved against the document's own date ("on Thursday"). */
  relative: z.boolean().optional(),
})

export const actKindSchema = z.enum(['propose', 'support', 'commit', 'normative'])

/** One act inside a proposal: its verb phrase and its kind. */
export const actSchema = z.object({
  verb: z.string(),
  kind: actKindSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
})

/** A reference from a proposal into one of the document's entity lists. */
export const entityReferenceSchema = z.object({
  type: z.enum(['organization', 'place', 'person', 'date']),
  index: z.number().int().min(0),
  name: z.string(),
})

/** A sentence in which an actor proposes, supports or commits to a course of action. */
export const proposalSchema = z.object({
  /** The source text of the proposal's span: `input.slice(start, end)`. */
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  actor: z.string().nullable(),
  acts: z.array(actSchema),
  object: mentionSchema.nullable(),
  entities: z.array(entityReferenceSchema),
})

export type Organization = z.infer<typeof organizationSchema>
export type Place = z.infer<typeof placeSchema>
export type Person = z.infer<typeof personSchema>
export type DateMention = z.infer<typeof dateMentionSchema>
export type ActKind = z.infer<typeof actKindSchema>
export type Act = z.infer<typeof actSchema>
export type EntityReference = z.infer<typeof entityReferenceSchema>
export type Proposal = z.infer<typeof proposalSchema>
