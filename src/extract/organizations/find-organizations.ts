import { sourceSpan } from '../../input/text-map.js'
import type { CommuniqueDocument, Sentence } from '../../model/document.js'
import type { Step } from '../context.js'
import {
  candidatesOf,
  type EntityCandidates,
  type SentenceNames,
} from '../names/entity-candidates.js'
import { lookUp } from '../names/gazetteer.js'
import { itemsOf } from '../names/name-head.js'
import type { Name } from '../names/split-names.js'
import { headClass } from '../names/word-class.js'
import { type Definition, listsMembers, readDefinition } from './alias-definition.js'
import { readCuedBodies } from './cued-bodies.js'
import { initialsOf } from './initials.js'
import { bodyNamed } from './known-bodies.js'
import { isCredit, readNewsSources } from './news-sources.js'
import { type NameFindings, readName } from './read-name.js'

const particles = new Set([
  'de',
  'du',
  'des',
  'del',
  'la',
  'el',
  'y',
  'et',
  "d'",
  'of',
  'and',
  'the',
])

/** "Agence française de développement (AFD)": lower-case words the code spells belong to the name; else the code names the name alone. */
function spelledOut(definition: Definition, text: string, start: number): Definition | undefined {
  const initials = text
    .slice(start, definition.nameEnd)
    .split(/\s+/)
    .filter((word) => word && !particles.has(word))
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
  if (definition.aliases.some((alias) => alias.text === initials)) return definition
  // The words are the sentence's, not the name's: the parenthesis is not right after the name.
  return undefined
}

/**
 * Record the aliases a parenthesis after the name gives it, and extend the name if needed;
 * returns where the name and a continuation after the parenthesis end, if it has one.
 */
function readAliases(
  name: Name,
  findings: NameFindings,
  sentence: Sentence,
  candidates: EntityCandidates,
): number {
  const items = itemsOf(name.elements)
  if (items.length === 0) return 0
  const nameEnd = items[items.length - 1]!.end
  // Most names have no parenthesis after them: look for one nearby before reading it.
  const open = sentence.text.indexOf('(', nameEnd)
  if (open === -1 || open - nameEnd > 80) return 0
  // "IBSA (India, Brazil and South Africa)": a code whose members are listed is a body, and
  // the places are no aliases.
  if (listsMembers(sentence.text, nameEnd)) {
    const only = items.length === 1 ? items[0]! : undefined
    if (only?.kind === 'acronym') {
      const name = sentence.text.slice(only.start, only.end)
      findings.organizations.push({
        start: only.start,
        end: only.end,
        name,
        head: name,
        weak: false,
      })
      findings.acronyms = findings.acronyms.filter((code) => code.start !== only.start)
    }
    return 0
  }
  const found = readDefinition(sentence.text, nameEnd)
  if (!found) return 0
  // Only a body's name takes lower-case words ("Artificial intelligence (AI)" is none).
  const body = findings.organizations.some((organization) => organization.end === nameEnd)
  if (found.spelled && !body) return 0
  const definition = found.spelled ? spelledOut(found, sentence.text, items[0]!.start) : found
  if (!definition) return 0
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
  return continueName(sentence.text, definition.close, nameEnd, target, findings)
}

/**
 * "Political Bureau of the Communist Party of China (CPC) Central Committee": capitalised words
 * ending in a head after the parenthesis continue the names that end before it, and make a
 * name with the defined one ("Communist Party of China (CPC) Central Committee").
 */
function continueName(
  text: string,
  close: number,
  nameEnd: number,
  target: NameFindings['organizations'][number] | undefined,
  findings: NameFindings,
): number {
  const after = /^ +((?:\p{Lu}[\p{L}-]* +){0,3}(\p{Lu}[\p{L}-]*))/u.exec(
    text.slice(close, close + 80),
  )
  if (!after || headClass(after[2]!) !== 'organization') return 0
  const end = close + after[0].length
  for (const found of findings.organizations) {
    if (found.end !== nameEnd || found === target) continue
    found.end = end
    found.name = text.slice(found.start, end)
  }
  if (target)
    findings.organizations.push({
      start: target.start,
      end,
      name: text.slice(target.start, end),
      head: after[2]!,
      weak: false,
    })
  return end
}

/**
 * "Summit of the", "Leaders of the", "Member States of the": what meets there, or whose
 * leaders and members act, is a body, even under a weak head ("Community").
 */
const meetingBefore =
  /\b(?:summit|meeting|session|gathering|plenary|leaders|heads of state(?: and government)?|member states|members)s? of the $/i

function meetingOf(text: string, start: number): boolean {
  return meetingBefore.test(text.slice(Math.max(0, start - 40), start))
}

function recordFindings(
  findings: NameFindings,
  sentence: Sentence,
  candidates: EntityCandidates,
): void {
  const seen = new Set<string>()
  for (const found of findings.organizations) {
    const key = `${found.start}:${found.end}:${found.owner ?? ''}`
    if (seen.has(key) || isCredit(sentence.text, found.start, found.end)) continue
    seen.add(key)
    const { start, end, name, head, owner } = found
    const weak = found.weak && !meetingOf(sentence.text, start)
    const candidate = { ...sourceSpan(sentence, start, end), name, head, weak }
    candidates.organizations.push(owner ? { ...candidate, owner } : candidate)
  }
  for (const found of findings.acronyms) {
    if (isCredit(sentence.text, found.start, found.end)) continue
    const acronym = { ...sourceSpan(sentence, found.start, found.end), text: found.text }
    candidates.acronyms.push(found.symbol ? { ...acronym, symbol: true } : acronym)
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

/** "Reuters | Updated: 06-10-2022": a listed news agency at the head of a publication line is the report's source. */
const publisher = /^\s*(\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,3}) *[|•·]/u

function readPublisher(sentence: Sentence, candidates: EntityCandidates): void {
  const name = publisher.exec(sentence.text)?.[1]
  if (!name || (lookUp(name)?.type !== 'body' && bodyNamed(name) === undefined)) return
  const at = sentence.text.indexOf(name)
  const span = sourceSpan(sentence, at, at + name.length)
  candidates.organizations.push({ ...span, name, head: name, weak: false })
}

/**
 * Organizations by the head of each name ("Council", "Association", "Fund"), with a
 * leading possessive owner set apart, nested complete names, codes ("SCO") to be
 * linked later, short forms ("the Forum") to be resolved later, and the aliases
 * that parentheses give ("(SCO)", "(hereinafter the Organisation)").
 */
export const findOrganizations: Step = {
  name: 'find-organizations',
  run(document, context) {
    const candidates = candidatesOf(document)
    for (const block of context.analysed)
      if (block.type === 'boilerplate' && block.reason === 'publication')
        for (const sentence of block.sentences) readPublisher(sentence, candidates)
    for (const entry of candidates.sentences) {
      const words = { text: entry.sentence.text, tokens: entry.tokens }
      let consumed = 0
      entry.names.forEach((names, k) => {
        const owner = ownerBefore(entry, k)
        names.forEach((name, index) => {
          // The words after "(CPC)" that a name before it took in.
          if ((name.elements[0]?.item?.start ?? 0) < consumed) return
          const findings = readName(name.elements, words, index === 0 ? owner : undefined)
          consumed = Math.max(consumed, readAliases(name, findings, entry.sentence, candidates))
          recordFindings(findings, entry.sentence, candidates)
        })
      })
      readAgency(document, entry, candidates)
      readNewsSources(entry, candidates)
      readCuedBodies(entry, candidates)
    }
  },
}
