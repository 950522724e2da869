// A Proposal from a sentence's reading: its source span, acts with their
// spans, resolved actor, object and the entities the object mentions.
import { sourceSpan } from '../../input/text-map.js'
import type { Sentence } from '../../model/document.js'
import type { Act, Proposal } from '../../model/entities.js'
import type { SentenceReading } from './classify-acts.js'
import type { Attribution } from './find-attribution.js'
import { findObject } from './find-object.js'
import { isAgent, isAgentWord } from './judge-agent.js'
import type { EntityIndex } from './link-entities.js'
import {
  type ActorResolver,
  type Antecedents,
  cleanActor,
  type IssuingParties,
} from './resolve-actor.js'

/** What building a proposal needs besides the sentence. */
export interface ProposalContext {
  source: string
  resolver: ActorResolver
  parties: IssuingParties
  entities: EntityIndex
}

/**
 * A sentence with the part of its text that is read: after a list marker or a dateline.
 * The reader reads this analysed text (white space folded, repairs applied, Markdown syntax
 * removed); the proposal it makes carries the source text of its span, as entities do.
 */
export interface ReadSentence {
  sentence: Sentence
  /** Offset in the sentence text where the read text starts. */
  offset: number
  /** The read text: `sentence.text.slice(offset)`, trimmed at the end. */
  text: string
}

function span(read: ReadSentence, from: number, to: number) {
  return sourceSpan(read.sentence, read.offset + from, read.offset + to)
}

function objectOf(read: ReadSentence, from: number, to: number, context: ProposalContext) {
  const range = findObject(read.text, from, to)
  if (!range) return { object: null, entities: [] }
  const where = span(read, range.from, range.to)
  const object = { ...where, text: context.source.slice(where.start, where.end) }
  return { object, entities: context.entities.within(where) }
}

/** The proposal's acts with their source spans. */
export function actsOf(read: ReadSentence, reading: SentenceReading): Act[] {
  return reading.acts.map((act) => ({
    verb: act.verb,
    kind: act.kind,
    ...span(read, act.from, act.to),
  }))
}

