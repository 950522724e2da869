import type { Step } from '../extract/context.js'
import {
  candidatesOf,
  type EntityCandidates,
  type OrganizationReference,
  type SourceSpan,
} from '../extract/names/entity-candidates.js'
import { nameKey, organizationKey } from '../extract/names/name-key.js'
import { toMentions } from '../extract/names/to-mentions.js'
import { bodyNamed } from '../extract/organizations/known-bodies.js'
import { mergePeople } from '../extract/people/merge-people.js'
import type { Organization } from '../model/entities.js'

interface Group {
  name: string
  owner?: string
  aliases: Map<string, string>
  spans: SourceSpan[]
  /** Every mention came from a weak head ("Conference") and nothing links it. */
  weak: boolean
  /** Mentions by a short form ("the Forum"): two or more make a weak head a body. */
  shortForms: number
  /** Linked to a code or given a name by a parenthesis. */
  defined: boolean
}

function organizationGroups(candidates: EntityCandidates): Map<string, Group> {
  const groups = new Map<string, Group>()
  // A name that is another name of a body ("Ministerial Council") stands for that body.
  const redirects = new Map<string, OrganizationReference>()
  for (const candidate of candidates.organizations) {
    if (candidate.aliasOf)
      redirects.set(organizationKey(candidate.name, candidate.owner), candidate.aliasOf)
  }
  const groupOf = (written: OrganizationReference, weak: boolean): Group => {
    let ref = written
    for (let hop = 0; hop < 4; hop++)
      ref = redirects.get(organizationKey(ref.name, ref.owner)) ?? ref
    const key = organizationKey(ref.name, ref.owner)
    let group = groups.get(key)
    if (!group) {
      group = { name: ref.name, aliases: new Map(), spans: [], weak, shortForms: 0, defined: false }
      if (ref.owner) group.owner = ref.owner
      groups.set(key, group)
    }
    group.weak &&= weak
    // An upper-case heading or dateline gives way to the name as usually written.
    if (group.name === group.name.toUpperCase() && ref.name !== ref.name.toUpperCase()) {
      group.name = ref.name
    }
    return group
  }
  const addAlias = (
    ref: OrganizationReference,
    written: string,
    span: SourceSpan,
    kind = 'code',
  ) => {
    const group = groupOf(ref, true)
    // A short form that opens a sentence makes the body act ("The Forum proposes"): it counts twice.
    if (kind === 'short') group.shortForms += written.startsWith('The ') ? 2 : 1
    else group.defined = true
    // "The Forum" at the start of a sentence, "this Organization": the short form "the Forum".
    const alias = written.replace(/^(?:The|This|this|Its|its|Our|our|That|that) /, 'the ')
    if (nameKey(alias) !== nameKey(group.name)) group.aliases.set(nameKey(alias), alias)
    group.spans.push(span)
  }
  const sorted = [...candidates.organizations].sort((a, b) => a.start - b.start)
  for (const candidate of sorted) {
    if (candidate.aliasOf) addAlias(candidate.aliasOf, candidate.name, candidate, 'name')
    else groupOf(candidate, candidate.weak).spans.push(candidate)
  }
  for (const acronym of candidates.acronyms) {
    if (acronym.target) addAlias(acronym.target, acronym.text, acronym)
    if (acronym.expansion) groupOf(acronym.expansion, true).defined = true
  }
  for (const form of candidates.shortForms) {
    if (form.target) addAlias(form.target, form.text, form, form.own ? 'name' : 'short')
  }
  const bySpan = new Map(candidates.organizations.map((o) => [`${o.start}:${o.end}`, o]))
  for (const definition of candidates.definitions) {
    if (!definition.organization) continue
    const target = bySpan.get(`${definition.target.start}:${definition.target.end}`)
    const ref = target?.aliasOf ?? target ?? { name: definition.name }
    for (const alias of definition.aliases) addAlias(ref, alias.text, alias)
  }
  return groups
}

/** Organizations: one entry per name and owner, with every mention and the other names it goes by. */
function mergeOrganizations(candidates: EntityCandidates, source: string): Organization[] {
  const result: Array<Organization & { first: number }> = []
  for (const group of organizationGroups(candidates).values()) {
    const linked = group.defined || group.shortForms >= 2 || bodyNamed(group.name) !== undefined
    if (group.weak && !linked) continue
    const mentions = toMentions(group.spans, source)
    if (mentions.length === 0) continue
    // "UNITED NATIONS" of a dateline is the United Nations.
    const upper = group.name.includes(' ') && group.name === group.name.toUpperCase()
    const organization: Organization & { first: number } = {
      name: upper ? (bodyNamed(group.name)?.name ?? group.name) : group.name,
      aliases: [...group.aliases.values()],
      mentions,
      first: mentions[0]!.start,
    }
    if (group.owner) organization.owner = group.owner
    result.push(organization)
  }
  return result
    .sort((a, b) => a.first - b.first)
    .map(({ first: _first, ...organization }) => organization)
}

/** Places: one entry per name, with every mention. */
function mergePlaces(candidates: EntityCandidates, source: string) {
  const groups = new Map<string, { name: string; spans: SourceSpan[] }>()
  for (const place of candidates.places) {
    const group = groups.get(place.name) ?? { name: place.name, spans: [] }
    group.spans.push(place)
    groups.set(place.name, group)
  }
  return [...groups.values()]
    .map((group) => ({ name: group.name, mentions: toMentions(group.spans, source) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
}

/** Write the merged organizations, places and people into the document. */
export const mergeMentions: Step = {
  name: 'merge-mentions',
  run(document, context) {
    const candidates = candidatesOf(document)
    document.organizations = mergeOrganizations(candidates, context.source)
    document.places = mergePlaces(candidates, context.source)
    document.people = mergePeople(candidates, context.source)
  },
}
