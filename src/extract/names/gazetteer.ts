import { bodies } from '../../data/bodies.js'
import { cities } from '../../data/cities.js'
import { countries } from '../../data/countries.js'
import {
  organizationHeads,
  regionAdjectives,
  regionPhrases,
  regions,
} from '../../data/name-words.js'
import { provinces } from '../../data/provinces.js'
import { type Token, tokenize } from './tokenize.js'

/** What a phrase of the gazetteer names. */
export type GazetteerEntry =
  | { type: 'place'; name: string; level: 'country' | 'province' | 'city' }
  /** A continent, broad region or natural feature: not a place ("Central Asia", "South China Sea"). */
  | { type: 'region'; name: string }
  /** An adjective or demonym: not a place ("Chinese", "Kyrgyz"). */
  | { type: 'adjective'; name: string; country: string }
  /** A body whose name has no head word ("United Nations", "Xinhua"). */
  | { type: 'body'; name: string }

/** A gazetteer phrase found at tokens `[from, to)`. */
export interface GazetteerMatch {
  from: number
  to: number
  entry: GazetteerEntry
}

const lowered = new Map<string, string>()
/** A word lower-cased with apostrophes as "'", remembered (bounded). */
const lowerKey = (text: string): string => {
  let lower = lowered.get(text)
  if (lower === undefined) {
    lower = text.toLowerCase()
    if (lower.includes('’')) lower = lower.replace(/’/g, "'")
    if (lowered.size > 50_000) lowered.clear()
    lowered.set(text, lower)
  }
  return lower
}
const keyOf = (texts: string[]): string => lowerKey(texts.join(' '))

const entries = new Map<string, GazetteerEntry>()
/** Every key's leading words ("united", "united arab"): a longer phrase is tried only after one of these. */
const prefixes = new Set<string>()
/** Canonical spelling of each phrase, to check the case of a match. */
const spellings = new Map<string, string[]>()
let longest = 1

function add(phrase: string, entry: GazetteerEntry): void {
  const texts = tokenize(phrase).map((token) => token.text)
  if (texts.length === 0) return
  const key = keyOf(texts)
  if (entries.has(key)) return
  entries.set(key, entry)
  spellings.set(key, texts)
  for (let k = 1; k < texts.length; k++) prefixes.add(keyOf(texts.slice(0, k)))
  longest = Math.max(longest, texts.length)
}

// Order matters: the first entry for a phrase wins (countries before provinces before cities).
for (const country of countries) {
  add(country.name, { type: 'place', name: country.name, level: 'country' })
  for (const variant of country.variants) {
    add(variant, { type: 'place', name: country.name, level: 'country' })
  }
}
for (const province of provinces)
  add(province, { type: 'place', name: province, level: 'province' })
for (const city of cities) add(city.variant, { type: 'place', name: city.name, level: 'city' })
for (const phrase of regionPhrases) add(phrase, { type: 'region', name: phrase })
for (const region of regions) add(region, { type: 'region', name: region })
for (const country of countries) {
  for (const adjective of country.adjectives) {
    add(adjective, { type: 'adjective', name: adjective, country: country.name })
  }
}
for (const adjective of regionAdjectives)
  add(adjective, { type: 'adjective', name: adjective, country: '' })
for (const body of bodies) {
  const names = [body.name, ...body.short.filter((short) => /\p{Ll}/u.test(short))]
  for (const name of names) {
    const words = name.split(/\s+/)
    if (!words.some((word) => organizationHeads.has(word))) {
      add(name, { type: 'body', name })
    }
  }
}

/** Whether the text tokens have the case of the gazetteer's spelling (or are all upper case). */
function caseFits(tokens: Token[], from: number, texts: string[]): boolean {
  let allUpper = true
  let same = true
  for (let k = 0; k < texts.length; k++) {
    const token = tokens[from + k]!
    const text = k === texts.length - 1 ? token.base : token.text.replace(/’/g, "'")
    const spelling = texts[k]!
    if (text !== spelling.replace(/’/g, "'")) same = false
    if (token.word && !token.upper && /\p{L}/u.test(text)) allUpper = false
    const spelledUpper = /^\p{Lu}/u.test(spelling)
    if (spelledUpper && !/^[\p{Lu}\p{N}]/u.test(text)) return false
  }
  if (same) return true
  const letters = texts.join('').replace(/[^\p{L}]/gu, '').length
  return allUpper && letters >= 4
}

/** The longest gazetteer phrase that starts at token `from`, if any. */
export function matchAt(tokens: Token[], from: number): GazetteerMatch | undefined {
  const first = tokens[from]
  if (!first?.word || !/^[\p{Lu}\p{N}]/u.test(first.text)) return undefined
  let prefix = ''
  let best: GazetteerMatch | undefined
  for (let k = 0; k < longest && from + k < tokens.length; k++) {
    const token = tokens[from + k]!
    // A possessive may end a phrase ("Saudi Arabia's") or be part of it ("Lao People's Democratic Republic").
    const key = prefix + lowerKey(token.base)
    const entry = entries.get(key)
    if (entry && caseFits(tokens, from, spellings.get(key)!)) {
      best = { from, to: from + k + 1, entry }
    }
    const next = prefix + lowerKey(token.text)
    if (!prefixes.has(next)) break
    prefix = `${next} `
  }
  return best
}

/** The entry for a whole phrase, if the gazetteer has it (case-insensitive). */
export function lookUp(phrase: string): GazetteerEntry | undefined {
  return entries.get(keyOf(tokenize(phrase).map((token) => token.text)))
}
