import type { Step } from '../context.js'
import {
  candidatesOf,
  type EntityCandidates,
  type OrganizationCandidate,
  type OrganizationReference,
  type ShortFormCandidate,
} from '../names/entity-candidates.js'
import { lookUp } from '../names/gazetteer.js'
import { nameKey } from '../names/name-key.js'

const reference = (candidate: OrganizationCandidate): OrganizationReference =>
  candidate.aliasOf ??
  (candidate.owner ? { name: candidate.name, owner: candidate.owner } : { name: candidate.name })

/**
 * "Peace and Security Council" is another name of "Peace and Security Council of the African
 * Union" ("Joint Commission" of "Joint Commission between China and Indonesia", "Group of 77"
 * of "Group of 77 and China") when that is the only longer one.
 */
function linkLeadingNames(candidates: EntityCandidates): void {
  const longer = new Map<string, Map<string, OrganizationCandidate>>()
  for (const candidate of candidates.organizations) {
    if (candidate.aliasOf || candidate.owner) continue
    const cuts: number[] = []
    for (const match of candidate.name.matchAll(/ (?:of|between) /g)) cuts.push(match.index)
    // "Group of 77" of "Group of 77 and China": a grouping and a state that joins it.
    const and = candidate.name.lastIndexOf(' and ')
    if (and !== -1 && lookUp(candidate.name.slice(and + 5))?.type === 'place') cuts.push(and)
    for (const at of cuts) {
      const key = nameKey(candidate.name.slice(0, at))
      const names = longer.get(key) ?? new Map<string, OrganizationCandidate>()
      names.set(nameKey(candidate.name), candidate)
      longer.set(key, names)
    }
  }
  for (const candidate of candidates.organizations) {
    if (candidate.aliasOf || candidate.owner) continue
    const names = longer.get(nameKey(candidate.name))
    if (names?.size === 1) candidate.aliasOf = reference([...names.values()][0]!)
  }
}

/** "IMF Executive Board" is another name of "Executive Board of the International Monetary Fund" when the text has both. */
function linkCodedNames(candidates: EntityCandidates): void {
  const byName = new Map<string, OrganizationCandidate>()
  for (const candidate of candidates.organizations) {
    if (!candidate.aliasOf && !candidate.owner) byName.set(nameKey(candidate.name), candidate)
  }
  const codes = new Map(candidates.acronyms.map((acronym) => [acronym.start, acronym]))
  for (const candidate of candidates.organizations) {
    const space = candidate.name.indexOf(' ')
    const code = codes.get(candidate.start)
    if (candidate.aliasOf || space === -1 || !code?.target) continue
    if (code.end - code.start !== space) continue
    const rest = candidate.name.slice(space + 1)
    const longer =
      byName.get(nameKey(`${rest} of the ${code.target.name}`)) ??
      byName.get(nameKey(`${rest} of ${code.target.name}`))
    if (longer && longer !== candidate) candidate.aliasOf = reference(longer)
  }
}

/** "General Assembly" is another name of "U.N. General Assembly" when that is the only name with a code before it. */
function linkUncodedNames(candidates: EntityCandidates): void {
  const codes = new Map(candidates.acronyms.map((acronym) => [acronym.start, acronym]))
  const coded = new Map<string, Map<string, OrganizationCandidate>>()
  for (const candidate of candidates.organizations) {
    const code = codes.get(candidate.start)
    const space = candidate.name.indexOf(' ')
    if (candidate.aliasOf || candidate.owner || !code || code.end - code.start !== space) continue
    const key = nameKey(candidate.name.slice(space + 1))
    const names = coded.get(key) ?? new Map<string, OrganizationCandidate>()
    names.set(nameKey(candidate.name), candidate)
    coded.set(key, names)
  }
  if (coded.size === 0) return
  for (const candidate of candidates.organizations) {
    if (candidate.aliasOf || candidate.owner) continue
    const names = coded.get(nameKey(candidate.name))
    if (names?.size === 1) candidate.aliasOf = reference([...names.values()][0]!)
  }
}

