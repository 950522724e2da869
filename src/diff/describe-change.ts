// One change region as a reported change: its two spans, its kind and its class. The
// weightiest substantive finding decides; otherwise the editorial kind, in this order:
// attribution added, acronym spelled out, a fact moved elsewhere, then what the words
// say (white space, case, punctuation, spelling, inflection, a date written another way,
// voice, reordering, other wording).
import type { ChangeKind, WordChange } from '../model/diff.js'
import { type Region, touches } from './change-regions.js'
import { addsAttribution, isAcronymChange, textualKind } from './editorial-kind.js'
import { type Finding, weightiest } from './fact-findings.js'
import type { Side } from './side-facts.js'
import { tokenSpan } from './side-spans.js'

/** A date written differently on the two sides but found the same ("14 October 2024" / "October 14, 2024"). */
function sameDate(a: Side, b: Side, r: Region): boolean {
  return (
    a.dates.some((item) => item.matched && touches(item, r.aStart, r.aEnd)) &&
    b.dates.some((item) => item.matched && touches(item, r.bStart, r.bEnd))
  )
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
  if (top) return top.kind
  const textual = textualKind(tokensA, tokensB, moved)
  const loose = textual === 'reordering' || textual === 'wording'
  return loose && sameDate(a, b, r) ? 'date' : textual
}

/** The change a region makes, given what it touches; `moved` as for `textualKind`. */
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
  const top = weightiest(findings)
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
