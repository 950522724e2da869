import { documentHeads, eventHeads } from '../data/name-words.js'
import { lookUp } from '../extract/names/gazetteer.js'

// Places named in metadata lines: a gazetteer country or city, by its common name.

/** Title-case an upper-case phrase ("REPUBLIC OF SOUTH AFRICA" -> "Republic Of South Africa"). */
function titled(text: string): string {
  return text === text.toUpperCase()
    ? text.replace(/\p{L}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase())
    : text
}

/** The place a phrase names, by its gazetteer name, and whether it is a city. */
export function placeNamed(phrase: string): { name: string; city: boolean } | undefined {
  const text = phrase
    .replace(/^(?:the|la|le|les)\s+/i, '')
    .replace(/[.,;:]+$/, '')
    .trim()
  if (!/^\p{Lu}/u.test(text)) return undefined
  const entry = lookUp(titled(text)) ?? lookUp(text)
  if (entry?.type !== 'place') return undefined
  return { name: entry.name, city: entry.level === 'city' }
}

/**
 * The first place among the capitalised runs of a text (up to four words: "Port of
 * Spain", "Rio de Janeiro"), a city before a country when both are in one run of
 * segments ("Bishkek, Kyrgyzstan").
 */
export function firstPlace(text: string): { name: string; index: number } | undefined {
  const words = [...text.matchAll(/[\p{L}][\p{L}'’.-]*/gu)]
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]![0])) continue
    for (let length = Math.min(4, words.length - i); length >= 1; length--) {
      const last = words[i + length - 1]!
      const from = words[i]!.index ?? 0
      const phrase = text.slice(from, (last.index ?? 0) + last[0].length)
      if (/[,;()|]/.test(phrase)) continue
      const found = placeNamed(phrase.replace(/[.]$/, ''))
      if (found) return { name: found.name, index: from }
    }
  }
  return undefined
}

const headWords = new Set([...documentHeads, ...eventHeads, 'Sommet', 'Cumbre', 'Déclaration'])

/**
 * The city a title is named after: "Vilnius Summit Communiqué", "Ankara Declaration",
 * "Glasgow Climate Pact", "Text of ECO Islamabad Declaration", "Déclaration de Kinshasa",
 * "Declaration of Commitment of Port of Spain".
 */
export function titlePlace(title: string): string | undefined {
  const words = [...title.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((match) => ({
    text: match[0],
    index: match.index ?? 0,
  }))
  for (let i = 0; i < words.length; i++) {
    for (let length = Math.min(3, words.length - i); length >= 1; length--) {
      const last = words[i + length - 1]!
      // A city: "Declaration of Brazil and China" names the parties, not a place.
      const found = placeNamed(title.slice(words[i]!.index, last.index + last.text.length))
      if (!found?.city) continue
      // A head within two words after it ("Glasgow Climate Pact") ...
      const after = words.slice(i + length, i + length + 2).map((word) => titled(word.text))
      if (after.some((word) => headWords.has(word))) return found.name
      // ... or "Declaration of/de X" before it.
      const before = words.slice(Math.max(0, i - 4), i).map((word) => titled(word.text))
      const link = before[before.length - 1]?.toLowerCase()
      if (
        ['of', 'de', 'du', 'd'].includes(link ?? '') &&
        before.some((word) => headWords.has(word))
      )
        return found.name
    }
  }
  return undefined
}
