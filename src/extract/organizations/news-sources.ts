import { sourceSpan } from '../../input/text-map.js'
import type { EntityCandidates, SentenceNames } from '../names/entity-candidates.js'
import { lookUp } from '../names/gazetteer.js'
import { headClass } from '../names/word-class.js'

// News agencies and outlets that no head word names, found by the places a report gives
// its source: a dateline ("ISLAMABAD, MAR 01 (DNA) –", "Ankara, March 16, AZERTAC",
// "MOSCOW, December 20. /TASS/.") and an attribution ("..., Trend reports.", "APA reports
// that ..."). A code in brackets alone before or after a sentence is a photo credit
// ("... on Wednesday. (AFP)"): page furniture, no organization.

const source = String.raw`\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&-]*){0,2}`
const day = String.raw`(?:\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9}\.?)(?:,? \d{4})?`
const place = String.raw`\p{Lu}[\p{L}\p{M}' -]{1,30}`
/** "<PLACE>, <date> (<SOURCE>) –", "<Place>, <date>, <SOURCE>" (alone), "<PLACE>, <date>. /<SOURCE>/." */
const dateline = new RegExp(
  String.raw`^\s*${place}, ${day}(?: \((${source})\)\s*(?:[-–—]|$)|, (${source})\s*$|\. ?/(${source})/)`,
  'u',
)
/** "..., Trend reports.", "APA reports that ...", "..., Reuters reported." */
const tail = new RegExp(
  String.raw`, (${source}) (?:reports|reported|writes|wrote|informs)\.?\s*$`,
  'u',
)
const head = new RegExp(
  String.raw`^(${source}) (?:reports|reported|writes|wrote|informs) that\b`,
  'u',
)

/** Whether a capitalised phrase can be an outlet: not a place, region, adjective or title. */
function outlet(name: string): boolean {
  if (lookUp(name) !== undefined) return false
  const last = name.split(' ').pop()!
  const head = headClass(last)
  return head === undefined || head === 'organization'
}

/** The news sources that a sentence's dateline or attribution names. */
export function readNewsSources(entry: SentenceNames, candidates: EntityCandidates): void {
  const raw = entry.sentence.text
  // Most sentences hold neither shape: a comma and a digit early, or a reporting verb.
  const early = raw.slice(0, 60)
  const dated = early.includes(',') && /\d/.test(early)
  if (!dated && !/\b(?:report|wr[io]te|inform)/.test(raw)) return
  const text = raw.replace(/\s/g, ' ')
  for (const pattern of dated ? [dateline, tail, head] : [tail, head]) {
    const match = pattern.exec(text)
    if (!match) continue
    const index = match.findIndex((group, k) => k > 0 && group !== undefined)
    const name = match[index]!
    if (!outlet(name)) continue
    const at = match.index + match[0].lastIndexOf(name)
    const span = sourceSpan(entry.sentence, at, at + name.length)
    if (candidates.organizations.some((found) => found.start === span.start)) continue
    candidates.organizations.push({ ...span, name, head: name, weak: false })
  }
}

/** "(AFP)" alone at the start or the end of a sentence, after another: a photo credit. */
export function isCredit(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '(' || text[end] !== ')') return false
  const before = text.slice(0, start - 1).trimEnd()
  const after = text.slice(end + 1).trimStart()
  return before === ''
    ? /^\p{Lu}/u.test(after) || after === ''
    : /[.!?]$/.test(before) && after === ''
}
