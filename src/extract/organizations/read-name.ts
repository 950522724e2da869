import { subjectWords, weakHeads } from '../../data/name-words.js'
import type { NameElement, NameItem } from '../names/name-chunks.js'
import {
  complementStart,
  itemsOf,
  mainHead,
  startsWithOrdinal,
  titleCompound,
} from '../names/name-head.js'
import { titledPerson, trailingNameStart } from '../names/person-name.js'
import type { Token } from '../names/tokenize.js'
import { isOrdinal } from '../names/word-class.js'
import { compoundHead } from './compound-head.js'
import { bodyNamed } from './known-bodies.js'
import { isDistinctive, trimGroup, trimLinks, trimPlace } from './shape-name.js'

/** Offsets in the sentence's analysed text. */
export interface TextSpan {
  start: number
  end: number
}

export interface NameFindings {
  organizations: Array<TextSpan & { name: string; owner?: string; head: string; weak: boolean }>
  acronyms: Array<TextSpan & { text: string; symbol?: true }>
  shortForms: Array<TextSpan & { head: string; text: string }>
}

/** The sentence a name is read in. */
export interface NameContext {
  text: string
  tokens: Token[]
}

const articles = new Set(['the', 'this', 'its', 'our', 'that'])
const meetingWords = new Set(['meeting', 'meetings', 'session', 'sessions', 'summit', 'plenary'])
const lendingWords = new Set(['Fund', 'Credit', 'Financing', 'Lending', 'Loan', 'Liquidity'])

/** The token before an item, lower-cased: "the" in "the Council". */
function wordBefore(item: NameItem, context: NameContext): string | undefined {
  return context.tokens[item.from - 1]?.text.toLowerCase()
}

function addShortForm(item: NameItem, context: NameContext, out: NameFindings): void {
  const article = context.tokens[item.from - 1]!
  out.shortForms.push({
    start: article.start,
    end: item.end,
    head: item.word,
    text: context.text.slice(article.start, item.end),
  })
}

/** Codes and head-less bodies anywhere in a name: "SCO" in "SCO Center for ...", "United Nations". */
function readParts(elements: NameElement[], context: NameContext, out: NameFindings): void {
  for (const item of itemsOf(elements)) {
    if (item.kind === 'acronym') {
      const text = context.text.slice(item.start, item.end)
      out.acronyms.push(
        item.symbol
          ? { start: item.start, end: item.end, text, symbol: true }
          : { start: item.start, end: item.end, text },
      )
    } else if (item.kind === 'body') {
      const name = context.text.slice(item.start, item.end)
      out.organizations.push({ start: item.start, end: item.end, name, head: name, weak: false })
    }
  }
}

/** The last words of a state's formal name: "President of the French Republic" names a state. */
const stateForms = new Set([
  'Republic',
  'Kingdom',
  'Federation',
  'State',
  'States',
  'Emirates',
  'Sultanate',
  'Principality',
  'Confederation',
  'Commonwealth',
  'Union',
  'Nation',
  'Nations',
  'People',
  'Peoples',
])

/**
 * "Chairman of the Halk Maslakhaty of Turkmenistan": what a title of office presides over is
 * a body, even when no head word says so, when it is a name of two words or more that is not
 * a state, a place, a person or a subject ("Minister of the Interior").
 */
function readOffice(
  elements: NameElement[],
  of: number,
  context: NameContext,
  out: NameFindings,
): void {
  if (mainHead(elements.slice(0, of))?.item.head !== 'title') return
  if (elements[of]!.link!.words.join(' ') !== 'of the') return
  let rest = elements.slice(of + 1)
  // "Secretary of the Treasury Janet Yellen": the person's name after it is not the body's.
  const person = trailingNameStart(rest)
  if (person !== undefined && person > 0) rest = trimLinks(rest.slice(0, person))
  // Three plain words or more may end in one ("Treasury Janet Yellen"): not read.
  else if (person === 0 && itemsOf(rest).length > 2) return
  const inner = complementStart(rest)
  const name = itemsOf(rest.slice(0, inner))
  if (name.length < 2 || name.some((item) => item.kind !== 'word' || item.head !== undefined))
    return
  if (name.some((item) => subjectWords.has(item.word) || stateForms.has(item.word))) return
  if (titledPerson(rest) !== undefined) return
  const items = itemsOf(rest)
  const start = items[0]!.start
  const end = items[items.length - 1]!.end
  if (out.organizations.some((found) => found.start === start)) return
  const written = context.text.slice(start, end)
  out.organizations.push({ start, end, name: written, head: written, weak: false })
}

