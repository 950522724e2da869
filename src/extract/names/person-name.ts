import { nameParticles, subjectWords } from '../../data/name-words.js'
import type { NameElement, NameItem } from './name-chunks.js'
import { mainHead } from './name-head.js'
import { isOrdinal } from './word-class.js'

/** A capitalised word that may be part of a person's name: no head word, place or code. */
export function isNameWord(item: NameItem): boolean {
  return (
    item.kind === 'word' &&
    !item.head &&
    !isOrdinal(item.word) &&
    !subjectWords.has(item.word) &&
    /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u.test(item.word) &&
    item.word.length >= 2
  )
}

/** Where a person's name (one to five name words) ends a name's elements, if it does. */
export function trailingNameStart(elements: NameElement[]): number | undefined {
  let start = elements.length
  let words = 0
  for (let k = elements.length - 1; k >= 0; k--) {
    const element = elements[k]!
    if (element.item) {
      if (!isNameWord(element.item) || (element.item.possessive && k !== elements.length - 1)) break
      words++
      start = k
    } else if (!element.link.words.every((word) => nameParticles.has(word))) {
      break
    } else if (!elements[k - 1]?.item || !isNameWord(elements[k - 1]!.item!)) break
    if (words === 5) break
  }
  while (elements[start]?.link) start++
  return words > 0 && start < elements.length ? start : undefined
}

/**
 * A title followed by a person's name in one name: "Secretary-General António Guterres",
 * "President of the General Assembly Dennis Francis". Returns where the name starts.
 */
export function titledPerson(elements: NameElement[]): number | undefined {
  return titledPersonEnd(elements)?.start
}

/**
 * Where the person's name starts and ends in a name that is a title and a person's name,
 * followed perhaps by a place ("President Joko Widodo of the Republic of Indonesia",
 * "President Xi Jinping in Astana").
 */
export function titledPersonEnd(
  elements: NameElement[],
): { start: number; end: number } | undefined {
  const start = titledPersonStart(elements)
  if (start !== undefined) return { start, end: elements.length }
  const place = elements[elements.length - 1]?.item
  const link = elements[elements.length - 2]?.link
  if (place?.kind !== 'place' || !['of', 'in', 'at'].includes(link?.words[0] ?? ''))
    return undefined
  const before = elements.slice(0, -2)
  const inner = titledPersonStart(before)
  return inner === undefined ? undefined : { start: inner, end: before.length }
}

function titledPersonStart(elements: NameElement[]): number | undefined {
  const start = trailingNameStart(elements)
  if (start === undefined || start === 0) return undefined
  const before = elements[start - 1]
  // The title ends right before the name, with no link between them.
  if (!before?.item) return undefined
  const title = elements.slice(0, start)
  const head = mainHead(title)
  if (head?.item.head !== 'title') return undefined
  // One name word alone must follow the title word itself ("President Tokayev").
  const nameWords = elements.slice(start).filter((element) => element.item).length
  if (nameWords === 1 && head.index !== start - 1) return undefined
  // "General" is a title before a full name only ("General Assemblies" is no person).
  if (nameWords === 1 && head.item.word === 'General') return undefined
  return start
}
