import { z } from 'zod'

/**
 * A warning about the input, in the shape of a vfile message: a rule id, a
 * human reason, and the place in the original input it is about. `actual` and
 * `expected` carry the original text and its repair where a repair was made.
 */
export const messageSchema = z.object({
  ruleId: z.string(),
  source: z.literal('communique'),
  severity: z.enum(['warning', 'info']),
  reason: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  actual: z.string().optional(),
  expected: z.string().optional(),
})

export type Message = z.infer<typeof messageSchema>
