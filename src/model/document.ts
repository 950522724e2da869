import { z } from 'zod'
import {
  dateMentionSchema,
  organizationSchema,
  personSchema,
  placeSchema,
  proposalSchema,
} from './entities.js'
import { messageSchema } from './message.js'
import { mentionSchema, positionSchema } from './position.js'

import { documentKinds, schemaVersion } from './versions.js'

/**
 * Version of the JSON document model; bumped on any incompatible change.
 * 2: `metadata.kind` names the kind of text (nine values, was declaration or news);
 * `metadata.sources` say which rule chose each value.
 */
// The number itself is in versions.ts (bump it there): parse imports it without zod.
export { schemaVersion }

/**
 * The kind of text: an official text by its form (`declaration`, `communique`,
 * `joint-statement`, `statement` (a chair's or a body's statement or conclusions),
 * `resolution`, `decision`, `press-release`, `readout` of a call or talks), or `news`:
 * a report that restates them (a wire dateline, a byline, reported speech).
 */
export const documentKindSchema = z.enum(documentKinds)

/**
 * Where the analysed `text` of a node differs in length from its source, `map`
 * holds flat pairs `[textOffset, sourceOffset, ...]` (source offsets relative to
 * the node's `start`): from each `textOffset` on, text and source advance
 * together. Absent when the text maps to the source one to one.
 */
const textMapSchema = z.array(z.number().int().min(0))

export const sentenceSchema = z.object({
  type: z.literal('sentence'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  position: positionSchema,
  /** The analysed text: white space folded, reported repairs applied, Markdown syntax removed. */
  text: z.string(),
  map: textMapSchema.optional(),
})

export const blockTypeSchema = z.enum([
  'heading',
  'paragraph',
  'listItem',
  'signature',
  'dateline',
  'boilerplate',
])

export const boilerplateReasonSchema = z.enum([
  'share',
  'navigation',
  'cookie',
  'contact',
  'copyright',
  'licence',
  'publication',
  'credit',
  'repeated',
  'markup',
  'reference',
  'disclaimer',
  'page',
  // Site names, slogans, section labels and database headers above a text's title.
  'masthead',
  // "259 views", "2 min read".
  'counter',
  // A language switch ("English Français Español", in several scripts).
  'language',
])

export const blockSchema = z.object({
  type: blockTypeSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  position: positionSchema,
  text: z.string(),
  map: textMapSchema.optional(),
  /** Heading depth (1-6). */
  depth: z.number().int().min(1).max(6).optional(),
  /** List or paragraph marker as written: "1.", "(a)", "-". */
  marker: z.string().optional(),
  /** Why a block is boilerplate. */
  reason: boilerplateReasonSchema.optional(),
  /** Sentences of the block; empty for boilerplate other than publication lines. */
  sentences: z.array(sentenceSchema),
})

export const datelineSchema = mentionSchema.extend({
  place: z.string().nullable(),
  date: z.string().nullable(),
  agency: z.string().nullable(),
})

/** The text a metadata value was read from, and the rule that chose it. */
const sourceSchema = mentionSchema.extend({ rule: z.string().optional() })

export const metadataSchema = z.object({
  title: z.string().nullable(),
  /** ISO 8601 date of the document (publication line, dateline or signature). */
  date: z.string().nullable(),
  place: z.string().nullable(),
  issuer: z.string().nullable(),
  kind: documentKindSchema,
  dateline: datelineSchema.nullable(),
  inputFormat: z.enum(['text', 'markdown']),
  /** Length of the original input in UTF-16 code units. */
  length: z.number().int().min(0),
  /**
   * UTF-16 offset at which each line of the original input starts (the first
   * is 0): with it, any offset converts to line and column without the source.
   */
  lineStarts: z.array(z.number().int().min(0)).optional(),
  /** Where each metadata value was read from, and by which rule (`rule`: "dateline", "signature", ...). */
  sources: z.object({
    title: sourceSchema.optional(),
    date: sourceSchema.optional(),
    place: sourceSchema.optional(),
    issuer: sourceSchema.optional(),
    kind: sourceSchema.optional(),
  }),
})

/** A parsed official text: its metadata, its blocks in order, what it names and proposes. */
export const documentSchema = z.object({
  /** Version of this model; a reader refuses versions it does not know. */
  schemaVersion: z.literal(schemaVersion),
  /** Title, date, place, issuer and kind of the text, and where each was read. */
  metadata: metadataSchema,
  /** Headings, paragraphs, list items, signature, dateline and boilerplate, in order. */
  blocks: z.array(blockSchema),
  /** Organizations named, each once with every mention. */
  organizations: z.array(organizationSchema),
  /** Places named, each once with every mention. */
  places: z.array(placeSchema),
  /** People named, each once with every mention. */
  people: z.array(personSchema),
  /** Every date mention, in order, with its ISO 8601 value. */
  dates: z.array(dateMentionSchema),
  /** Sentences that propose, support or commit to something, with actor and acts. */
  proposals: z.array(proposalSchema),
  /** Problems found in the input and repairs made, as vfile-style messages. */
  warnings: z.array(messageSchema),
})

export type Sentence = z.infer<typeof sentenceSchema>
export type BlockType = z.infer<typeof blockTypeSchema>
export type BoilerplateReason = z.infer<typeof boilerplateReasonSchema>
export type Block = z.infer<typeof blockSchema>
export type Dateline = z.infer<typeof datelineSchema>
export type Metadata = z.infer<typeof metadataSchema>
export type DocumentKind = z.infer<typeof documentKindSchema>
export type CommuniqueDocument = z.infer<typeof documentSchema>
/** A node whose analysed text maps back to the source. */
export type TextNode = Pick<Sentence, 'start' | 'end' | 'text' | 'map'>