/** Nested complete names: after the first "of", and a leading name that ends in a head ("Shanghai Cooperation Organization Forum"). */
function readNested(
  elements: NameElement[],
  context: NameContext,
  out: NameFindings,
  depth: number,
): void {
  const end = complementStart(elements)
  const of = elements.findIndex(
    (element, k) => element.link?.words[0] === 'of' && !titleCompound(elements, k),
  )
  if (of !== -1) {
    readHeaded(elements.slice(of + 1), context, out, depth + 1)
    readOffice(elements, of, context, out)
  }
  // "... under the Ministry of Internal Affairs": the body it sits under.
  const under = elements.findIndex((element) => element.link?.words[0] === 'under')
  if (under !== -1 && under !== of) readHeaded(elements.slice(under + 1), context, out, depth + 1)
  for (let k = end - 2; k >= 0; k--) {
    const item = elements[k]!.item
    const next = elements[k + 1]!.item
    if (!item || !next) continue
    if (
      (item.head === 'organization' || item.kind === 'body') &&
      (next.kind === 'word' || next.kind === 'acronym') &&
      next.head !== 'group' &&
      next.head !== 'event' &&
      // Before a word that is no head word, only a listed body: "World Health Organization Contingency Fund".
      (next.head !== undefined ||
        bodyNamed(context.text.slice(elements[0]!.item?.start ?? 0, item.end)) !== undefined)
    ) {
      readHeaded(elements.slice(0, k + 1), context, out, depth + 1)
      return
    }
  }
}

/** Lower-case words after a name that make "a ..." a document, not a body: "a UN Security Council resolution". */
const documentNouns = new Set([
  'resolution',
  'resolutions',
  'decision',
  'decisions',
  'report',
  'statement',
  'declaration',
  'mandate',
  'mission',
])
/** Heads of facilities that are proposed when their construction or establishment is the topic. */
const facilityHeads = new Set([
  'Museum',
  'Institute',
  'Centre',
  'Center',
  'Library',
  'Hospital',
  'School',
  'University',
  'Laboratory',
  'Observatory',
  'Academy',
  'College',
])

/**
 * A body not yet set up: "establish a BIMSTEC Disaster Management Fund", "the construction of
 * the Museum of ...", "the establishment of the Sahel Institute ..." (not "a UN Security
 * Council resolution", where the article is the document's).
 */
function isProposed(items: NameItem[], head: string | undefined, context: NameContext): boolean {
  const first = items[0]!.from
  const before = context.tokens[first - 1]?.text ?? ''
  if (/^an?$/i.test(before)) {
    const after = context.tokens[items[items.length - 1]!.to]?.text ?? ''
    return !documentNouns.has(after)
  }
  if (before !== 'the' || context.tokens[first - 2]?.text !== 'of') return false
  const act = context.tokens[first - 3]?.text.toLowerCase() ?? ''
  if (act === 'construction' || act === 'building') return true
  return (
    (act === 'establishment' || act === 'creation') && head !== undefined && facilityHeads.has(head)
  )
}

