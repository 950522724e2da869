// The body sentences of a version. A sentence's words and profile are read when first
// needed: sentences found unchanged by their text alone are never tokenised.
import type { Block, CommuniqueDocument, Sentence } from '../../model/document.js'
import { type WordToken, wordTokens } from '../words/word-tokens.js'
import { type FormIds, type Profile, profileOf } from './sentence-profile.js'

/** One body sentence of one version, with its words and its profile. */
export class SentenceUnit {
  /** Hash of the analysed text (equal texts, equal hashes). */
  readonly hash: number
  private words: WordToken[] | undefined
  private bag: Profile | undefined

  constructor(
    /** Position among the version's body sentences. */
    readonly index: number,
    /** Position of its block among the version's body blocks. */
    readonly paragraph: number,
    readonly sentence: Sentence,
    private readonly ids: FormIds,
  ) {
    this.hash = hashText(sentence.text)
  }

  get tokens(): WordToken[] {
    this.words ??= wordTokens(this.sentence.text)
    return this.words
  }

  get profile(): Profile {
    this.bag ??= profileOf(this.tokens, this.ids)
    return this.bag
  }
}

/** The body of a version: its body blocks and their sentences in reading order. */
export interface VersionBody {
  document: CommuniqueDocument
  blocks: Block[]
  units: SentenceUnit[]
}

/** Block types whose sentences are compared: boilerplate, signatures and datelines are not. */
export function isBodyBlock(block: Block, headings: boolean): boolean {
  return (
    block.type === 'paragraph' ||
    block.type === 'listItem' ||
    (headings && block.type === 'heading')
  )
}

/** FNV-1a hash of a string, 32 bits. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Read the body sentences of a document. */
export function readBody(
  document: CommuniqueDocument,
  ids: FormIds,
  headings: boolean,
): VersionBody {
  const blocks = document.blocks.filter((block) => isBodyBlock(block, headings))
  const units: SentenceUnit[] = []
  blocks.forEach((block, paragraph) => {
    for (const sentence of block.sentences)
      units.push(new SentenceUnit(units.length, paragraph, sentence, ids))
  })
  return { document, blocks, units }
}
