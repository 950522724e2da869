import type { MappedText } from '../input/normalize.js'
import type { BlockType, BoilerplateReason } from '../model/document.js'
import type { Candidate } from './candidate.js'

/** A candidate with its analysed text and the role it was given. */
export interface Classified {
  candidate: Candidate
  mapped: MappedText
  type: BlockType
  reason?: BoilerplateReason
  depth?: number
  /** Marker as written ("1.", "(a)", "-") and where the text after it starts. */
  marker?: string
  textStart: number
}
