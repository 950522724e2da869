// The proposals step: every sentence of the body in which an actor proposes,
// supports or commits to a course of action (see ../../README and the
// annotation guidelines), and every list item under a lead-in ("The Council
// decided to:"). Runs after the entity steps: a proposal references the
// organizations, places, people and dates its object mentions.
import type { Block, CommuniqueDocument, Sentence } from '../../model/document.js'
import type { Proposal } from '../../model/entities.js'
import type { ExtractionContext, Step } from '../context.js'
import type { ReadSentence } from './build-proposal.js'
import { findActs } from './find-acts.js'
import { findIssuingParties } from './find-issuing-parties.js'
import { markerLength } from './find-lead-ins.js'
import { EntityIndex } from './link-entities.js'
import { PeopleNames } from './name-people.js'
import { ProposalReader } from './proposal-reader.js'
import { ActorResolver } from './resolve-actor.js'

/** "BRUSSELS — " before the first sentence of a news text that kept its dateline. */
const datelineLead =
  /^(?:[^—–()]{2,60}?\([\p{L} .]{2,30}\)\s*(?:--|[—–])\s+|(?:\p{Lu}[\p{Lu}'’./-]*[\s,]+){1,4}[—–]+\s+|(?:\p{Lu}[\p{L}.]*[\s,]+){1,4}[—–-]+\s+[^:]{3,40}:\s+)/u

/** A one-line paragraph without final punctuation: a headline, not a sentence. */
function isHeadline(block: Block): boolean {
  if (block.type !== 'paragraph' || block.sentences.length !== 1 || block.text.length > 200) {
    return false
  }
  return !/[.!?;:,…"”’)]$/.test(block.text.trimEnd()) && block.text.split(/\s+/).length <= 20
}

function readPart(block: Block, index: number): ReadSentence {
  const sentence = block.sentences[index]!
  let offset = markerLength(sentence.text)
  if (index === 0 && offset === 0 && datelineDash.test(sentence.text.slice(0, 80))) {
    offset = datelineLead.exec(sentence.text)?.[0].length ?? 0
  }
  // Sentences come trimmed: most are read whole, without a copy.
  const text = offset === 0 ? sentence.text : sentence.text.slice(offset)
  return { sentence, offset, text }
}

/** A dash near the start of a sentence that begins with a capital: maybe a dateline. */
const datelineDash = /^\p{Lu}\p{L}[^—–]{0,78}?(?:[—–]|\s--?\s)/u

/** Page furniture inside the body: page numbers, initials lines, a running header seen before. */
function isFurniture(block: Block, headings: Set<string>): boolean {
  if (!/\p{L}[\s\S]*?\p{L}[\s\S]*?\p{L}/u.test(block.text)) return true
  if (/^(?:page\s+\d+(?:\s+of\s+\d+)?|initials\b.*)$/i.test(block.text.trim())) return true
  if (block.type !== 'heading') return false
  // A document symbol that heads a page ("CM/Del/Dec(2025)1541 ...", "S/PRST/2014/13").
  if (/^\p{Lu}[\p{L}]*\/[^\s]*\d/u.test(block.text)) return true
  // A running header repeats, with a code or a date in it; "The Deputies" may repeat too.
  return headings.has(block.text) && /\d/.test(block.text)
}

/**
 * The text's last sentence when the input stops inside it ("... will help boost the
 * recovery o"): an excerpt cut off, whose acts may be cut too. It is not read, and a
 * `proposal-cut-off` message says so.
 */
function cutOffSentence(context: ExtractionContext): Sentence | undefined {
  const last = context.analysed.findLast(
    (block) => block.type === 'paragraph' || block.type === 'listItem',
  )
  if (!last || last !== context.analysed.at(-1)) return undefined
  const sentence = last.sentences.at(-1)
  if (!sentence || !/[\p{Ll}\p{N}]$/u.test(sentence.text)) return undefined
  // Only when nothing but white space follows in the input.
  return context.source.slice(sentence.end).trim() === '' ? sentence : undefined
}

/** A sentence read before (the lead of a news story repeated under its headline) proposes once. */
function dropRepeats(proposals: Proposal[]): Proposal[] {
  const seen = new Set<string>()
  return proposals.filter((proposal) => {
    const key = proposal.text.replace(/\s+/g, ' ')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function findAll(document: CommuniqueDocument, context: ExtractionContext): Proposal[] {
  const parties = findIssuingParties(document)
  const names = new PeopleNames(document.people, context.source)
  const reader = new ProposalReader({
    source: context.source,
    parties,
    resolver: new ActorResolver(
      parties,
      names,
      context.source,
      document.organizations.map((organization) => organization.name),
    ),
    entities: new EntityIndex(document),
  })
  // A running header labelled furniture where it first stood is furniture where it repeats
  // as a heading, between two items of a list, which it leaves open.
  const headings = new Set(
    document.blocks.filter((block) => block.type === 'boilerplate').map((block) => block.text),
  )
  const cutOff = cutOffSentence(context)
  for (const block of context.analysed) {
    if (isFurniture(block, headings)) continue
    if (block.type === 'heading') headings.add(block.text)
    if (block.type === 'heading') {
      // A heading may name who acts in the list below it ("The Deputies").
      reader.readHeading(block)
      continue
    }
    if ((block.type !== 'paragraph' && block.type !== 'listItem') || isHeadline(block)) {
      reader.closeLists()
      continue
    }
    for (let index = 0; index < block.sentences.length; index++) {
      if (block.sentences[index] === cutOff) continue
      reader.read(block, index, readPart(block, index))
    }
  }
  reader.closeLists()
  if (cutOff && findActs(cutOff.text).length > 0) {
    context.messages.info(
      'proposal-cut-off',
      'the text ends inside this sentence: its acts are not read',
      cutOff.start,
      cutOff.end,
    )
  }
  return dropRepeats(reader.proposals)
}

/** Pipeline step: fills `document.proposals`. */
export const findProposals: Step = {
  name: 'proposals',
  run(document, context) {
    document.proposals = findAll(document, context)
  },
}
