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
  for (const part of word.split('-')) {
    const entry = /^\p{Lu}/u.test(part) ? lookUp(part) : undefined
    if (entry?.type === 'place') {
      found.push({
        name: entry.name,
        start: item.start + offset,
        end: item.start + offset + part.length,
      })
    }
    offset += part.length + 1
  }
  return found
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
    if (!hasSuffix && next && item.entry?.type === 'place' && item.entry.level === 'city') {
      if (next.kind !== 'place' && !item.possessive) return
    }
    const end = hasSuffix ? suffix.end : item.end
    if (item.entry?.type === 'place') found.push({ name: item.entry.name, start: item.start, end })
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
    if ((cityOf || located) && ends) {
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
        for (const found of [...chunkPlaces(chunk, entry), ...patternPlaces(chunk, entry)]) {
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
