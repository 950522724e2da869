import type { Step } from '../context.js'
import {
  type AliasDefinition,
  candidatesOf,
  type EntityCandidates,
  type OrganizationCandidate,
  type OrganizationReference,
} from '../names/entity-candidates.js'
import { nameKey } from '../names/name-key.js'
import { initialsOf } from './initials.js'
import { bodiesAbbreviated } from './known-bodies.js'

const reference = (candidate: OrganizationCandidate): OrganizationReference =>
  candidate.owner ? { name: candidate.name, owner: candidate.owner } : { name: candidate.name }

/** What each defined alias stands for: an organization, or null for something else ("RCEP"). */
function definedAliases(candidates: EntityCandidates): Map<string, OrganizationReference | null> {
  const byAlias = new Map<string, OrganizationReference | null>()
  const bySpan = new Map(candidates.organizations.map((o) => [`${o.start}:${o.end}`, o]))
  for (const definition of candidates.definitions) {
    const target = definedTarget(definition, bySpan)
    for (const alias of definition.aliases) {
      if (!byAlias.has(nameKey(alias.text))) byAlias.set(nameKey(alias.text), target)
    }
  }
  return byAlias
}

function definedTarget(
  definition: AliasDefinition,
  bySpan: Map<string, OrganizationCandidate>,
): OrganizationReference | null {
  if (!definition.organization) return null
  const candidate = bySpan.get(`${definition.target.start}:${definition.target.end}`)
  return candidate ? reference(candidate) : { name: definition.name }
}

/** Finds the organization a code stands for by initials or listed expansion, with indexes built once. */
function expansionFinder(candidates: EntityCandidates) {
  const byInitials = new Map<string, Map<string, OrganizationCandidate>>()
  const byName = new Map<string, OrganizationCandidate>()
  for (const candidate of candidates.organizations) {
    if (candidate.aliasOf) continue
    const key = nameKey(candidate.name)
    if (!byName.has(key)) byName.set(key, candidate)
    const initials = initialsOf(candidate.name)
    if (initials.length < 2 || initials === candidate.name) continue
    const names = byInitials.get(initials) ?? new Map<string, OrganizationCandidate>()
    names.set(key, candidate)
    byInitials.set(initials, names)
  }
  return (code: string): OrganizationReference | undefined => {
    const names = byInitials.get(code)
    if (names?.size === 1) return reference([...names.values()][0]!)
    for (const body of bodiesAbbreviated(code)) {
      const known = byName.get(nameKey(body.name))
      if (known) return reference(known)
    }
    return undefined
  }
}

/**
 * Link codes to what they stand for: first a parenthesis or "hereinafter" that the
 * text gives, then a name in the text with the same initials or a listed expansion.
 * A code that stands for something other than an organization ("RCEP") is dropped;
 * one linked to nothing stays an organization of its own only if it is listed ("IMF").
 */
export const linkAcronyms: Step = {
  name: 'link-acronyms',
  run(document) {
    const candidates = candidatesOf(document)
    const defined = definedAliases(candidates)
    for (const candidate of candidates.organizations) {
      const target = defined.get(nameKey(candidate.name))
      if (target && nameKey(target.name) !== nameKey(candidate.name) && !candidate.owner) {
        candidate.aliasOf = target
      }
    }
    const expansionOf = expansionFinder(candidates)
    const expansions = new Map<string, OrganizationReference | undefined>()
    for (const acronym of candidates.acronyms) {
      const key = nameKey(acronym.text)
      if (defined.has(key)) {
        acronym.target = defined.get(key)!
        continue
      }
      if (!expansions.has(acronym.text)) {
        expansions.set(acronym.text, expansionOf(acronym.text))
      }
      const target = expansions.get(acronym.text)
      if (target) acronym.target = target
      else if (bodiesAbbreviated(acronym.text).length > 0) acronym.target = { name: acronym.text }
      else acronym.target = null
    }
  },
}
