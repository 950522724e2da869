// One change region as a reported change: its two spans, its kind and its class. The
// weightiest substantive finding decides (a name spelled out with its short form in
// brackets is the same name, whatever the lists say); otherwise the editorial kind, in
// this order: attribution added, acronym spelled out, the same words written differently
// (white space, case, punctuation, spelling, inflection), a fact moved elsewhere, a date
// written another way, voice, reordering, a name written another way, other wording.
import type { ChangeKind, WordChange } from '../../model/diff.js'
import { type Region, touches } from '../facts/change-regions.js'
import { type Finding, weightiest } from '../facts/fact-findings.js'
import type { Side } from '../facts/side-facts.js'
import { tokenSpan } from '../facts/side-spans.js'
import { bracketsRepeat, isAcronymChange } from '../words/spelled-out.js'
import { addsAttribution, formKind, onlyAddsAttribution, orderKind } from './editorial-kind.js'

const names: ChangeKind[] = ['organization', 'place', 'person']

/** A date found the same on both sides but written differently ("14 October 2024" / "October 14, 2024"). */
function sameDate(a: Side, b: Side, r: Region): boolean {
  const dates = (side: Side, start: number, end: number) =>
    side.dates.some((item) => item.matched && touches(item, start, end))
  return dates(a, r.aStart, r.aEnd) && dates(b, r.bStart, r.bEnd)
}

/** A name found the same on both sides but written differently ("Republic of Cameroon" / "Cameroon"). */
function sameName(a: Side, b: Side, r: Region): ChangeKind | undefined {
  for (const item of a.mentions) {
    if (!item.matched || !touches(item, r.aStart, r.aEnd)) continue
    if (
      b.mentions.some(
        (other) =>
          other.matched && other.fact.type === item.fact.type && touches(other, r.bStart, r.bEnd),
      )
    ) {
      return item.fact.type
    }
  }
  return undefined
}

function editorialKind(
  a: Side,
  b: Side,
  r: Region,
  top: Finding | undefined,
  moved: ReadonlySet<string>,
): ChangeKind {
  const tokensA = a.tokens.slice(r.aStart, r.aEnd)
  const tokensB = b.tokens.slice(r.bStart, r.bEnd)
  if (addsAttribution(tokensA, tokensB)) return 'attribution'
  if (isAcronymChange(tokensA, tokensB)) return 'acronym'
  const form = formKind(tokensA, tokensB)
  if (form) return form
  if (top) return top.kind
  if (sameDate(a, b, r)) return 'date'
  const order = orderKind(tokensA, tokensB, moved)
  return order === 'wording' ? (sameName(a, b, r) ?? order) : order
}

/** The change a region makes, given what it touches; `moved` as for `orderKind`. */
export function describeChange(
  a: Side,
  b: Side,
  r: Region,
  findings: Finding[],
  moved: ReadonlySet<string>,
): WordChange {
  const change: WordChange = { kind: 'wording', class: 'editorial' }
  const spanA = tokenSpan(a.tokens, r.aStart, r.aEnd)
  const spanB = tokenSpan(b.tokens, r.bStart, r.bEnd)
  if (spanA) change.a = spanA
  if (spanB) change.b = spanB
  const spelledOut = bracketsRepeat(
    a.tokens.slice(r.aStart, r.aEnd),
    b.tokens.slice(r.bStart, r.bEnd),
  )
  const attributed = onlyAddsAttribution(
    a.tokens.slice(r.aStart, r.aEnd),
    b.tokens.slice(r.bStart, r.bEnd),
  )
  const substantive = findings.filter(
    (f) => f.substantive && !((spelledOut || attributed) && names.includes(f.kind)),
  )
  const top = weightiest(
    substantive.length > 0 ? substantive : findings.filter((f) => !f.substantive),
  )
  if (top?.substantive) {
    change.kind = top.kind
    change.class = 'substantive'
    change.detail = top.detail
    return change
  }
  change.kind = editorialKind(a, b, r, top, moved)
  if (top && change.kind === top.kind) change.detail = top.detail
  return change
}
