import { nameParticles, namePossessives, topicWords } from '../../data/name-words.js'
import { type GazetteerEntry, matchAt } from './gazetteer.js'
import type { Token } from './tokenize.js'
import {
  type HeadClass,
  headClass,
  isCalendarWord,
  isFunctionWord,
  isHonorific,
  isRomanNumeral,
} from './word-class.js'

/** A capitalised word, or a gazetteer phrase taken as one unit. */
export interface NameItem {
  /** Token range `[from, to)`. */
  from: number
  to: number
  /** Offsets in the sentence's analysed text (without a possessive ending). */
  start: number
  end: number
  kind: 'word' | 'place' | 'region' | 'adjective' | 'body' | 'acronym'
  /** The last word without a possessive ending. */
  word: string
  /** What the word makes of a name it heads. */
  head?: HeadClass
  possessive: boolean
  /** A possessive that owns what follows ("Tajikistan's"), not one inside a name ("People's"). */
  owner: boolean
  entry?: GazetteerEntry
  /** A code inside a document symbol ("CP" in "1/CP.26"): a name of its own, never joined. */
  symbol?: true
}

/** Between two items: a lower-case joining word or a comma ("of", "and", ","). */
export interface NameLink {
  /** Lower-cased words of the link, in order ("of the"). */
  words: string[]
  start: number
  end: number
}

export type NameElement =
  | { item: NameItem; link?: undefined }
  | { link: NameLink; item?: undefined }

/** A run of items and the links between them, as written: one or several names. */
export type Chunk = NameElement[]

/** "Tajikistan's" owns what follows; "People's", "Prosecutor General's" (a title) are inside a name. */
const owns = (token: Token): boolean =>
  token.possessive &&
  !namePossessives.has(token.text.replace(/’/g, "'")) &&
  headClass(token.base) !== 'title'

const acronymLike =
  /^(?:\p{Lu}[\p{Lu}\p{N}&-]*\p{Lu}[\p{Lu}\p{N}]*|\p{Lu}\p{N}{1,3}|\p{Lu}+-\p{N}+)s?$/u

/** The item that starts at token `i`, if that token can begin or continue a name. */
export function itemAt(tokens: Token[], i: number): NameItem | undefined {
  const token = tokens[i]
  if (!token?.cap) return undefined
  // "US$168 million": a currency, not a place.
  const next = tokens[i + 1]
  if (next?.text === '$' && next.start === token.end) return undefined
  const symbol = inSymbol(tokens, i)
  // "Heads of State/Government": a word after a slash is an alternative to the word before.
  const slash = tokens[i - 1]
  if (
    !symbol &&
    slash?.text === '/' &&
    slash.end === token.start &&
    tokens[i - 2]?.end === slash.start &&
    tokens[i - 2]!.word &&
    !token.upper
  )
    return undefined
  const match = symbol ? undefined : matchAt(tokens, i)
  if (match) {
    const last = tokens[match.to - 1]!
    const kind = match.entry.type
    return {
      from: i,
      to: match.to,
      start: token.start,
      end: last.start + last.base.length,
      kind,
      word: last.base,
      possessive: last.possessive,
      owner: owns(last),
      entry: match.entry,
    }
  }
  if (isFunctionWord(token.text) || isCalendarWord(token.text) || isHonorific(token.text)) {
    return undefined
  }
  if (/^\p{N}+$/u.test(token.text)) return undefined
  // "Juba-based", "US-led": an adjective, not part of a name (its place is found apart).
  if (isPlaceAdjective(token.text)) return undefined
  const acronym =
    (token.upper || /^\p{Lu}\p{N}/u.test(token.base)) &&
    acronymLike.test(token.base.includes('.') ? token.base.replace(/\./g, '') : token.base) &&
    !isRomanNumeral(token.base)
  // A word of a document symbol names nothing; a code there only confirms a name elsewhere.
  if (symbol && !acronym) return undefined
  const head = acronym ? undefined : headClass(token.base)
  const item: NameItem = {
    from: i,
    to: i + 1,
    start: token.start,
    end: token.start + token.base.length,
    kind: acronym ? 'acronym' : 'word',
    word: token.base,
    possessive: token.possessive,
    owner: owns(token),
  }
  if (head) item.head = head
  if (symbol) item.symbol = true
  return item
}

