import {
  cityBoundHeads,
  genericWords,
  organizationHeads,
  placeBoundHeads,
} from '../../data/name-words.js'
import type { NameElement, NameItem } from '../names/name-chunks.js'
import { complementStart, itemsOf } from '../names/name-head.js'

// Where a name ends and whether it is one: the parts of a run of capitalised words
// that belong to an organization's name.

/** A name without links at its ends ("of the" left over from a split). */
export function trimLinks(elements: NameElement[]): NameElement[] {
  let from = 0
  let to = elements.length
  while (from < to && elements[from]!.link) from++
  while (to > from && elements[to - 1]!.link) to--
  return elements.slice(from, to)
}

/**
 * "African Union Commission for the Sudan" -> "African Union Commission": a place after
 * in/at/for ends the name only for place-bound heads; a place right after the head of a
 * name without complement is not part of it ("General Assembly Mexico reiterates").
 */
export function trimPlace(elements: NameElement[], head: string): NameElement[] {
  const last = elements[elements.length - 1]?.item
  const before = elements[elements.length - 2]
  if (
    last?.kind === 'place' &&
    before?.item?.word === head &&
    complementStart(elements) === elements.length
  ) {
    return elements.slice(0, -1)
  }
  const link = before?.link
  if (!last || !link || last.kind !== 'place') return elements
  const city = last.entry?.type === 'place' && last.entry.level === 'city'
  if (city ? cityBoundHeads.has(head) : placeBoundHeads.has(head)) return elements
  if (!['in', 'at', 'for', 'on'].includes(link.words[0]!)) return elements
  return elements.slice(0, -2)
}

/** "Security Council for Member States" -> "Security Council": a complement of group words only is not part of a name. */
export function trimGroup(elements: NameElement[]): NameElement[] {
  for (let k = elements.length - 2; k > 0; k--) {
    const link = elements[k]!.link
    if (!link) continue
    if (link.words[0] !== 'for') return elements
    const rest = itemsOf(elements.slice(k + 1))
    const generic = rest.every((item) => item.head === 'group' || genericWords.has(item.word))
    return generic ? elements.slice(0, k) : elements
  }
  return elements
}

/** A name needs a complement or a word of its own besides head and generic words: not "State and Government". */
export function isDistinctive(elements: NameElement[], items: NameItem[]): boolean {
  const generic = (item: NameItem) =>
    item.kind === 'word' && (organizationHeads.has(item.word) || genericWords.has(item.word))
  const end = complementStart(elements)
  if (end < elements.length) {
    // "State and Government of the Non-Aligned Movement" (of "Heads of State and Government of ...").
    const before = itemsOf(elements.slice(0, end))
    const joined = elements.slice(0, end).some((element) => element.link?.words.includes('and'))
    return !(joined && before.length > 1 && before.every(generic))
  }
  return items.some((item) => !generic(item))
}