/** A meeting word right after a name, past a bracketed code or a possessive ending: "(ACC) Meeting", "' meeting". */
function meetingFollows(elements: NameElement[], context: NameContext): boolean {
  const last = elements[elements.length - 1]?.item
  if (!last) return false
  const after = /^(?:['’]s?)?\s*(?:\([^()]{1,20}\)\s*)?(\p{L}+)/u.exec(
    context.text.slice(last.end, last.end + 40),
  )
  const word = after?.[1]
  return word !== undefined && meetingWords.has(word.toLowerCase())
}

/** Names longer than this are runs of capitalised text, not names; nesting deeper than this is not read. */
const maxItems = 40
const maxDepth = 8

/** Read a name (or a nested part of one) by its head. */
function readHeaded(
  input: NameElement[],
  context: NameContext,
  out: NameFindings,
  depth = 0,
  owner?: string,
): void {
  if (depth > maxDepth || input.length > maxItems * 2) return
  let elements = trimLinks(input)
  // "34th ASEAN Coordinating Council (ACC) Meeting", "Seventeenth Franco-German Council of
  // Ministers' meeting": the ordinal counts the meeting that follows; the name is a body's.
  const counted = meetingFollows(elements, context)
  if (counted && elements.length > 1 && startsWithOrdinal(elements))
    elements = trimLinks(elements.slice(1))
  const person = titledPerson(elements)
  if (person !== undefined) elements = trimLinks(elements.slice(0, person))
  const items = itemsOf(elements)
  if (items.length === 0) return
  if (items.length === 1 && !owner) {
    const only = items[0]!
    if (only.head === 'organization' && articles.has(wordBefore(only, context) ?? '')) {
      addShortForm(only, context, out)
    }
    return
  }
  // "League of Arab States Summit", "Council of Europe Office in Chișinău": a head word
  // after a complete complement heads the whole name, and the name before it is nested.
  // ("Secretariat of the African Continental Free Trade Area": "Area" heads the complement.)
  const compound = compoundHead(elements, context.text)
  if (compound !== undefined && elements[compound]!.item!.head !== 'organization') {
    readHeaded(elements.slice(0, compound), context, out, depth + 1, owner)
    return
  }
  const head =
    compound === undefined
      ? mainHead(elements)
      : { item: elements[compound]!.item!, index: compound }
  // "Extended Fund Facility", "Rapid Credit Facility": a lender's instrument, not a body
  // ("European Peace Facility" is one).
  if (head?.item.word === 'Facility' && items.some((item) => lendingWords.has(item.word))) return
  const whole = context.text.slice(items[0]!.start, items[items.length - 1]!.end)
  const known = bodyNamed(whole)
  // "Fifteenth BRICS Summit", "30th Conference of the Parties": an ordinal makes an event or session.
  const ordinal =
    !counted &&
    (startsWithOrdinal(elements) || isOrdinal(context.tokens[items[0]!.from - 1]?.text ?? ''))
  // "establish a BIMSTEC Disaster Management Fund": a body not yet set up is not recorded.
  const proposed = depth === 0 && isProposed(items, head?.item.word, context)
  // "20 Independent Experts Group" of "Group of 20 Independent Experts Group": no name starts with a number.
  const numbered = /^\p{N}/u.test(items[0]!.word)
  const headed = head?.item.head === 'organization' && !ordinal && !proposed && !numbered
  if (known || (headed && (owner || isDistinctive(elements, items)))) {
    const kept = known ? elements : trimPlace(trimGroup(elements), head!.item.word)
    const keptItems = itemsOf(kept)
    const start = keptItems[0]!.start
    const end = keptItems[keptItems.length - 1]!.end
    const headWord = head?.item.word ?? whole
    const found = {
      start,
      end,
      name: context.text.slice(start, end),
      head: headWord,
      weak: !known && weakHeads.has(headWord),
    }
    out.organizations.push(owner ? { ...found, owner } : found)
  }
  if (compound !== undefined) readHeaded(elements.slice(0, compound), context, out, depth + 1)
  else readNested(elements, context, out, depth)
}

/**
 * Find the organizations, codes and short forms that one name holds; `owner` is the
 * possessive right before it ("Tajikistan" of "Tajikistan's Association for ...").
 */
export function readName(
  elements: NameElement[],
  context: NameContext,
  owner?: string,
): NameFindings {
  const out: NameFindings = { organizations: [], acronyms: [], shortForms: [] }
  readParts(elements, context, out)
  // A single plain word (most names of a text) holds nothing more.
  const only = elements.length === 1 ? elements[0]!.item : undefined
  if (only && only.kind !== 'word') return out
  if (only && !only.head && !only.possessive) return out
  readHeaded(elements, context, out, 0, owner)
  return out
}