/** Words of a subject phrase after "it is necessary that" / "for": determiners, agents, names. */
const subjectWord =
  /^(?:the|all|both|each|every|our|their|its|member|developed|developing|international|we|they|\p{Lu}[\p{L}'’-]*)$/u

/** Who must act after "it is essential that ..." or "... for ... to": the phrase if it names an agent. */
function whoMust(rest: string): string | undefined {
  const opening = /^\s*(?:that|for)\s+/u.exec(rest)
  if (!opening) return undefined
  const words: string[] = []
  for (const word of rest.slice(opening[0].length).split(/\s+/, 8)) {
    if (!(subjectWord.test(word) || isAgentWord(word.toLowerCase()))) break
    words.push(word)
  }
  const who = words.join(' ')
  return who && isAgent(who) ? who : undefined
}

/** "Both countries will deepen ..., Qin said": parties named as the subject of "will" commit themselves. */
function commitsItself(first: SentenceReading['acts'][number], subject: string): boolean {
  return (
    first.kind === 'commit' &&
    first.clause === 'main' &&
    /^(?:both|the two|the three|all)\s+\p{Ll}+s$/iu.test(subject.trim())
  )
}

/**
 * The phrase that names the actor: the speaker of an attribution for what the
 * speaker says should or will be done, and for "we" inside a quote; otherwise
 * the subject ("the leaders have agreed to ..., the Office said": the leaders).
 */
export function actorPhrase(
  read: ReadSentence,
  reading: SentenceReading,
  attribution: Attribution | undefined,
): { phrase: string; speaking: boolean } {
  const first = reading.acts[0]!
  const subject = read.text.slice(reading.actor.from, reading.actor.to)
  const own =
    !attribution?.quoted &&
    (!first.modal || commitsItself(first, subject)) &&
    !first.impersonal &&
    !/^\s*(?:we|i|us)\s*$/i.test(subject.replace(/[“”"‘’]/g, ''))
  if (attribution?.speaker && !own) return { phrase: attribution.speaker, speaking: true }
  return { phrase: subject, speaking: first.clause === 'reported' }
}

/**
 * "“We agreed to organize the next meeting,” Lavrov said" after "Russia and Morocco reached an
 * agreement ...": a speaker's "we" that agreed is the parties that agreed, named just before.
 */
function jointParties(
  read: ReadSentence,
  reading: SentenceReading,
  attribution: Attribution | undefined,
  antecedents: Antecedents,
): string | undefined {
  const first = reading.acts[0]!
  const subject = read.text.slice(reading.actor.from, reading.actor.to).replace(/[“”"‘’]/g, '')
  if (
    !attribution?.quoted ||
    !/^\s*we\s*$/i.test(subject) ||
    !/^(?:have |has )?agreed?\b/.test(first.verb)
  ) {
    return undefined
  }
  let reach = 0
  for (const phrase of antecedents()) {
    if (++reach > 3) break
    const clean = cleanActor(phrase)
    if (/^\p{Lu}[\p{L}-]+ and \p{Lu}[\p{L}-]+$/u.test(clean)) return clean
  }
  return undefined
}

/**
 * "Russia proposes to hold ..., the deputy foreign minister said", "X told reporters that Astana
 * supported ...": a state named by a place, in what its official says, acts through the speaker.
 */
function speakerForState(
  read: ReadSentence,
  reading: SentenceReading,
  attribution: Attribution | undefined,
  context: ProposalContext,
): string | undefined {
  const first = reading.acts[0]!
  const speaker = first.speaker
    ? read.text.slice(first.speaker.from, first.speaker.to)
    : attribution && !attribution.quoted
      ? attribution.speaker
      : undefined
  // A named official or body ("Lavrentyev", "the Foreign Ministry"), not "the spokesman".
  const named = speaker && /^\p{Lu}/u.test(speaker.replace(/^(?:the|The)\s+/, ''))
  if (!named || first.clause !== 'main' || reading.actor.from === reading.actor.to) return undefined
  const subject = span(read, reading.actor.from, reading.actor.to)
  return context.entities.isPlace(subject) ? speaker! : undefined
}

function actorOf(
  read: ReadSentence,
  reading: SentenceReading,
  attribution: Attribution | undefined,
  context: ProposalContext,
  antecedents: Antecedents,
): string | null {
  const first = reading.acts[0]!
  if (first.passive && first.clause === 'main' && !attribution?.speaker) {
    // "shall be set up by the customs services": the agent; without one, the issuing parties.
    const { agent } = first.passive
    if (agent) return context.resolver.resolve(read.text.slice(agent.from, agent.to), antecedents)
    return (
      context.parties.sides ??
      context.parties.we ??
      context.parties.body ??
      context.parties.issuer ??
      null
    )
  }
  if (first.impersonal && first.clause !== 'reported' && !attribution?.speaker) {
    // "Member States are encouraged to ...", "It was agreed that ...": the body that speaks;
    // "We are called upon to ...": we.
    if (!/^(?:it is|it remains|there)/i.test(first.verb)) {
      const subject = read.text.slice(reading.actor.from, reading.actor.to).trim()
      if (/^(?:we|i)$/i.test(subject)) return context.resolver.resolve(subject, antecedents)
      return context.parties.body ?? context.parties.we ?? context.parties.issuer ?? null
    }
    const who = whoMust(read.text.slice(first.to))
    return who
      ? context.resolver.resolve(who, antecedents)
      : (context.parties.we ?? context.parties.body ?? context.parties.issuer ?? null)
  }
  const parties = jointParties(read, reading, attribution, antecedents)
  if (parties) return parties
  const official = speakerForState(read, reading, attribution, context)
  if (official) return context.resolver.resolve(official, antecedents, true)
  const { phrase, speaking } = actorPhrase(read, reading, attribution)
  return context.resolver.resolve(phrase, antecedents, speaking)
}

/** A proposal of a whole sentence: its text and span, with the actor, acts and object given. */
function proposalOf(
  read: ReadSentence,
  actor: string | null,
  acts: Proposal['acts'],
  object: { from: number; to: number },
  context: ProposalContext,
): Proposal {
  const where = span(read, 0, read.text.length)
  return {
    // Source text, as every extracted item's: `input.slice(start, end) === text`.
    text: context.source.slice(where.start, where.end),
    ...where,
    actor,
    acts,
    ...objectOf(read, object.from, object.to, context),
  }
}

/** The proposal a sentence makes. */
export function buildProposal(
  read: ReadSentence,
  reading: SentenceReading,
  attribution: Attribution | undefined,
  context: ProposalContext,
  antecedents: Antecedents,
): Proposal {
  const actor = actorOf(read, reading, attribution, context, antecedents)
  const object = { from: reading.objectFrom, to: attribution?.from ?? read.text.length }
  return proposalOf(read, actor, actsOf(read, reading), object, context)
}

/** The proposal a list item makes under its lead-in: the lead-in's actor and acts. */
export function buildItem(
  read: ReadSentence,
  leadIn: Proposal,
  context: ProposalContext,
): Proposal {
  const acts = leadIn.acts.map((act) => ({ ...act }))
  return proposalOf(read, leadIn.actor, acts, { from: 0, to: read.text.length }, context)
}

/** The proposal a list item makes under a subject ("The Deputies" / "1. called on ..."): its own acts. */
export function buildSubjectItem(
  read: ReadSentence,
  reading: SentenceReading,
  actor: string | null,
  context: ProposalContext,
): Proposal {
  const object = { from: reading.objectFrom, to: read.text.length }
  return proposalOf(read, actor, actsOf(read, reading), object, context)
}