/**
 * A word of a document symbol ("CM/Del/Dec(2025)1541", "Assembly/AU/Dec.356", "1/CP.26",
 * "CM(2025)188"): a run of tokens without spaces that holds a slash or an opening parenthesis
 * and a digit, or two of them. "AU/UN" is two names.
 */
function inSymbol(tokens: Token[], i: number): boolean {
  const touches = (k: number) => tokens[k]!.text === '/' || tokens[k]!.text === '('
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  const token = tokens[i]!
  if (
    !(before && before.end === token.start && tokens[i - 1]!.text === '/') &&
    !(after && after.start === token.end && touches(i + 1))
  )
    return false
  let from = i
  while (from > 0 && tokens[from - 1]!.end === tokens[from]!.start) from--
  let to = i
  while (to + 1 < tokens.length && tokens[to + 1]!.start === tokens[to]!.end) to++
  let slashes = 0
  let digit = false
  for (let k = from; k <= to; k++) {
    // A slash or parenthesis inside the run, before a word: not "/TASS/." of a dateline.
    if (touches(k)) slashes += k > from && k < to && tokens[k + 1]!.word ? 1 : 0
    else if (/\p{N}/u.test(tokens[k]!.text)) digit = true
  }
  return slashes >= 2 || (slashes === 1 && digit)
}

const adjectiveEndings =
  /-(?:based|led|backed|owned|made|funded|sponsored|born|run|style|related|affiliated|aligned|controlled|occupied|supported|bound|centred|centered|oriented|speaking|friendly|brokered|hosted|sanctioned)$/

/** "Juba-based", "Russia-backed": a place or name made an adjective by a hyphenated participle. */
export function isPlaceAdjective(word: string): boolean {
  return word.includes('-') && adjectiveEndings.test(word)
}

const prepositions = new Set(['of', 'for', 'on', 'in', 'at', 'with'])

const key2 = (words: string[]): string => words.join(' ')

/** Whether the link words may join the chunk so far to the next item. */
function linkFits(words: string[], next: NameItem, chunk: Chunk): boolean {
  const key = words.join(' ')
  switch (key) {
    case '':
    case 'of':
    case 'of the':
    case 'for':
    case 'for the':
    case 'in':
    case 'at':
    case 'and':
    case '&':
    case ',':
      return true
    case 'on':
    case 'on the':
      return !topicWords.has(next.word)
    // "in the Sudan", "in the Middle East", but not "British Government in the Bank of England".
    case 'in the':
      return next.kind === 'place' || next.kind === 'region'
    // "Group of States against Corruption", not "the United States against Cuba".
    case 'against':
      return next.kind === 'word'
    // "Joint Commission on Bilateral Cooperation between China and Indonesia".
    case 'between':
      return next.kind === 'place' && chunk.some((element) => element.item?.head === 'organization')
    case 'with':
    case 'through':
      return chunk.some((element) => element.link?.words.some((word) => prepositions.has(word)))
    case ', and':
    case 'in support of':
      return true
    // "Office for West Africa and the Sahel": a second region completes a complement.
    case 'and the': {
      const last = chunk[chunk.length - 1]?.item
      const complement = chunk.some((element) =>
        element.link?.words.some((word) => word === 'for' || word === 'of' || word === 'in'),
      )
      return next.kind === 'region' && last?.kind === 'region' && complement
    }
    // "International Fund for Saving the Aral Sea": the object of a capitalised gerund.
    case 'the': {
      const last = chunk[chunk.length - 1]?.item
      return last !== undefined && last.kind === 'word' && /\p{Ll}ing$/u.test(last.word)
    }
    // "... under the Ministry of Internal Affairs": another body.
    case 'under':
    case 'under the':
      return next.kind !== 'place' && next.kind !== 'region'
    default:
      return words.length > 0 && words.every((word) => nameParticles.has(word))
  }
}

