import { sourceSpan } from '../../input/text-map.js'
import type { CommuniqueDocument, Sentence } from '../../model/document.js'
import type { Step } from '../context.js'
import {
  candidatesOf,
  type EntityCandidates,
  type SentenceNames,
} from '../names/entity-candidates.js'
import { itemsOf } from '../names/name-head.js'
import type { Name } from '../names/split-names.js'
import { readDefinition } from './alias-definition.js'
import { initialsOf } from './initials.js'
import { type NameFindings, readName } from './read-name.js'

/** Record the aliases a parenthesis after the name gives it, and extend the name if needed. */
function readAliases(
  name: Name,
  findings: NameFindings,
  sentence: Sentence,
  candidates: EntityCandidates,
): void {
  const items = itemsOf(name.elements)
  if (items.length === 0) return
  const nameEnd = items[items.length - 1]!.end
  // Most names have no parenthesis after them: look for one nearby before reading it.
  const open = sentence.text.indexOf('(', nameEnd)
  if (open === -1 || open - nameEnd > 80) return
  const definition = readDefinition(sentence.text, nameEnd)
  if (!definition) return
  // The defined name is the organization that ends with the name and has the initials of
  // the code it is given ("Organisation of Islamic Cooperation (hereinafter the OIC)"),
  // else the longest one.
  const ending = findings.organizations
    .filter((found) => found.end === nameEnd)
    .sort((a, b) => a.start - b.start)
  const codes = new Set(definition.aliases.map((alias) => alias.text))
  let target = ending.find((found) => codes.has(initialsOf(found.name))) ?? ending[0]
  if (!target && definition.headed) {
    // "Multinational Security Support mission (MSS)": the lower-case head makes the name a body.
    const start = items[0]!.start
    const head = sentence.text.slice(nameEnd, definition.nameEnd).trim()
    target = { start, end: nameEnd, name: '', head, weak: false }
    findings.organizations.push(target)
  }
  if (target && definition.nameEnd > nameEnd) {
    target.end = definition.nameEnd
    target.name = sentence.text.slice(target.start, target.end)
  }
  const start = target?.start ?? items[0]!.start
  const end = target?.end ?? nameEnd
  candidates.definitions.push({
    name: sentence.text.slice(start, end),
    target: sourceSpan(sentence, start, end),
    organization: target !== undefined,
    aliases: definition.aliases.map((alias) => ({
      ...sourceSpan(sentence, alias.start, alias.end),
      text: alias.text,
    })),
  })
}

function recordFindings(
  findings: NameFindings,
  sentence: Sentence,
  candidates: EntityCandidates,
): void {
  const seen = new Set<string>()
  for (const found of findings.organizations) {
    const key = `${found.start}:${found.end}:${found.owner ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    const { start, end, name, head, weak, owner } = found
    const candidate = { ...sourceSpan(sentence, start, end), name, head, weak }
    candidates.organizations.push(owner ? { ...candidate, owner } : candidate)
  }
  for (const found of findings.acronyms) {
    candidates.acronyms.push({ ...sourceSpan(sentence, found.start, found.end), text: found.text })
  }
  for (const found of findings.shortForms) {
    candidates.shortForms.push({
      ...sourceSpan(sentence, found.start, found.end),
      head: found.head,
      text: found.text,
    })
  }
}

/** The owner of a chunk: the previous chunk's last name when it ends in an owning possessive right before ("Tajikistan's"). */
function ownerBefore(entry: SentenceNames, k: number): string | undefined {
  const previous = entry.names[k - 1]
  const last = previous?.[previous.length - 1]?.elements
  const first = entry.chunks[k]?.[0]?.item
  const owner = last?.[last.length - 1]?.item
  if (!owner || !first || owner.to !== first.from || !owner.owner) return undefined
  const start = itemsOf(last!)[0]!.start
  return entry.sentence.text.slice(start, owner.end)
}

/** The news agency a dateline names ("ASTANA, July 4 (Xinhua) --") is an organization. */
function readAgency(
  document: CommuniqueDocument,
  entry: SentenceNames,
  candidates: EntityCandidates,
): void {
  const agency = document.metadata.dateline?.agency
  if (entry.block.type !== 'dateline' || !agency || !/^\p{Lu}/u.test(agency)) return
  const at = entry.sentence.text.lastIndexOf(`(${agency})`)
  if (at === -1) return
  const span = sourceSpan(entry.sentence, at + 1, at + 1 + agency.length)
  candidates.organizations.push({ ...span, name: agency, head: agency, weak: false })
}

/**
 * Organizations by the head of each name ("Council", "Association", "Fund"), with a
 * leading possessive owner set apart, nested complete names, codes ("SCO") to be
 * linked later, short forms ("the Forum") to be resolved later, and the aliases
 * that parentheses give ("(SCO)", "(hereinafter the Organisation)").
 */
export const findOrganizations: Step = {
  name: 'find-organizations',
  run(document) {
    const candidates = candidatesOf(document)
    for (const entry of candidates.sentences) {
      const context = { text: entry.sentence.text, tokens: entry.tokens }
      entry.names.forEach((names, k) => {
        const owner = ownerBefore(entry, k)
        names.forEach((name, index) => {
          const findings = readName(name.elements, context, index === 0 ? owner : undefined)
          readAliases(name, findings, entry.sentence, candidates)
          recordFindings(findings, entry.sentence, candidates)
        })
      })
      readAgency(document, entry, candidates)
    }
  },
}
