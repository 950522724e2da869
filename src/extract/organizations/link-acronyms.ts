import type { Step } from '../context.js'
import {
  type AliasDefinition,
  candidatesOf,
  type EntityCandidates,
  type OrganizationCandidate,
  type OrganizationReference,
  type SourceSpan,
} from '../names/entity-candidates.js'
import { nameKey } from '../names/name-key.js'
import { initialsOf, wordInitialsOf } from './initials.js'
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
      if (alias.text.includes(' ')) linkInner(alias.text, definition, candidates, byAlias)
    }
  }
  return byAlias
}

/**
 * "Secretariat of the Economic Cooperation Organization (hereinafter the ECO Secretariat)":
 * the code inside the alias stands for the name inside the defined name with its initials.
 */
function linkInner(
  alias: string,
  definition: AliasDefinition,
  candidates: EntityCandidates,
  byAlias: Map<string, OrganizationReference | null>,
): void {
  for (const code of alias.match(/\b\p{Lu}{2,}\b/gu) ?? []) {
    if (byAlias.has(nameKey(code))) continue
    const inner = candidates.organizations.find(
      (o) =>
        o.start >= definition.target.start &&
        o.end <= definition.target.end &&
        initialsOf(o.name) === code,
    )
    if (inner) byAlias.set(nameKey(code), reference(inner))
  }
}

function definedTarget(
  definition: AliasDefinition,
  bySpan: Map<string, OrganizationCandidate>,
): OrganizationReference | null {
  if (!definition.organization) return null
  const candidate = bySpan.get(`${definition.target.start}:${definition.target.end}`)
  return candidate ? reference(candidate) : { name: definition.name }
}

/** Codes the text gives members: "members of ASEM", "ASEM members", "ASEM member states". */
function memberedCodes(candidates: EntityCandidates, source: string): Set<string> {
  const found = new Set<string>()
  for (const acronym of candidates.acronyms) {
    if (acronym.symbol || found.has(acronym.text)) continue
    const before = source.slice(Math.max(0, acronym.start - 20), acronym.start)
    const after = source.slice(acronym.end, acronym.end + 12)
    if (/\bmembers? of (?:the )?$/i.test(before) || /^ members?\b/i.test(after))
      found.add(acronym.text)
  }
  return found
}

/** Whether a definition's alias of several words contains a code's span ("EUMAM" in "EUMAM Ukraine"). */
function aliasSpanFinder(candidates: EntityCandidates) {
  const spans: SourceSpan[] = []
  for (const definition of candidates.definitions) {
    for (const alias of definition.aliases) if (alias.text.includes(' ')) spans.push(alias)
  }
  return (code: SourceSpan) =>
    spans.some((span) => span.start <= code.start && code.end <= span.end)
}

/** Finds the organization a code stands for by initials or listed expansion, with indexes built once. */
function expansionFinder(candidates: EntityCandidates) {
  const byInitials = new Map<string, Map<string, OrganizationCandidate>>()
  const byName = new Map<string, OrganizationCandidate>()
  for (const candidate of candidates.organizations) {
    if (candidate.aliasOf) continue
    const key = nameKey(candidate.name)
    if (!byName.has(key)) byName.set(key, candidate)
    for (const initials of new Set([initialsOf(candidate.name), wordInitialsOf(candidate.name)])) {
      if (initials.length < 2 || initials === candidate.name) continue
      const names = byInitials.get(initials) ?? new Map<string, OrganizationCandidate>()
      names.set(key, candidate)
      byInitials.set(initials, names)
    }
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
 * text gives; a code the text does not link is an organization of its own when a name
 * in the text has its initials or it is listed ("IMF"), and confirms that name. A code
 * that stands for something other than an organization ("RCEP") is dropped, and so is
 * one that stands for nothing known.
 */
export const linkAcronyms: Step = {
  name: 'link-acronyms',
  run(document, context) {
    const candidates = candidatesOf(document)
    const membered = memberedCodes(candidates, context.source)
    const defined = definedAliases(candidates)
    for (const candidate of candidates.organizations) {
      const target = defined.get(nameKey(candidate.name))
      if (target && nameKey(target.name) !== nameKey(candidate.name) && !candidate.owner) {
        candidate.aliasOf = target
      }
    }
    const expansionOf = expansionFinder(candidates)
    const expansions = new Map<string, OrganizationReference | undefined>()
    const insideAlias = aliasSpanFinder(candidates)
    for (const acronym of candidates.acronyms) {
      const key = nameKey(acronym.text)
      // "EUMAM" of "(EUMAM Ukraine)": part of the alias the parenthesis defines, which is
      // recorded whole.
      if (insideAlias(acronym)) {
        acronym.target = null
        continue
      }
      if (defined.has(key)) {
        acronym.target = defined.get(key)!
        continue
      }
      if (!expansions.has(acronym.text)) {
        expansions.set(acronym.text, expansionOf(acronym.text))
      }
      const expansion = expansions.get(acronym.text)
      // Only the text links a code to its name (a parenthesis, "hereinafter"): a code that
      // is merely the initials of a name in the text is an organization of its own, and
      // it confirms that name as a body ("Conference ..." with its code "CICA" elsewhere).
      if (expansion) {
        acronym.target = acronym.symbol ? null : { name: acronym.text }
        acronym.expansion = expansion
      } else if (acronym.symbol) acronym.target = null
      else if (bodiesAbbreviated(acronym.text).length > 0) acronym.target = { name: acronym.text }
      // "45 members of ASEM", "ASEM member states": a code that has members is a body.
      else acronym.target = membered.has(acronym.text) ? { name: acronym.text } : null
    }
  },
}
