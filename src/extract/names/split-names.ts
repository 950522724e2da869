import type { Chunk, NameElement } from './name-chunks.js'
import { mainHead } from './name-head.js'
import { titledPerson } from './person-name.js'

/** One name: a part of a chunk, and the boundary that follows it in the chunk, if any. */
export interface Name {
  elements: NameElement[]
  /** "," or "and" (", and", "&") when another name of the same chunk follows. */
  before?: ',' | 'and'
}

type Boundary = ',' | 'and'

function boundaryOf(element: NameElement): Boundary | undefined {
  const key = element.link?.words.join(' ')
  if (key === ',') return ','
  if (key === 'and' || key === ', and' || key === '&') return 'and'
  return undefined
}

/** A segment is complete when it names something by itself: it ends in a head word or a titled person's name, or is places, bodies or codes. */
export function isComplete(elements: NameElement[]): boolean {
  if (mainHead(elements) || titledPerson(elements) !== undefined) return true
  const items = elements.flatMap((element) => (element.item ? [element.item] : []))
  return (
    items.length > 0 &&
    items.every((item) => item.kind === 'place' || item.kind === 'body' || item.kind === 'acronym')
  )
}

const complementWords = new Set(['of', 'for', 'on', 'with', 'in', 'at', 'against', 'through'])

/** Index just after the last link that starts a complement ("of", "for", ...), or -1. */
function lastComplement(elements: NameElement[]): number {
  for (let k = elements.length - 1; k >= 0; k--) {
    if (elements[k]!.link?.words.some((word) => complementWords.has(word))) return k + 1
  }
  return -1
}

/** Whether the last link of a name is "between" ("... between China"). */
function betweenBefore(elements: NameElement[]): boolean {
  const link = elements[elements.length - 2]?.link
  return link !== undefined && link.words.length === 1 && link.words[0] === 'between'
}

/** A part that continues a complement: no head word, and it starts with a plain word ("Tourism"). */
const continues = (elements: NameElement[]): boolean =>
  elements[0]?.item?.kind === 'word' && elements.every((element) => !element.item?.head)

/**
 * Split a chunk at "," and "and" into names. Parts join when one alone would not
 * be a name: "Peace and Security Council", "Ministry of Culture and Tourism",
 * "Good-neighborliness, Friendship and Cooperation Commission"; two complete names
 * stay apart: "Sudanese Armed Forces and Rapid Support Forces", "Brazil, Russia".
 */
export function splitNames(chunk: Chunk): Name[] {
  const segments: NameElement[][] = [[]]
  const boundaries: Boundary[] = []
  const links: NameElement[] = []
  const serial: boolean[] = []
  for (const element of chunk) {
    const boundary = boundaryOf(element)
    if (boundary) {
      boundaries.push(boundary)
      links.push(element)
      serial.push(element.link!.words.includes(','))
      segments.push([])
    } else segments[segments.length - 1]!.push(element)
  }
  // A comma joins only inside "A, B and C" where the parts up to "and" are not names by
  // themselves; computed from the right so that long lists cost linear time.
  const commaJoins: boolean[] = new Array(boundaries.length).fill(true)
  for (let k = boundaries.length - 1; k >= 0; k--) {
    if (boundaries[k] !== ',') continue
    const next = boundaries[k + 1]
    commaJoins[k] =
      !isComplete(segments[k + 1]!) && (next === 'and' || (next === ',' && commaJoins[k + 1]!))
  }

  const names: Name[] = []
  // The segments joined so far (`first` to `last`), their elements, whether they name
  // something, whether they have a complement, and whether its last part names something.
  let first = 0
  let last = 0
  let current: NameElement[] = [...segments[0]!]
  let complete = isComplete(current)
  let tail = lastComplement(current)
  let tailComplete = tail === -1 ? complete : isComplete(current.slice(tail))
  const flush = (before?: Boundary) => {
    if (last > first && !complete) {
      // Joined parts that still name nothing were a list after all.
      for (let k = first; k <= last; k++) {
        const next = k < last ? boundaries[k] : before
        names.push(next ? { elements: segments[k]!, before: next } : { elements: segments[k]! })
      }
    } else names.push(before ? { elements: current, before } : { elements: current })
  }
  boundaries.forEach((boundary, k) => {
    const right = segments[k + 1]!
    const rightComplete = isComplete(right)
    let join: boolean
    if (!commaJoins[k]) join = false
    // "... between China and Indonesia": the two sides of "between" stay in the name.
    else if (boundary === 'and' && betweenBefore(current)) join = true
    // "Indonesia's Ministry of Foreign Affairs and Germany's Federal Foreign Office".
    else if (right[right.length - 1]?.item?.owner) join = false
    // "Liberator Simon Bolivar and Commander Hugo Chavez": a titled person stands alone.
    else if (titledPerson(right) !== undefined) join = false
    // "Center for Friendship and Cooperation, and China-Tajikistan Friendship Association".
    else if (serial[k] && complete && rightComplete) join = false
    // "Meeting of the Peace and Security Council": the right part completes the complement.
    else if (!tailComplete) join = true
    else if (rightComplete) join = false
    // "Ministry of Culture and Tourism": the right part continues the complement.
    else join = tail !== -1 && continues(right)
    if (join) {
      last = k + 1
      current.push(links[k]!, ...right)
      complete = complete || rightComplete
      const inner = lastComplement(right)
      if (inner !== -1) {
        tail = 0
        tailComplete = isComplete(right.slice(inner))
      } else tailComplete = tailComplete || rightComplete
      return
    }
    flush(boundary)
    first = k + 1
    last = k + 1
    current = [...right]
    complete = rightComplete
    tail = lastComplement(current)
    tailComplete = tail === -1 ? complete : isComplete(current.slice(tail))
  })
  flush()
  return names.filter((name) => name.elements.length > 0)
}
