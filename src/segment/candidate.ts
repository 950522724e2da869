import type { Piece } from '../input/normalize.js'

/** A block before classification: where it is and the pieces of its text. */
export interface Candidate {
  start: number
  end: number
  pieces: Piece[]
  /** From Markdown: what the syntax says it is. */
  syntax?: 'heading' | 'listItem' | 'paragraph' | 'code' | 'html'
  depth?: number
  marker?: string
  /** Number of source lines (1 for a single-line block). */
  lines: number
}
