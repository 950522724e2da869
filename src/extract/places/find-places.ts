import { sourceSpan } from '../../input/text-map.js'
import { titleCasePlace } from '../../metadata/dateline.js'
import type { CommuniqueDocument } from '../../model/document.js'
import type { Step } from '../context.js'
import {
  candidatesOf,
  type EntityCandidates,
  type SentenceNames,
} from '../names/entity-candidates.js'
import { lookUp } from '../names/gazetteer.js'
import { type Chunk, isPlaceAdjective, type NameItem } from '../names/name-chunks.js'
import { isNameWord } from '../names/person-name.js'
import { isFunctionWord } from '../names/word-class.js'

/** Words after a place name that belong to its mention ("Hubei Province", "Wuhan city"). */
const suffixes = new Set(
  'province Province city City state State oblast Oblast region Region prefecture Prefecture county County governorate Governorate municipality Municipality krai Krai'.split(
    ' ',
  ),
)
/** Suffixes that make an unknown name a place ("Sughd Province", "Upper Nile state", "the Artibonite department"). */
const placeMakingSuffixes = new Set(
  'Province province Oblast oblast Governorate governorate Prefecture prefecture Krai state region department district county'.split(
    ' ',
  ),
)
/** Nouns before "of X" or ", X" that make X a place ("the town of Nasir", "the new capital city, Nusantara"). */
const placeNouns = new Set(
  'city town village port capital province region state district county commune municipality island'.split(
    ' ',
  ),
)
/** Verbs after which "in X" names where something happened ("held in Dhahran"). */
const locatingVerbs = new Set(
  'held hold holding met meet meeting hosted host based located headquartered convened signed done adopted opened place visited visit arrived stationed deployed issued'.split(
    ' ',
  ),
)

type Found = { name: string; start: number; end: number }

/** The places inside a hyphenated word ("China" and "Pakistan" in "China-Pakistan", "Juba" in "Juba-based"). */
function hyphenParts(item: { start: number; end: number }, text: string): Found[] {
  const word = text.slice(item.start, item.end)
  if (!word.includes('-')) return []
  const found: Found[] = []
  let offset = 0
  const parts = word.split('-')
  const unknown: Found[] = []
  for (const part of parts) {
    const entry = /^\p{Lu}/u.test(part) ? lookUp(part) : undefined
    const span = { start: item.start + offset, end: item.start + offset + part.length }
    if (entry?.type === 'place') found.push({ name: entry.name, ...span })
    else if (/^\p{Lu}\p{Ll}{2,}$/u.test(part) && !entry) unknown.push({ name: part, ...span })
    offset += part.length + 1
  }
  // "Baku-Tbilisi-Kars": a chain of places names a place in each link.
  if (found.length >= 2 && found.length + unknown.length === parts.length) found.push(...unknown)
  return found
}

/** Lower-case nouns of ideas and documents that a city may name ("the Shanghai spirit"). */
const ideaWords = new Set([
  'spirit',
  'declaration',
  'consensus',
  'process',
  'format',
  'formula',
  'principles',
])

/** Events held in the city that names them (not a "Doha Round" of talks launched there). */
const hostedEvents = new Set(
  'Games Olympics Paralympics Expo Exhibition Fair Festival Summit Championship Championships Cup Marathon Biennale'.split(
    ' ',
  ),
)

/** Whether the name ends in the head of an event held in a city ("Asian Games", "Summit"). */
function eventNamed(chunk: Chunk): boolean {
  const last = chunk[chunk.length - 1]?.item
  return last !== undefined && hostedEvents.has(last.word)
}

/** Whether the item at `k` is the complement of a document head ("Treaty of Kars"). */
function documentOf(chunk: Chunk, k: number): boolean {
  const link = chunk[k - 1]?.link
  const head = chunk[k - 2]?.item
  return link?.words[0] === 'of' && (head?.head === 'document' || head?.word === 'Spirit')
}

const currencyWords = new Set([
  'dollar',
  'dollars',
  'euro',
  'euros',
  'yuan',
  'yen',
  'rubles',
  'roubles',
  'pounds',
  'rupees',
  'francs',
])

