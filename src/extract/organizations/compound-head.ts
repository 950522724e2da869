import type { NameElement } from '../names/name-chunks.js'
import { complementStart, itemsOf, mainHead } from '../names/name-head.js'
import { isComplete } from '../names/split-names.js'
import { bodyNamed } from './known-bodies.js'

/** Whether the part after a name's last complement link names something by itself ("Arab States" in "League of Arab States"). */
function complementTailComplete(elements: NameElement[]): boolean {
  for (let k = elements.length - 1; k >= 0; k--) {
    if (elements[k]!.link?.words.some((word) => ['of', 'for', 'on', 'with'].includes(word))) {
      // A body, a group, a document or an event, or places and codes ("Arab States", "Europe Action");
      // not a title's modifier ("General" of "President of the General Assembly").
      const tail = elements.slice(k + 1)
      // "Group of 20 Summit": a number completes a numbered grouping.
      if (tail.length === 1 && /^\p{N}+$/u.test(tail[0]!.item?.word ?? '')) return true
      const head = mainHead(tail)?.item.head
      if (head) return head !== 'title' && head !== 'other'
      return (
        isComplete(tail) ||
        itemsOf(tail).every((item) => item.kind === 'region' || item.kind === 'place')
      )
    }
  }
  return false
}

/** Where a head word follows a complete complement ("Summit" in "League of Arab States Summit"), if one does. */
export function compoundHead(elements: NameElement[], text: string): number | undefined {
  let k = elements.length - 1
  // Past a place at the end: "Office in Chișinău", "Action Plan for the Republic of Moldova".
  const placeLinks = ['in', 'at', 'for']
  // A last word after "in" or "at" that heads nothing is read as a place too ("Summit in Apulia").
  const unknownPlace = (j: number) => {
    const item = elements[j]!.item
    const link = elements[j - 1]?.link?.words[0]
    return (
      item?.kind === 'word' &&
      !item.head &&
      j === elements.length - 1 &&
      (link === 'in' || link === 'at')
    )
  }
  while (
    k > 0 &&
    (elements[k]!.item?.kind === 'place' ||
      unknownPlace(k) ||
      placeLinks.includes(elements[k]!.link?.words[0] ?? ''))
  ) {
    k--
  }
  const item = elements[k]?.item
  if (!item?.head || item.head === 'title' || item.head === 'group' || !elements[k - 1]?.item)
    return undefined
  if (complementStart(elements) >= k) return undefined
  // "Secretary General of the Pacific Islands Forum Secretariat": a title's complement is one name.
  if (mainHead(elements.slice(0, complementStart(elements)))?.item.head === 'title')
    return undefined
  const before = itemsOf(elements.slice(0, k))
  const prefix = text.slice(before[0]!.start, before[before.length - 1]!.end)
  // "Group of Seven Summit": a listed body's name is complete.
  const listed = bodyNamed(prefix) !== undefined
  if (!listed && !complementTailComplete(elements.slice(0, k))) return undefined
  // An organization head after the complement heads the whole only after a listed body
  // ("Council of Europe Office"); otherwise it ends the complement's own name
  // ("Multinational Joint Task Force of the Lake Chad Basin Commission").
  if (item.head !== 'organization') return k
  return listed ? k : undefined
}
