import type { NameElement, NameItem } from './name-chunks.js'
import { isOrdinal } from './word-class.js'

const complementStarts = new Set([
  'of',
  'under',
  'for',
  'on',
  'with',
  'through',
  'against',
  'für',
  'de',
  'des',
  'du',
  'del',
  'della',
  'di',
])

/** Index of the first link that starts a complement ("of", "for", "on", "with"), or the length. */
export function complementStart(elements: NameElement[]): number {
  const index = elements.findIndex(
    (element, k) =>
      element.link?.words.some((word) => complementStarts.has(word)) && !titleCompound(elements, k),
  )
  return index === -1 ? elements.length : index
}

/** "Heads of State", "Heads of Government": the "of" at `k` is inside a group's title. */
export function titleCompound(elements: NameElement[], k: number): boolean {
  const before = elements[k - 1]?.item
  const after = elements[k + 1]?.item
  return (
    before?.word === 'Heads' &&
    elements[k]!.link!.words.join(' ') === 'of' &&
    (after?.word === 'State' || after?.word === 'Government')
  )
}

/**
 * The head of a name: its last word before the first complement, past a place at the
 * end ("Council" in "Peace and Security Council of the African Union", "Centre" in
 * "Friendship and Cooperation Centre in Tajikistan"). A last word that is no head word
 * leaves the name without one ("Press Releases").
 */
export function mainHead(elements: NameElement[]): { item: NameItem; index: number } | undefined {
  for (let k = complementStart(elements) - 1; k >= 0; k--) {
    const element = elements[k]!
    if (element.link) {
      if (element.link.words[0] === 'in' || element.link.words[0] === 'at') continue
      return undefined
    }
    const item = element.item
    if (item.kind === 'place' || item.kind === 'region') continue
    // "Heads of Government of ...": the title's last word heads nothing.
    if (k >= 2 && titleCompound(elements, k - 1)) return undefined
    return item.head ? { item, index: k } : undefined
  }
  return undefined
}

/** The items of a name, without its links. */
export function itemsOf(elements: NameElement[]): NameItem[] {
  const items: NameItem[] = []
  for (const element of elements) if (element.item) items.push(element.item)
  return items
}

/** "Fifteenth BRICS Summit", "51st Session": a name that starts with an ordinal. */
export function startsWithOrdinal(elements: NameElement[]): boolean {
  const first = elements[0]?.item
  return first !== undefined && isOrdinal(first.word)
}