const bare = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '')

/** "Turkiye" for "Türkiye": a name written without its diacritics is recorded as written. */
function asWritten(name: string, written: string): string {
  return written !== name && bare(written) === bare(name) && written.length === name.length
    ? written
    : name
}

/** Places of one chunk: gazetteer places, except a city that only qualifies a following name word ("Shanghai Cooperation Organization"). */
function chunkPlaces(chunk: Chunk, entry: SentenceNames): Found[] {
  const found: Found[] = []
  const { tokens, sentence } = entry
  chunk.forEach((element, k) => {
    const item = element.item
    if (!item) return
    if (item.kind !== 'place') {
      if (item.kind === 'word' || item.kind === 'acronym')
        found.push(...hyphenParts(item, sentence.text))
      return
    }
    const suffix = tokens[item.to]
    const next = chunk[k + 1]?.item
    const hasSuffix = suffix !== undefined && suffixes.has(suffix.text) && !item.possessive
    const city = item.entry?.type === 'place' && item.entry.level === 'city'
    // "Hangzhou Asian Games": an event is held in the city that names it.
    if (!hasSuffix && next && city && !eventNamed(chunk)) {
      if (next.kind !== 'place' && !item.possessive) return
    }
    // "Treaty of Kars", "the Tashkent spirit": a city that names a document or an idea.
    if (city && (documentOf(chunk, k) || ideaWords.has(tokens[item.to]?.text ?? ''))) return
    const end = hasSuffix ? suffix.end : item.end
    // "U.S. dollars": a currency, the country an adjective.
    if (currencyWords.has(tokens[item.to]?.text ?? '')) return
    if (item.entry?.type === 'place')
      found.push({
        name: asWritten(item.entry.name, sentence.text.slice(item.start, item.end)),
        start: item.start,
        end,
      })
  })
  return found
}

/** Places the gazetteer does not know, by what surrounds them: "Sughd Province", "the city of X", "held in X", "X, Saudi Arabia". */
function patternPlaces(chunk: Chunk, entry: SentenceNames): Found[] {
  const items = chunk.flatMap((element) => (element.item ? [element.item] : []))
  const first = items[0]!
  const { tokens, sentence } = entry
  const words = items.filter(isNameWord)
  const plain = words.length === items.length && items.length <= 3
  const text = (from: NameItem, to: NameItem) => sentence.text.slice(from.start, to.end)
  const before = tokens[first.from - 1]?.text
  const verb = tokens[first.from - 2]?.text.toLowerCase()
  const suffix = tokens[items[items.length - 1]!.to]
  const found: Found[] = []
  const lastItem = items[items.length - 1]!
  const named = items.slice(0, -1)
  // "the Transnistrian region", "the Sahel-Saharan region": an adjective before a lower-case suffix.
  const adjectival =
    /-|(?:ian|ean|ese|ish|ic|ern)$/.test(lastItem.word) && /^\p{Ll}/u.test(suffix?.text ?? '')
  if (plain && suffix && placeMakingSuffixes.has(suffix.text) && !adjectival) {
    found.push({ name: text(first, lastItem), start: first.start, end: suffix.end })
  } else if (
    named.length > 0 &&
    named.length <= 3 &&
    named.every(isNameWord) &&
    placeMakingSuffixes.has(lastItem.word) &&
    chunk.every((element) => !element.link)
  ) {
    found.push({
      name: text(first, named[named.length - 1]!),
      start: first.start,
      end: lastItem.end,
    })
  } else if (plain && chunk.every((element) => !element.link)) {
    const cityOf =
      (before === 'of' || before === ',') && placeNouns.has(tokens[first.from - 2]?.text ?? '')
    const located =
      (before === 'in' || before === 'at') && verb !== undefined && locatingVerbs.has(verb)
    // A place name ends the phrase: "held in Dhahran in November", not "in Arab cities".
    const after = tokens[items[items.length - 1]!.to]
    const ends =
      !after?.word || isFunctionWord(after.text) || /^(?:from|until|to|last|next)$/.test(after.text)
    if (cityOf || (located && ends)) {
      const last = items[items.length - 1]!
      found.push({ name: text(first, last), start: first.start, end: last.end })
    }
  }
  // "Dhahran, Saudi Arabia": an unknown name before a comma and a country.
  chunk.forEach((element, k) => {
    const place = chunk[k + 2]?.item
    const comma = chunk[k + 1]?.link?.words.join(' ') === ','
    if (element.item && isNameWord(element.item) && comma && place?.entry?.type === 'place') {
      // After "in", "at" or a comma, not at the start of a sentence ("Separately, Japan ...").
      const previous = chunk[k - 1]
      const lead = previous
        ? previous.link?.words.join(' ')
        : tokens[element.item.from - 1]?.text.toLowerCase()
      if (place.entry.level === 'country' && ['in', 'at', ',', 'from'].includes(lead ?? '')) {
        found.push({
          name: text(element.item, element.item),
          start: element.item.start,
          end: element.item.end,
        })
      }
    }
  })
  return found
}

