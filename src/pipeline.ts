import type { Step } from './extract/context.js'
import { findProposals } from './extract/find-proposals.js'

/**
 * The extraction pipeline, in order. Each step finds candidates or refines what
 * earlier steps found; adding a rule is adding a file and a line here.
 */
export const steps: Step[] = [
  // Proposals: who proposes, supports or commits to what. Last: each proposal
  // references the organizations, places, people and dates its object mentions,
  // so it runs after every step that fills those lists.
  findProposals,
]
