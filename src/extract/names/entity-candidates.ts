import type { Block, CommuniqueDocument, Sentence } from '../../model/document.js'
import type { Chunk } from './name-chunks.js'
import type { Name } from './split-names.js'
import type { Token } from './tokenize.js'

/** A sentence's words and capitalised names, read once and shared by the entity steps. */
export interface SentenceNames {
  block: Block
  sentence: Sentence
  tokens: Token[]
  chunks: Chunk[]
  /** The names of each chunk, in the same order as `chunks`. */
  names: Name[][]
}

/** A source span `[start, end)` in the original input. */
export interface SourceSpan {
  start: number
  end: number
}

/** Which organization a mention belongs to: its name and owner. */
export interface OrganizationReference {
  name: string
  owner?: string
}

export interface OrganizationCandidate extends SourceSpan {
  name: string
  owner?: string
  /** The head word ("Council"), or the name itself for bodies without one. */
  head: string
  /** Kept only if linked to an acronym or known ("Conference on ..."). */
  weak: boolean
  /** Set by the refine steps: another name of this organization ("Peace and Security Council"). */
  aliasOf?: OrganizationReference
}

/** An upper-case code ("SCO"): an organization once linked or known. */
export interface AcronymCandidate extends SourceSpan {
  text: string
  /** Set by link-acronyms: the expansion, or null when the code stands for no organization. */
  target?: OrganizationReference | null
  /** Inside a document symbol ("CP" in "1/CP.26"): confirms a name, is no organization. */
  symbol?: true
  /** Set by link-acronyms: the name in the text (or listed) that the code abbreviates, when no parenthesis links them. */
  expansion?: OrganizationReference
}

/** "the Council": a defined short form of a body named elsewhere. */
export interface ShortFormCandidate extends SourceSpan {
  head: string
  /** The short form as written, with its article ("the Council"). */
  text: string
  /** Set by resolve-short-forms. */
  target?: OrganizationReference
  /** Set by resolve-short-forms: a body of its own, named by its head ("calls on the Council"). */
  own?: true
}

/** "(hereinafter the SCO or the Organisation)", "(SCO)": names the text gives a name. */
export interface AliasDefinition {
  /** The defined name as written, and whether it is an organization. */
  name: string
  target: SourceSpan
  organization: boolean
  aliases: Array<SourceSpan & { text: string }>
}

export interface PlaceCandidate extends SourceSpan {
  name: string
}

export interface PersonCandidate extends SourceSpan {
  name: string
  title?: string
}

/** Everything the find steps collect, before the refine steps link and merge it. */
export interface EntityCandidates {
  sentences: SentenceNames[]
  organizations: OrganizationCandidate[]
  acronyms: AcronymCandidate[]
  shortForms: ShortFormCandidate[]
  definitions: AliasDefinition[]
  places: PlaceCandidate[]
  people: PersonCandidate[]
}

const store = new WeakMap<CommuniqueDocument, EntityCandidates>()

/** The candidates collected for a document so far (created empty on first use). */
export function candidatesOf(document: CommuniqueDocument): EntityCandidates {
  let found = store.get(document)
  if (!found) {
    found = {
      sentences: [],
      organizations: [],
      acronyms: [],
      shortForms: [],
      definitions: [],
      places: [],
      people: [],
    }
    store.set(document, found)
  }
  return found
}

/**
 * Let go of a document's candidates once the steps have run: the words of every sentence
 * (about 30 bytes per character of input) would otherwise live as long as the document.
 */
export function releaseCandidates(document: CommuniqueDocument): void {
  store.delete(document)
}
