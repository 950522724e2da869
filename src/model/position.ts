import { z } from 'zod'

/** A place in the original input: 1-based line and column, 0-based UTF-16 offset. */
export const pointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
})

/** unist-style position of a node in the original input. */
export const positionSchema = z.object({ start: pointSchema, end: pointSchema })

/** A half-open range `[start, end)` of UTF-16 offsets into the original input. */
export const spanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
})

/** A span with the source text it covers: `input.slice(start, end) === text`. */
export const mentionSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
})

export type Point = z.infer<typeof pointSchema>
export type Position = z.infer<typeof positionSchema>
export type Span = z.infer<typeof spanSchema>
export type Mention = z.infer<typeof mentionSchema>
