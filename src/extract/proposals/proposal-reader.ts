// Reading a document's body sentence by sentence for proposals, with what one
// sentence leaves for the next: open lists (lead-ins and their items), the
// subjects that later pronouns stand for, and the speaker of a quotation that
// runs over several sentences.
import type { Block } from '../../model/document.js'
import type { Proposal } from '../../model/entities.js'
import {
  actorPhrase,
  buildItem,
  buildProposal,
  buildSubjectItem,
  type ProposalContext,
  type ReadSentence,
} from './build-proposal.js'
import { mainSubject, openingName, readSentence } from './classify-acts.js'
import { type ActCandidate, findActs } from './find-acts.js'
import { type Attribution, findAttribution } from './find-attribution.js'
import {
  continuesLeadIn,
  depthOf,
  isBareMarker,
  isInside,
  isLeadIn,
  type ListPlace,
  listPlace,
  subjectLeadIn,
} from './find-lead-ins.js'

/** An open list: a lead-in whose items take its acts, or a subject whose items have their own. */
interface OpenList extends ListPlace {
  leadIn?: Proposal
  subject?: string | null
  items: number
  /** Where its first item stood: the items after it stand there too. */
  child?: ListPlace
}

/**
 * Is a sentence at `place` an item of `list`: deeper than its lead-in, level with its first
 * item, or the first item of a list a lead-in has just opened ("to:" then "1.", however
 * the two are indented).
 */
function isItemOf(place: ListPlace, list: OpenList): boolean {
  if (isInside(place, list)) return true
  const { child } = list
  if (child) return place.depth > 0 && place.column === child.column && place.depth === child.depth
  return list.leadIn !== undefined && place.first === true
}

/** A sentence read before: what a later pronoun may stand for is its subject. */
interface Earlier {
  text: string
  candidates: ActCandidate[]
  subject?: string
}