/** Aliases defined with an article ("hereinafter the Organisation"), to what they name. */
function definedShortForms(candidates: EntityCandidates): Map<string, OrganizationReference> {
  const defined = new Map<string, OrganizationReference>()
  const bySpan = new Map(candidates.organizations.map((o) => [`${o.start}:${o.end}`, o]))
  for (const definition of candidates.definitions) {
    if (!definition.organization) continue
    const target = bySpan.get(`${definition.target.start}:${definition.target.end}`)
    for (const alias of definition.aliases) {
      if (!defined.has(nameKey(alias.text))) {
        defined.set(nameKey(alias.text), target ? reference(target) : { name: definition.name })
      }
    }
  }
  return defined
}

/** For each head word, the body with that head that the text names most often (the first on a tie). */
function mainBodies(candidates: EntityCandidates): Map<string, OrganizationReference> {
  const counts = new Map<string, { ref: OrganizationReference; count: number; first: number }>()
  for (const body of candidates.organizations) {
    const ref = reference(body)
    // The United Nations is "the Organization" of the texts that name it.
    const head = nameKey(body.name) === 'united nations' ? 'Organization' : body.head
    const key = `${head}\u0000${nameKey(ref.name)}\u0000${ref.owner ?? ''}`
    const entry = counts.get(key) ?? { ref, count: 0, first: body.start }
    entry.count++
    entry.first = Math.min(entry.first, body.start)
    counts.set(key, entry)
  }
  const best = new Map<string, { ref: OrganizationReference; count: number; first: number }>()
  for (const [key, entry] of counts) {
    const head = key.slice(0, key.indexOf('\u0000'))
    const current = best.get(head)
    if (
      !current ||
      entry.count > current.count ||
      (entry.count === current.count && entry.first < current.first)
    ) {
      best.set(head, entry)
    }
  }
  return new Map([...best].map(([head, entry]) => [head, entry.ref]))
}

/** Verbs by which a body addresses another: "calls on the Council", "invites the Commission". */
const addressing =
  /\b(?:calls? (?:on|upon)|call(?:ed|ing) (?:on|upon)|invite[sd]?|urge[sd]?|request(?:s|ed)?|ask(?:s|ed)?|task(?:s|ed)?)\s+$/

/** Whether a short form is addressed by a body named before it in its sentence or by a pronoun. */
function namedBefore(candidates: EntityCandidates, source: string) {
  const sentences = candidates.sentences.map((entry) => entry.sentence)
  return (form: ShortFormCandidate, body: OrganizationReference): boolean => {
    if (!addressing.test(source.slice(Math.max(0, form.start - 16), form.start))) return false
    const sentence = sentences.find((s) => s.start <= form.start && form.end <= s.end)
    if (!sentence) return false
    // "It calls on the Council": the body speaking ("It") addresses another one.
    if (/^It\s/.test(source.slice(sentence.start, sentence.start + 3))) return true
    return candidates.organizations.some(
      (o) =>
        o.start >= sentence.start &&
        o.end <= form.start &&
        nameKey(reference(o).name) === nameKey(body.name),
    )
  }
}

/**
 * Resolve "the Forum", "the Council", "the Bank" to the body they stand for: the
 * body the text defined them as, else the body with the same head word that the
 * text names most often ("the Organization" of a text about the United Nations).
 */
export const resolveShortForms: Step = {
  name: 'resolve-short-forms',
  run(document, context) {
    const candidates = candidatesOf(document)
    linkLeadingNames(candidates)
    linkCodedNames(candidates)
    linkUncodedNames(candidates)
    const defined = definedShortForms(candidates)
    const main = mainBodies(candidates)
    const named = namedBefore(candidates, context.source)
    for (const form of candidates.shortForms) {
      const head = form.head === 'Organisation' ? 'Organization' : form.head
      const written = defined.get(nameKey(form.text))
      const body = written ?? main.get(form.head) ?? main.get(head)
      // "The European Council calls on the Council": a body named earlier in the same
      // sentence is not the one its short form means; that one is named by its head.
      form.target = body
      if (!written && body && named(form, body)) {
        form.target = { name: form.head }
        form.own = true
      }
    }
  },
}
