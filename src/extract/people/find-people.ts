import { sourceSpan } from '../../input/text-map.js'
import type { Step } from '../context.js'
import {
  candidatesOf,
  type EntityCandidates,
  type SentenceNames,
} from '../names/entity-candidates.js'
import type { NameElement } from '../names/name-chunks.js'
import { itemsOf, mainHead } from '../names/name-head.js'
import { isNameWord, titledPerson, titledPersonEnd } from '../names/person-name.js'
import type { Name } from '../names/split-names.js'
import { isHonorific } from '../names/word-class.js'

type Found = { start: number; end: number; title?: string | undefined }

const honorificTitle =
  /^(?:(?:His|Her|Their|Your)\s+)?(?:(?:Royal\s+)?(?:Excellency|Majesty|Highness)\s*)+/

const span = (elements: NameElement[]) => {
  const items = itemsOf(elements)
  return { start: items[0]!.start, end: items[items.length - 1]!.end }
}

/** Two to four name words and nothing else ("Lim Seng Heng"). */
function isPersonName(elements: NameElement[]): boolean {
  const items = itemsOf(elements)
  return (
    items.length >= 2 &&
    items.length <= 4 &&
    items.every(isNameWord) &&
    !items.slice(0, -1).some((item) => item.possessive)
  )
}

/** A title and nothing after it ("Secretary-General of ASEAN"). */
function isTitle(elements: NameElement[]): boolean {
  return mainHead(elements)?.item.head === 'title' && titledPerson(elements) === undefined
}

/** People in one chunk: "Title Name", "Title, Name," and "Name, Title". */
function chunkPeople(names: Name[], text: string, nextChar: (end: number) => string): Found[] {
  const found: Found[] = []
  names.forEach((name, k) => {
    const at = titledPersonEnd(name.elements)
    if (at !== undefined) {
      const title = span(name.elements.slice(0, at.start))
      found.push({
        ...span(name.elements.slice(at.start, at.end)),
        title: text.slice(title.start, title.end),
      })
      return
    }
    const next = names[k + 1]
    if (name.before !== ',' || !next) return
    if (isTitle(name.elements) && isPersonName(next.elements)) {
      const person = span(next.elements)
      if (/^(?:[,;.)]|$)/.test(nextChar(person.end))) {
        const title = span(name.elements)
        found.push({ ...person, title: text.slice(title.start, title.end) })
      }
    } else if (isPersonName(name.elements) && isTitle(next.elements)) {
      const title = span(next.elements)
      found.push({ ...span(name.elements), title: text.slice(title.start, title.end) })
    }
  })
  return found
}

/** Lower-case roles before a name in news ("his spokesman Stephane Dujarric"); "counterpart" is no title. */
const roles = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'counterpart',
  'envoy',
  'ambassador',
  'president',
  'minister',
  'chairman',
  'chairperson',
  'director',
  'adviser',
  'advisor',
])

/** "Mr. Guterres", "H.E. Mr. Tokayev", "his spokesman Stephane Dujarric": the name words right after an honorific or a role. */
function honoredPeople(entry: SentenceNames): Found[] {
  const found: Found[] = []
  for (const chunk of entry.chunks) {
    const first = chunk[0]?.item
    const before = entry.tokens[first ? first.from - 1 : -1]?.text ?? ''
    const role = roles.has(before)
    if (!first || !(isHonorific(before) || role)) continue
    if (role && !isPersonName(chunk)) continue
    let last = -1
    for (let k = 0; k < chunk.length && k < 7; k++) {
      const element = chunk[k]!
      if (element.item && !isNameWord(element.item)) break
      if (element.link?.words.some((word) => /^(?:,|and|of|for|on|in|at|with|&)$/.test(word))) break
      if (element.item) last = k
    }
    if (last < 0) continue
    const person: Found = span(chunk.slice(0, last + 1))
    if (role && before !== 'counterpart') person.title = before
    found.push(person)
  }
  return found
}

/** A sentence that is a whole line with one name and nothing else. */
function lineName(entry: SentenceNames | undefined): NameElement[] | undefined {
  if (entry?.block.sentences.length !== 1 || entry.names.length !== 1) return undefined
  if (entry.names[0]!.length !== 1) return undefined
  const elements = entry.names[0]![0]!.elements
  const { start, end } = span(elements)
  const rest = entry.sentence.text.slice(0, start) + entry.sentence.text.slice(end)
  return /^[\s:.,]*$/.test(rest) ? elements : undefined
}

/** A signature: a line with only a name next to a line with only a title ("Yerlan Karimov" / "Executive Director"). */
function signaturePeople(candidates: EntityCandidates): void {
  const { sentences } = candidates
  sentences.forEach((entry, k) => {
    const elements = lineName(entry)
    if (!elements || !isPersonName(elements)) return
    const { start, end } = span(elements)
    // "For the Republic of Armenia" / "Tigran Avetisyan": a signatory without a title.
    const previous = sentences[k - 1]
    if (
      previous &&
      /^For\s+\S/.test(previous.sentence.text) &&
      previous.sentence.text.length < 120
    ) {
      const signed = {
        ...sourceSpan(entry.sentence, start, end),
        name: entry.sentence.text.slice(start, end),
      }
      const title = lineName(sentences[k + 1])
      if (!title || !isTitle(title)) {
        candidates.people.push(signed)
        return
      }
    }
    for (const other of [sentences[k + 1], sentences[k - 1]]) {
      const title = lineName(other)
      if (!other || !title || !isTitle(title)) continue
      const titleSpan = span(title)
      candidates.people.push({
        ...sourceSpan(entry.sentence, start, end),
        name: entry.sentence.text.slice(start, end),
        title: other.sentence.text.slice(titleSpan.start, titleSpan.end),
      })
      return
    }
  })
}

/** Verbs of saying next to a name in news ("said Nyaboth Deng Akech", "Lindqvist told"). */
const sayings = new Set([
  'said',
  'says',
  'told',
  'added',
  'stressed',
  'noted',
  'explained',
  'warned',
  'stated',
])

/** "..., said Nyaboth Deng Akech, a researcher": a full name right after or before a verb of saying. */
function quotedPeople(entry: SentenceNames): Found[] {
  const found: Found[] = []
  entry.names.forEach((names) => {
    for (const name of names) {
      if (!isPersonName(name.elements)) continue
      const items = itemsOf(name.elements)
      const before = entry.tokens[items[0]!.from - 1]?.text ?? ''
      const after = entry.tokens[items[items.length - 1]!.to]?.text ?? ''
      if (sayings.has(before) || sayings.has(after)) found.push(span(name.elements))
    }
  })
  return found
}

/** People with the title the text gives them, from titles, honorifics and signatures. */
export const findPeople: Step = {
  name: 'find-people',
  run(document) {
    const candidates = candidatesOf(document)
    for (const entry of candidates.sentences) {
      const text = entry.sentence.text
      const nextChar = (end: number) => text.slice(end).trimStart().charAt(0)
      const found = [
        ...entry.names.flatMap((names) => chunkPeople(names, text, nextChar)),
        ...honoredPeople(entry),
        ...quotedPeople(entry),
      ]
      for (const person of found) {
        // "His Excellency", "Her Majesty" address the person; they are not part of the title.
        if (person.title) person.title = person.title.replace(honorificTitle, '') || undefined
        const candidate = {
          ...sourceSpan(entry.sentence, person.start, person.end),
          name: text.slice(person.start, person.end),
        }
        candidates.people.push(person.title ? { ...candidate, title: person.title } : candidate)
      }
    }
    signaturePeople(candidates)
  },
}
