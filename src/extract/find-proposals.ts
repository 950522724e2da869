// The proposals step: every sentence of the body in which an actor proposes,
// supports or commits to a course of action (see ../../README and the
// annotation guidelines), and every list item under a lead-in ("The Council
// decided to:"). Runs after the entity steps: a proposal references the
// organizations, places, people and dates its object mentions.
import type { Block, CommuniqueDocument } from '../model/document.js'
import type { Proposal } from '../model/entities.js'
import {
  actorPhrase,
  buildItem,
  buildProposal,
  type ProposalContext,
  type ReadSentence,
} from './build-proposal.js'
import { mainSubject, readSentence } from './classify-acts.js'
import type { ExtractionContext, Step } from './context.js'
import { type ActCandidate, findActs } from './find-acts.js'
import { findAttribution } from './find-attribution.js'
import { findIssuingParties } from './find-issuing-parties.js'
import { continuesLeadIn, isLeadIn, markerLength } from './find-lead-ins.js'
import { EntityIndex } from './link-entities.js'
import { PeopleNames } from './name-people.js'
import { ActorResolver } from './resolve-actor.js'

/** "BRUSSELS — " before the first sentence of a news text that kept its dateline. */
const datelineLead = /^(?:\p{Lu}[\p{Lu}'’.-]*[\s,]+){1,4}[—–]+\s+/u

/** A one-line paragraph without final punctuation: a headline, not a sentence. */
function isHeadline(block: Block): boolean {
  if (block.type !== 'paragraph' || block.sentences.length !== 1) return false
  return !/[.!?;:…"”’)]\s*$/.test(block.text) && block.text.split(/\s+/).length <= 20
}

function readPart(block: Block, index: number): ReadSentence {
  const sentence = block.sentences[index]!
  let offset = markerLength(sentence.text)
  if (index === 0 && offset === 0 && /^\p{Lu}{2}/u.test(sentence.text.slice(0, 2))) {
    offset = datelineLead.exec(sentence.text)?.[0].length ?? 0
  }
  return { sentence, offset, text: sentence.text.slice(offset).trimEnd() }
}

/** A sentence that is only a list marker: "1.", "(a)", "2.1.". */
const bareMarker = /^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})[.)]$/

/**
 * How deep a sentence's list marker is: none 0, "2." 1, "2.1." 2; letters and
 * bullets ("(a)", "-") are always deeper than numbers.
 */
function markerDepth(block: Block, index: number, part: ReadSentence): number {
  const own = part.sentence.text.slice(0, markerLength(part.sentence.text)).trim()
  const marker = own || (index === 0 || block.type === 'listItem' ? (block.marker ?? '') : '')
  return marker ? depthOf(marker) : 0
}

function depthOf(marker: string): number {
  const numbers = /^\(?(\d+(?:\.\d+)*)[.)]?$/.exec(marker)
  return numbers ? numbers[1]!.split('.').length : 9
}

interface LeadIn {
  proposal: Proposal
  items: number
  /** How deep the lead-in's own marker is: its items are deeper ("2." leads "2.1."). */
  depth: number
}

/** A sentence read before: what a later pronoun may stand for is its subject. */
interface Earlier {
  text: string
  candidates: ActCandidate[]
  subject?: { from: number; to: number }
}

/** How many sentences back a pronoun looks for what it stands for. */
const pronounReach = 8

function subjectOf(earlier: Earlier): string {
  earlier.subject ??= mainSubject(earlier.text, earlier.candidates)
  return earlier.text.slice(earlier.subject.from, earlier.subject.to)
}

/** State carried from sentence to sentence: the open lead-in, the sentences before, the proposals so far. */
class ProposalReader {
  readonly proposals: Proposal[] = []
  /** Open lead-ins, outermost first: "decided:" with items "1.", "5.", and "2. ... shall:" inside. */
  private readonly leadIns: LeadIn[] = []
  private readonly earlier: Earlier[] = []
  /** The depth of a marker that stood alone as a sentence ("1."), for the sentence after it. */
  private pendingDepth = 0

  constructor(private readonly context: ProposalContext) {}

  /** Close the lead-ins at `depth` or deeper; one without items is a proposal of its own. */
  closeLists(depth = 0): void {
    for (let top = this.leadIns.at(-1); top && top.depth >= depth; top = this.leadIns.at(-1)) {
      this.leadIns.pop()
      if (top.items === 0) this.proposals.push(top.proposal)
    }
  }

  read(block: Block, index: number): void {
    const part = readPart(block, index)
    if (bareMarker.test(part.text)) {
      // "1." split off as a sentence of its own: it marks the sentence after it.
      this.pendingDepth = depthOf(part.text)
      return
    }
    const depth = markerDepth(block, index, part) || this.pendingDepth
    this.pendingDepth = 0
    this.closeLists(depth)
    const leadIn = this.leadIns.at(-1)
    if (leadIn && continuesLeadIn(part.text)) {
      this.proposals.push(buildItem(part, leadIn.proposal, this.context))
      leadIn.items++
      return
    }
    this.readSentence(part, findActs(part.text), depth)
  }

  private readSentence(part: ReadSentence, candidates: ActCandidate[], depth: number): void {
    const attribution = candidates.length > 0 ? findAttribution(part.text) : undefined
    const attributed = Boolean(attribution?.speaker)
    const reading = readSentence(part.text, { attributed }, candidates)
    const current: Earlier = { text: part.text, candidates }
    if (reading) {
      const proposal = buildProposal(part, reading, attribution, this.context, () =>
        this.antecedents(current, reading.actor.from),
      )
      if (isLeadIn(part.text, reading)) this.leadIns.push({ proposal, items: 0, depth })
      else this.proposals.push(proposal)
      // What later pronouns stand for: the speaker or the actor.
      current.subject = actorPhrase(part, reading, attribution)
    }
    this.earlier.unshift(current)
    if (this.earlier.length > pronounReach) this.earlier.pop()
  }

  /** Subjects a pronoun at `at` may stand for: its own sentence's, if before it, then earlier ones. */
  private *antecedents(current: Earlier, at: number): Generator<string> {
    const own = mainSubject(current.text, current.candidates)
    if (own.from < own.to && own.to <= at) yield current.text.slice(own.from, own.to)
    for (const earlier of this.earlier) yield subjectOf(earlier)
  }
}

function findAll(document: CommuniqueDocument, context: ExtractionContext): Proposal[] {
  const parties = findIssuingParties(document)
  const names = new PeopleNames(document.people, context.source)
  const reader = new ProposalReader({
    source: context.source,
    parties,
    resolver: new ActorResolver(parties, names),
    entities: new EntityIndex(document),
  })
  for (const block of context.analysed) {
    if ((block.type !== 'paragraph' && block.type !== 'listItem') || isHeadline(block)) {
      reader.closeLists()
      continue
    }
    for (let index = 0; index < block.sentences.length; index++) reader.read(block, index)
  }
  reader.closeLists()
  return reader.proposals
}

/** Pipeline step: fills `document.proposals`. */
export const findProposals: Step = {
  name: 'proposals',
  run(document, context) {
    document.proposals = findAll(document, context)
  },
}