function hasQuote(text: string): boolean {
  return /["“”]/.test(text)
}

/** A preambular paragraph that acknowledges or recalls: what it holds is not proposed. */
const acknowledges =
  /^(?:Acknowledging|Recognizing|Recognising|Noting|Recalling|Considering|Bearing in mind|Mindful|Aware|Taking note|Realizing|Realising|Observing|Reaffirming that|Convinced|Guided)\b/i

/** "Considering the violation ...,", "Following an exchange of views ...,": a preambular clause. */
function isPreambular(text: string): boolean {
  return /[,;]$/.test(text) && /^(?:\p{Lu}\p{Ll}+(?:ing|ed)|Mindful|Aware|Convinced)\b/u.test(text)
}

/** How many sentences back a pronoun looks for what it stands for. */
const pronounReach = 8

function subjectOf(earlier: Earlier): string {
  if (earlier.subject === undefined) {
    const range = mainSubject(earlier.text, earlier.candidates)
    earlier.subject = earlier.text.slice(range.from, range.to)
  }
  return earlier.subject
}

export class ProposalReader {
  readonly proposals: Proposal[] = []
  /** Open lists, outermost first: "decided:" with items "1.", "5.", and "2. ... shall:" inside. */
  private readonly lists: OpenList[] = []
  private readonly earlier: Earlier[] = []
  /** A marker that stood alone as a sentence ("1."), for the sentence after it. */
  private pendingDepth = 0
  /** Who speaks in a quotation that goes on ("“...,” said X. “Donors should ...”"). */
  private quoteSpeaker: string | undefined
  /** A quotation is open at the start of the next sentence. */
  private quoteOpen = false

  constructor(private readonly context: ProposalContext) {}

  /** Close the lists that `place` is not inside (all of them by default). */
  closeLists(place: ListPlace = { column: 0, depth: 0 }): void {
    for (let top = this.lists.at(-1); top && !isItemOf(place, top); top = this.lists.at(-1)) {
      this.lists.pop()
      if (top.leadIn && top.items === 0) this.proposals.push(top.leadIn)
    }
  }

  /** A heading closes every list; one that only names a subject ("The Deputies") leads the next. */
  readHeading(block: Block): void {
    this.closeLists()
    const subject = block.sentences.length === 1 ? subjectLeadIn(block.text) : undefined
    if (!subject || findActs(block.text).length > 0) return
    const actor = this.context.resolver.resolve(subject, () => [])
    // A heading stands outside any list, however far its text is from the margin ("## ").
    this.lists.push({ column: 0, depth: 0, subject: actor, items: 0 })
  }

  read(block: Block, index: number, part: ReadSentence): void {
    if (isBareMarker(part.text)) {
      this.pendingDepth = depthOf(part.text)
      return
    }
    const place = listPlace(block, index, part.sentence.text)
    if (place.depth === 0 && this.pendingDepth) place.depth = this.pendingDepth
    this.pendingDepth = 0
    // "of Uzbek cherries ..." after a page break goes on with the item before it.
    if (!(place.depth === 0 && /^\p{Ll}/u.test(part.text))) {
      // "Considering ...," between a subject ("The Deputies") and its numbered items.
      const top = this.lists.at(-1)
      if (top?.subject !== undefined && place.depth === 0 && isPreambular(part.text)) {
        this.readPreambular(part, top)
        return
      }
      this.closeLists(place)
    }
    const list = this.lists.at(-1)
    if (list && place.depth > 0 && this.readItem(part, list, place)) return
    const subject = place.depth === 0 || !list ? subjectLeadIn(part.text) : undefined
    if (subject && findActs(part.text).length === 0) {
      const actor = this.context.resolver.resolve(subject, () => [])
      this.lists.push({ ...place, subject: actor, items: 0 })
      return
    }
    this.readSentence(part, findActs(part.text), place)
  }

  /** A preambular clause under a subject: "Determined to ...," is the subject's act. */
  private readPreambular(part: ReadSentence, list: OpenList): void {
    const reading = readSentence(part.text, { subjectGiven: true })
    if (reading && !acknowledges.test(part.text)) {
      this.proposals.push(buildSubjectItem(part, reading, list.subject ?? null, this.context))
    }
  }

  /** An item of an open list; false when the sentence is not one. */
  private readItem(part: ReadSentence, list: OpenList, place: ListPlace): boolean {
    if (list.leadIn) {
      if (!continuesLeadIn(part.text)) return false
      list.child ??= place
      this.proposals.push(buildItem(part, list.leadIn, this.context))
      list.items++
      return true
    }
    if (!/^\p{Ll}/u.test(part.text)) return false
    list.child ??= place
    list.items++
    const reading = readSentence(part.text, { subjectGiven: true })
    if (!reading) return true
    const proposal = buildSubjectItem(part, reading, list.subject ?? null, this.context)
    if (isLeadIn(part.text, reading)) this.lists.push({ ...place, leadIn: proposal, items: 0 })
    else this.proposals.push(proposal)
    return true
  }

  private readSentence(part: ReadSentence, candidates: ActCandidate[], place: ListPlace): void {
    // "Acknowledging that ..., Parties should ...,": a preambular paragraph acknowledges all of it.
    if (acknowledges.test(part.text) && /[,;]$/.test(part.text)) candidates = []
    const quoted = hasQuote(part.text)
    const attribution = this.attributionOf(part.text, candidates, quoted)
    const attributed = Boolean(attribution?.speaker)
    const reading = readSentence(part.text, { attributed }, candidates)
    const current: Earlier = { text: part.text, candidates }
    if (reading) {
      const proposal = buildProposal(part, reading, attribution, this.context, () =>
        this.antecedents(current, reading.actor.from),
      )
      if (isLeadIn(part.text, reading)) this.lists.push({ ...place, leadIn: proposal, items: 0 })
      else this.proposals.push(proposal)
      // What later pronouns stand for: the speaker or the actor.
      current.subject = actorPhrase(part, reading, attribution).phrase
    }
    this.earlier.unshift(current)
    if (this.earlier.length > pronounReach) this.earlier.pop()
    this.followQuotation(part.text, attribution, quoted)
  }

  /** The sentence's own attribution, else the speaker of the quotation it goes on with. */
  private attributionOf(
    text: string,
    candidates: ActCandidate[],
    quoted: boolean,
  ): Attribution | undefined {
    const own = candidates.length > 0 || quoted ? findAttribution(text) : undefined
    const inQuote = this.quoteOpen || /^["“]/.test(text)
    if (own?.speaker || !this.quoteSpeaker || !inQuote) return own
    return { from: own?.from ?? text.length, speaker: this.quoteSpeaker, quoted: true }
  }

  /** Who speaks in the quotation the next sentence may belong to, and whether it is still open. */
  private followQuotation(
    text: string,
    attribution: Attribution | undefined,
    quoted: boolean,
  ): void {
    const inQuote = this.quoteOpen || /^["“]/.test(text)
    if (quoted) {
      for (const mark of text.match(/["“”]/g) ?? []) {
        this.quoteOpen = mark === '“' ? true : mark === '”' ? false : !this.quoteOpen
      }
    }
    const introduces =
      text.endsWith(':') && /\b(?:statement|said|says|declared|stated)\b/.test(text)
    if (attribution?.speaker && attribution.quoted) this.quoteSpeaker = attribution.speaker
    else if (introduces) this.quoteSpeaker = openingName(text) || undefined
    else if (!inQuote) this.quoteSpeaker = undefined
  }

  /** Subjects a pronoun at `at` may stand for: its own sentence's, if before it, then earlier ones. */
  private *antecedents(current: Earlier, at: number): Generator<string> {
    const own = mainSubject(current.text, current.candidates)
    if (own.from < own.to && own.to <= at) yield current.text.slice(own.from, own.to)
    for (const earlier of this.earlier) yield subjectOf(earlier)
  }
}
