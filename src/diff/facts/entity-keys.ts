// Comparable keys for the names of organizations, places and people, so that two
// versions' lists can be matched through aliases, acronyms, spelling and word order:
// "SCO Forum on People-to-People Friendship" ~ "Shanghai Cooperation Organization Forum
// on People-to-People Friendship", "African Union's Peace and Security Council" ~ "Peace
// and Security Council of the African Union", "Organisation" ~ "Organization".
import type { Organization } from '../../model/entities.js'

const marks = /\p{M}/gu
const notNameCharacters = /[^\p{L}\p{N}&]+/gu

const connectives = new Set([
  'the',
  'of',
  'and',
  'for',
  'on',
  'in',
  'to',
  'at',
  'de',
  'la',
  'le',
  'du',
  'des',
  '&',
])

const spellings: Array<[RegExp, string]> = [
  [/isation/g, 'ization'],
  [/centre\b/g, 'center'],
  [/programme\b/g, 'program'],
  [/\blabour\b/g, 'labor'],
  [/\bdefence\b/g, 'defense'],
]

/** Lowercase, accents and punctuation folded, no leading article or trailing possessive. */
export function nameKey(name: string): string {
  let key = name
    .normalize('NFKD')
    .replace(marks, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(notNameCharacters, ' ')
    .trim()
    .replace(/^the /, '')
  for (const [pattern, replacement] of spellings) key = key.replace(pattern, replacement)
  return key
}

/** The content words of a key, sorted: the same for "X's Y" and "Y of the X". */
function wordSetKey(key: string): string {
  return key
    .split(' ')
    .filter((word) => !connectives.has(word))
    .sort()
    .join(' ')
}

/** Acronym -> expansion key, from the aliases of both versions' organizations ("sco" -> "shanghai cooperation organization"). */
export function acronymsOf(organizations: readonly Organization[]): Map<string, string> {
  const acronyms = new Map<string, string>()
  for (const organization of organizations) {
    for (const alias of organization.aliases) {
      if (/^[A-Z][A-Za-z]{0,2}[A-Z]{1,7}$/.test(alias) && !acronyms.has(alias.toLowerCase())) {
        acronyms.set(alias.toLowerCase(), nameKey(organization.name))
      }
    }
  }
  return acronyms
}

/**
 * The head of a name whose "of" complement is itself an organization of either version:
 * "Peace and Security Council" in "Peace and Security Council of the African Union" (a
 * version may name the body without its parent). The head needs two content words, so
 * "Council of the European Union" does not become "Council"; a place as complement
 * ("Foreign Ministry of Japan") is never dropped.
 */
export function headOfName(name: string, organizations: ReadonlySet<string>): string | undefined {
  const key = nameKey(name)
  const at = key.indexOf(' of ')
  if (at < 0) return undefined
  const head = key.slice(0, at)
  const complement = key.slice(at + 4).replace(/^the /, '')
  if (!organizations.has(complement)) return undefined
  return head.split(' ').filter((word) => !connectives.has(word)).length >= 2 ? head : undefined
}

/** Every key a name is known by: as written, with acronyms spelled out, and as a word set. */
export function keysOfName(name: string, acronyms: ReadonlyMap<string, string>): string[] {
  const key = nameKey(name)
  if (key.length === 0) return []
  const expanded = key
    .split(' ')
    .map((word) => acronyms.get(word) ?? word)
    .join(' ')
  const keys = new Set([key, expanded, wordSetKey(key), wordSetKey(expanded)])
  keys.delete('')
  return [...keys]
}
