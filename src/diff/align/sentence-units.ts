// The units a comparison aligns: the sentences of the body (paragraphs and list items),
// of headings, of closing lines ("Done at ...", "Signed in ...") and of boilerplate blocks,
// each with its kind (units align only with units of the same kind, so a page header is
// never aligned instead of the real opening). A unit's words and profile are read when
// first needed: units found unchanged by their text alone are never tokenised.
import { nodeMapped, sliceMapped } from '../../input/text-map.js'
import type { UnitKind } from '../../model/diff.js'
import type { Block, CommuniqueDocument, Sentence } from '../../model/document.js'
import { splitSentences } from '../../segment/sentences.js'
import { type WordToken, wordTokens } from '../words/word-tokens.js'
import { type FormIds, type Profile, profileOf } from './sentence-profile.js'

/** The text of a unit and where it is in the original input (a sentence, or a piece of a boilerplate block). */
export type UnitText = Pick<Sentence, 'start' | 'end' | 'text' | 'map'>

/** One compared unit of one version, with its words and its profile. */
export class SentenceUnit {
  /** Hash of the analysed text (equal texts, equal hashes). */
  readonly hash: number
  private words: WordToken[] | undefined
  private bag: Profile | undefined

  constructor(
    /** Position among the version's compared units. */
    readonly index: number,
    /** Position of its block among the version's compared blocks. */
    readonly paragraph: number,
    readonly sentence: UnitText,
    private readonly ids: FormIds,
    readonly kind: UnitKind = 'body',
    /** Position of its block among the body paragraphs (-1 outside the body). */
    readonly bodyParagraph: number = paragraph,
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

/** The compared units of a version, their blocks, and its body paragraphs. */
export interface VersionBody {
  document: CommuniqueDocument
  /** Every compared block, in reading order (`unit.paragraph` indexes it). */
  blocks: Block[]
  /** The body paragraphs (paragraphs and list items; `unit.bodyParagraph` indexes it). */
  paragraphs: Block[]
  units: SentenceUnit[]
}

/** Closing formulas of a dateline or signature block ("Done at", "Signed in", "Adopted in"). */
const closingLine =
  /^(?:done|signed|adopted|made|issued|concluded|approved|endorsed|initialled|initialed)\b/i

/** The kind of unit a block's sentences are, or undefined when the block is not compared. */
export function unitKindOf(block: Block, options: ReadOptions): UnitKind | undefined {
  switch (block.type) {
    case 'paragraph':
    case 'listItem':
      return 'body'
    case 'heading':
      return options.headings ? 'heading' : undefined
    case 'signature':
      return 'closing'
    case 'dateline':
      return options.datelines || closingLine.test(block.text) ? 'closing' : undefined
    case 'boilerplate':
      return 'boilerplate'
  }
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

/** A sentence longer than this is compared as clause units (a run-on or OCR text read as one sentence). */
export const maxUnitLength = 1000
/** The shortest clause unit cut from a long sentence. */
const minClauseLength = 200

/**
 * A very long sentence as clause units: cut after "; " (or, where there is none, after
 * ", ") so that each unit has at least `minClauseLength` characters; a sentence of
 * ordinary length is one unit.
 */
export function clauseUnits(text: UnitText): UnitText[] {
  if (text.text.length <= maxUnitLength) return [text]
  const cuts: number[] = []
  const separator = text.text.includes('; ') ? /; /g : /, /g
  let from = 0
  for (const match of text.text.matchAll(separator)) {
    const at = match.index + match[0].length
    if (at - from >= minClauseLength && text.text.length - at >= minClauseLength) {
      cuts.push(at)
      from = at
    }
  }
  if (cuts.length === 0) return [text]
  const mapped = nodeMapped(text)
  const bounds = [0, ...cuts, text.text.length]
  const units: UnitText[] = []
  for (let k = 0; k + 1 < bounds.length; k++) {
    let end = bounds[k + 1]!
    while (end > bounds[k]! && text.text.charAt(end - 1) === ' ') end--
    units.push(sliceMapped(mapped, bounds[k]!, end))
  }
  return units
}

/** The units of a block: its sentences, or (boilerplate keeps none) its text cut at sentence ends. */
function blockTexts(block: Block): UnitText[] {
  if (block.sentences.length > 0) return block.sentences.flatMap(clauseUnits)
  if (block.text.trim().length === 0) return []
  const mapped = nodeMapped(block)
  return splitSentences(block.text)
    .ranges.map(([from, to]) => sliceMapped(mapped, from, to))
    .flatMap(clauseUnits)
}

export interface ReadOptions {
  /** Compare headings (default true). */
  headings: boolean
  /**
   * Compare news datelines ("CITY, Month D (Agency) -") and date lines, so that a changed
   * place, date or agency is reported (diff() sets it when both versions have one and are
   * of one kind). Closing lines ("Done at …") are always compared.
   */
  datelines?: boolean
}

/** Read the compared units of a document. */
export function readBody(
  document: CommuniqueDocument,
  ids: FormIds,
  options: ReadOptions,
): VersionBody {
  const blocks: Block[] = []
  const paragraphs: Block[] = []
  const units: SentenceUnit[] = []
  for (const block of document.blocks) {
    const kind = unitKindOf(block, options)
    if (kind === undefined) continue
    const texts = blockTexts(block)
    if (texts.length === 0) continue
    const paragraph = blocks.length
    blocks.push(block)
    const bodyParagraph = kind === 'body' ? paragraphs.length : -1
    if (kind === 'body') paragraphs.push(block)
    for (const text of texts)
      units.push(new SentenceUnit(units.length, paragraph, text, ids, kind, bodyParagraph))
  }
  return { document, blocks, paragraphs, units }
}
