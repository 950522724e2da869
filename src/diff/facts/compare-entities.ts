// The entity-level comparison: organizations, places and people matched through their
// names, aliases and acronyms (see match-entities.ts), dates through their values
// ("on Thursday" = "3 June 2021" when both resolve to 2021-06-03), proposals through the
// alignment of the sentences that carry them.

import type {
  Alignment,
  DocumentDiff,
  EntityComparison,
  EntitySide,
  ProposalComparison,
  ProposalSide,
} from '../../model/diff.js'
import type { CommuniqueDocument } from '../../model/document.js'
import type { DateMention, Organization, Person, Place, Proposal } from '../../model/entities.js'
import type { DocumentFacts } from './document-facts.js'
import { type EntityMatcher, type EntityType, entityLists } from './match-entities.js'

/** What the proposal comparison reads of an alignment entry (see classify/build-entries.ts). */
interface AlignedEntry {
  alignment: Alignment
}

function entitySide(entity: Organization | Place | Person): EntitySide {
  const owner = (entity as Organization).owner
  return {
    name: owner ? `${owner}'s ${entity.name}` : entity.name,
    mentions: entity.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })),
  }
}

function compareEntities(
  a: CommuniqueDocument,
  b: CommuniqueDocument,
  type: EntityType,
  matcher: EntityMatcher,
): EntityComparison {
  const listA = a[entityLists[type]]
  const listB = b[entityLists[type]]
  const comparison: EntityComparison = { onlyA: [], onlyB: [], both: [] }
  listA.forEach((entity, i) => {
    const matches = matcher.matchesOf(type, 'a', i)
    if (matches.length === 0) comparison.onlyA.push(entitySide(entity))
    else comparison.both.push({ a: entitySide(entity), b: entitySide(listB[matches[0]!]!) })
  })
  listB.forEach((entity, j) => {
    if (matcher.matchesOf(type, 'b', j).length === 0) comparison.onlyB.push(entitySide(entity))
  })
  return comparison
}

function dateGroups(dates: readonly DateMention[]): Map<string, EntitySide> {
  const groups = new Map<string, EntitySide>()
  for (const date of dates) {
    const key = date.value ?? `text:${date.text.toLowerCase()}`
    if (!groups.has(key))
      groups.set(key, { name: date.value ?? date.text, value: date.value, mentions: [] })
    groups.get(key)!.mentions.push({ text: date.text, start: date.start, end: date.end })
  }
  return groups
}

function compareDates(a: DocumentFacts, b: DocumentFacts): EntityComparison {
  const groupsA = dateGroups(a.dates)
  const groupsB = dateGroups(b.dates)
  const comparison: EntityComparison = { onlyA: [], onlyB: [], both: [] }
  for (const [key, side] of groupsA) {
    const other = groupsB.get(key)
    if (other) comparison.both.push({ a: side, b: other })
    else comparison.onlyA.push(side)
  }
  for (const [key, side] of groupsB) if (!groupsA.has(key)) comparison.onlyB.push(side)
  return comparison
}

function proposalSide(proposal: Proposal): ProposalSide {
  return {
    text: proposal.text,
    start: proposal.start,
    end: proposal.end,
    actor: proposal.actor,
    acts: proposal.acts.map((act) => ({ verb: act.verb, kind: act.kind })),
  }
}

/** Proposals starting inside any of the spans. */
function proposalsIn(
  facts: DocumentFacts,
  spans: ReadonlyArray<{ start: number; end: number }>,
): Proposal[] {
  return spans.flatMap((span) => facts.proposalsIn(span.start, span.end))
}

function compareProposals(
  factsA: DocumentFacts,
  factsB: DocumentFacts,
  entries: readonly AlignedEntry[],
): ProposalComparison {
  const [a, b] = [factsA.document, factsB.document]
  const comparison: ProposalComparison = { onlyA: [], onlyB: [], both: [] }
  const seenA = new Set<Proposal>()
  const seenB = new Set<Proposal>()
  for (const { alignment } of entries) {
    const inA = proposalsIn(factsA, alignment.a)
    const inB = proposalsIn(factsB, alignment.b)
    for (let k = 0; k < Math.max(inA.length, inB.length); k++) {
      const [pa, pb] = [inA[k], inB[k]]
      if (pa) seenA.add(pa)
      if (pb) seenB.add(pb)
      if (pa && pb) comparison.both.push({ a: proposalSide(pa), b: proposalSide(pb) })
      else if (pa) comparison.onlyA.push(proposalSide(pa))
      else if (pb) comparison.onlyB.push(proposalSide(pb))
    }
  }
  // Proposals outside the body sentences: matched by their text.
  const restB = b.proposals.filter((p) => !seenB.has(p))
  for (const pa of a.proposals.filter((p) => !seenA.has(p))) {
    const k = restB.findIndex((pb) => pb.text === pa.text)
    if (k >= 0)
      comparison.both.push({ a: proposalSide(pa), b: proposalSide(restB.splice(k, 1)[0]!) })
    else comparison.onlyA.push(proposalSide(pa))
  }
  for (const pb of restB) comparison.onlyB.push(proposalSide(pb))
  return comparison
}

/** The `entities` part of a diff. */
export function compareAll(
  factsA: DocumentFacts,
  factsB: DocumentFacts,
  matcher: EntityMatcher,
  entries: readonly AlignedEntry[],
): DocumentDiff['entities'] {
  const [a, b] = [factsA.document, factsB.document]
  return {
    organizations: compareEntities(a, b, 'organization', matcher),
    places: compareEntities(a, b, 'place', matcher),
    people: compareEntities(a, b, 'person', matcher),
    dates: compareDates(factsA, factsB),
    proposals: compareProposals(factsA, factsB, entries),
  }
}
