// Proposals: who proposes, supports or commits to what (find-proposals.ts is the step).
export { findProposals } from './find-proposals.js'
