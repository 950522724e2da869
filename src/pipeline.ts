import type { Step } from './extract/context.js'

/**
 * The extraction pipeline, in order. Each step finds candidates or refines what
 * earlier steps found; adding a rule is adding a file and a line here.
 */
export const steps: Step[] = []