/** A token that may stand between two items of a name. */
function isLinkToken(token: Token): boolean {
  if (token.text === ',' || token.text === '&') return true
  const lower = token.text.toLowerCase()
  if (
    ['of', 'for', 'on', 'in', 'at', 'with', 'through', 'against', 'and', 'the', 'between'].includes(
      lower,
    )
  ) {
    // Upper-case "And"/"Of" only inside a title-case heading; "The" never joins.
    return token.text === lower || lower !== 'the'
  }
  return nameParticles.has(token.text)
}

/**
 * A lower-case phrase that carries a body's name on after its head: "Mission in support of
 * Ukraine", "Department ... under the Prosecutor General's Office". Returns where the
 * phrase ends, or `i` when there is none.
 */
function longLink(tokens: Token[], i: number, chunk: Chunk): number {
  const word = tokens[i]?.text
  if (word !== 'in' && word !== 'under') return i
  if (!chunk.some((element) => element.item?.head === 'organization')) return i
  if (word === 'in')
    return tokens[i + 1]?.text === 'support' && tokens[i + 2]?.text === 'of' ? i + 3 : i
  return tokens[i + 1]?.text === 'the' ? i + 2 : i + 1
}

/** "members", "States", "experts": a count of people or states follows the number. */
const isGroupNoun = (word: string): boolean =>
  headClass(word.charAt(0).toUpperCase() + word.slice(1)) === 'group'

/**
 * "Group of 77", "Committee of 24": a number after "of" right after an organization's head
 * word is the rest of its name (a word item, so the name reads on: "Group of 77 and China").
 */
function numberAfterOf(tokens: Token[], i: number, j: number, chunk: Chunk): NameItem | undefined {
  const token = tokens[j]
  if (j !== i + 1 || tokens[i]!.text !== 'of' || !token || !/^\p{N}{1,3}$/u.test(token.text))
    return undefined
  const last = chunk[chunk.length - 1]?.item
  if (last?.head !== 'organization') return undefined
  // Not a count or a date: "a Council of 15 members", "Committee of 12 June".
  const after = tokens[j + 1]
  if (after && (isCalendarWord(after.text) || isGroupNoun(after.text))) return undefined
  return {
    from: j,
    to: j + 1,
    start: token.start,
    end: token.end,
    kind: 'word',
    word: token.text,
    possessive: false,
    owner: false,
  }
}

/** Runs of capitalised items and their links, left to right, in one pass. A run ends after an owner. */
export function findChunks(tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = []
  let i = 0
  while (i < tokens.length) {
    const first = itemAt(tokens, i)
    if (!first) {
      i++
      continue
    }
    const chunk: Chunk = [{ item: first }]
    i = first.to
    while (!first.symbol && !(chunk[chunk.length - 1] as { item: NameItem }).item.owner) {
      let j = longLink(tokens, i, chunk)
      while (j < tokens.length && j - i < 2 && isLinkToken(tokens[j]!)) j++
      const next = itemAt(tokens, j) ?? numberAfterOf(tokens, i, j, chunk)
      if (!next || next.symbol) break
      const linkTokens = tokens.slice(i, j)
      const words = linkTokens.map((token) => token.text.toLowerCase())
      if (!linkFits(words, next, chunk)) break
      // "Council of Europe and the Caribbean Community": the region starts another name.
      if (key2(words) === 'and the' && tokens[next.to]?.cap) break
      if (linkTokens.length > 0) {
        chunk.push({
          link: { words, start: linkTokens[0]!.start, end: linkTokens[linkTokens.length - 1]!.end },
        })
      }
      chunk.push({ item: next })
      i = next.to
    }
    chunks.push(chunk)
  }
  return chunks
}
