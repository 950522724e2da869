import { sourceSpan } from '../../input/text-map.js'
import type { EntityCandidates, SentenceNames } from '../names/entity-candidates.js'
import type { NameElement, NameItem } from '../names/name-chunks.js'
import { complementStart, itemsOf } from '../names/name-head.js'
import { titledPerson } from '../names/person-name.js'
import type { Name } from '../names/split-names.js'

// Bodies that no head word names, known by what the sentence says of them:
// - the issuer of a text: "a communiqué issued by the Presidency of the Republic",
//   "the statement released by 10 Downing Street" (a seat that stands for its office);
// - a name set beside a lower-case noun of its class: "the power group EDF", "the training
//   mission EUTM Mali", "the news agency Yonhap", "the daily Kommersant".
// A person, a place or a region alone is never taken, nor a name headed by an event,
// a document or a title.

/** "issued by (the)", "released by", "published by" right before the name (with a house number). */
const issuer = /\b(?:issued|released|published|circulated|distributed) by (?:the )?(\d{1,4} )?$/u

/** Lower-case nouns that tell the class of the name written after them. */
const classNoun =
  /(?<![\p{L}-])(?:news agency|press agency|agency|group|company|firm|conglomerate|operator|carrier|airline|utility|mission|operation|newspaper|daily|weekly|broadcaster|channel|outlet|bank|lender|party|movement|think[- ]tank|institute|regulator|watchdog|militia|network|consortium|insurer|developer|manufacturer|producer|exporter|supplier) $/u

/** Words before the class noun that make it a common noun of another phrase ("a group of"). */
const notApposition = /\b(?:of|a|an|one|this|that|each|every|per)\s+\S+ $/u

/** Whether a name can stand for a body by itself: not only places, regions, adjectives or a person. */
function canBeBody(elements: NameElement[], items: NameItem[]): boolean {
  if (
    items.every(
      (item) => item.kind === 'place' || item.kind === 'region' || item.kind === 'adjective',
    )
  )
    return false
  if (titledPerson(elements) !== undefined) return false
  // The head before any complement decides: "Chancery of the Head of State" is a body.
  const heads = itemsOf(elements.slice(0, complementStart(elements))).map((item) => item.head)
  return !heads.some(
    (head) => head === 'event' || head === 'document' || head === 'title' || head === 'group',
  )
}

/** Whether a name is more than a person's plain name: a code, a place, a known head or a number. */
function notPlainName(items: NameItem[]): boolean {
  return items.some((item) => item.kind !== 'word' || item.head !== undefined)
}

/** The bodies that an issuer phrase or a class noun right before a name cues. */
export function readCuedBodies(entry: SentenceNames, candidates: EntityCandidates): void {
  const text = entry.sentence.text
  for (const names of entry.names) {
    const name: Name | undefined = names[0]
    if (!name) continue
    const all = itemsOf(name.elements)
    if (all.length === 0) continue
    // A code takes no complement: "warrants issued by the ICC for Russia's President".
    const link = name.elements[1]?.link
    const items =
      all[0]!.kind === 'acronym' && link && link.words.length > 0 ? all.slice(0, 1) : all
    let start = items[0]!.start
    const end = items[items.length - 1]!.end
    const before = text.slice(Math.max(0, start - 40), start)
    const issued = issuer.exec(before)
    let cued = false
    if (issued) {
      cued = notPlainName(items) || issued[1] !== undefined
      if (issued[1]) start -= issued[1].length
    } else if (classNoun.test(before) && !notApposition.test(before)) {
      // "the power group EDF", "the steel group ArcelorMittal": the name is the class noun's own.
      cued = true
    }
    if (!cued || !canBeBody(name.elements, items)) continue
    const span = sourceSpan(entry.sentence, start, end)
    if (candidates.organizations.some((found) => found.end === span.end)) continue
    const written = text.slice(start, end)
    candidates.organizations.push({ ...span, name: written, head: written, weak: false })
  }
}