/** "from Tema, Cotonou, Lomé and San Pedro": in a list of two or more known places, the other plain names are places too. */
function listPlaces(chunk: Chunk, entry: SentenceNames): Found[] {
  const segments: NameItem[][] = [[]]
  for (const element of chunk) {
    const words = element.link?.words.join(' ')
    if (element.link) {
      if (words !== ',' && words !== 'and' && words !== ', and') return []
      segments.push([])
    } else segments[segments.length - 1]!.push(element.item!)
  }
  if (segments.length < 3) return []
  const known = segments.filter((items) => items.length === 1 && items[0]!.entry?.type === 'place')
  const plain = segments.filter(
    (items) =>
      items.length > 0 &&
      items.length <= 3 &&
      items.every(
        (item) => item.kind === 'word' && !item.head && !item.possessive && isNameWord(item),
      ),
  )
  if (known.length < 2 || known.length + plain.length !== segments.length) return []
  return plain.map((items) => {
    const start = items[0]!.start
    const end = items[items.length - 1]!.end
    return { name: entry.sentence.text.slice(start, end), start, end }
  })
}

/** An upper-case dateline place the gazetteer does not know ("KHORGOS, May 3 --"). */
function datelinePlace(
  document: CommuniqueDocument,
  entry: SentenceNames,
  candidates: EntityCandidates,
): void {
  const place = document.metadata.dateline?.place
  if (entry.block.type !== 'dateline' || !place) return
  const at = entry.sentence.text.toLowerCase().indexOf(place.toLowerCase())
  if (at === -1) return
  const span = sourceSpan(entry.sentence, at, at + place.length)
  if (candidates.places.some((found) => found.start === span.start)) return
  const known = lookUp(place)
  const name = known?.type === 'place' ? known.name : titleCasePlace(place)
  if (known && known.type !== 'place') return
  candidates.places.push({ ...span, name })
}

/**
 * Countries, cities and provinces by their usual short name ("Republic of Kazakhstan"
 * -> Kazakhstan), including inside organization names and as possessive owners;
 * adjectives, regions and a city that only qualifies a name are left out.
 */
export const findPlaces: Step = {
  name: 'find-places',
  run(document) {
    const candidates = candidatesOf(document)
    for (const entry of candidates.sentences) {
      for (const chunk of entry.chunks) {
        const all = [
          ...chunkPlaces(chunk, entry),
          ...patternPlaces(chunk, entry),
          ...listPlaces(chunk, entry),
        ]
        for (const found of all) {
          const span = sourceSpan(entry.sentence, found.start, found.end)
          candidates.places.push({ ...span, name: found.name })
        }
      }
      for (const token of entry.tokens) {
        if (!token.cap || !isPlaceAdjective(token.text)) continue
        for (const found of hyphenParts(token, entry.sentence.text)) {
          candidates.places.push({
            ...sourceSpan(entry.sentence, found.start, found.end),
            name: found.name,
          })
        }
      }
      datelinePlace(document, entry, candidates)
    }
  },
}
