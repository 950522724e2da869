// The word changes of a matched entry and their class. A change is substantive when it
// touches a fact the other side lacks: a negation, an act or actor of a proposal, a date,
// an amount or number, an organization, place or person. A fact taken out of the sentence
// but still present elsewhere in the other version (a date restated as "on Thursday" in
// another sentence) is editorial. Everything else is editorial, with a kind saying what.
import type { ChangeKind, WordChange } from '../model/diff.js'
import { coalesce, growRegions, type Region, touches } from './change-regions.js'
import { proposalDifferences } from './compare-proposals.js'
import {
  addsAttribution,
  isAcronymChange,
  textualKind,
  unexplainedForms,
} from './editorial-kind.js'
import type { EntityMatcher } from './match-entities.js'
import { matchFacts } from './match-facts.js'
import type { Located, Side } from './side-facts.js'
import { tokenSpan } from './side-spans.js'
import { diffTokens } from './word-diff.js'

export interface ClassifyContext {
  matcher: EntityMatcher
  acronyms: ReadonlyMap<string, string>
  /** Most token edits the word diff explores in one entry. */
  maxEdits: number
  /** Called when an entry's word diff hit `maxEdits`. */
  onBounded(): void
}

interface Finding {
  kind: ChangeKind
  substantive: boolean
  detail: string
  /** Both sides state a value and the values differ (a date, an amount, a name). */
  conflict?: boolean
}

export interface ClassifiedChanges {
  changes: WordChange[]
  /** The changes where both sides state a different value of the same fact. */
  conflicts: WordChange[]
}

/** Priority of the kinds of finding, weightiest first. */
const order: ChangeKind[] = [
  'negation',
  'proposal',
  'date',
  'amount',
  'number',
  'organization',
  'place',
  'person',
]

function valuesOf(items: Located<{ value: number }>[]): string {
  return items.map((item) => item.fact.value).join(', ')
}

/** Findings about dates, numbers and entity mentions that a region touches. */
function factFindings(a: Side, b: Side, r: Region, context: ClassifyContext): Finding[] {
  const findings: Finding[] = []
  const hitA = <T>(items: Located<T>[]) =>
    items.filter((item) => !item.matched && touches(item, r.aStart, r.aEnd))
  const hitB = <T>(items: Located<T>[]) =>
    items.filter((item) => !item.matched && touches(item, r.bStart, r.bEnd))
  const datesA = hitA(a.dates)
  const datesB = hitB(b.dates)
  const value = (item: Located<{ value: string | null; text: string }>) =>
    item.fact.value ?? item.fact.text
  if (datesA.length > 0 && datesB.length > 0) {
    findings.push({
      kind: 'date',
      substantive: true,
      detail: `date ${datesA.map(value).join(', ')} -> ${datesB.map(value).join(', ')}`,
    })
  } else {
    for (const [items, other, label] of [
      [datesA, b.facts.dateValues, 'B'],
      [datesB, a.facts.dateValues, 'A'],
    ] as const) {
      for (const item of items) {
        const elsewhere = item.fact.value !== null && other.has(item.fact.value)
        const detail = `date ${value(item)} ${label === 'B' ? 'removed' : 'added'}${elsewhere ? `; also in ${label}` : ''}`
        findings.push({ kind: 'date', substantive: !elsewhere, detail })
      }
    }
  }
  const numbersA = hitA(a.numbers)
  const numbersB = hitB(b.numbers)
  if (numbersA.length + numbersB.length > 0) {
    const amount = [...numbersA, ...numbersB].some((item) => item.fact.amount)
    findings.push({
      kind: amount ? 'amount' : 'number',
      substantive: true,
      detail: `${amount ? 'amount' : 'number'} ${valuesOf(numbersA) || 'none'} -> ${valuesOf(numbersB) || 'none'}`,
      conflict: numbersA.length > 0 && numbersB.length > 0,
    })
  }
  for (const type of ['organization', 'place', 'person'] as const) {
    const mentionsA = hitA(a.mentions).filter((item) => item.fact.type === type)
    const mentionsB = hitB(b.mentions).filter((item) => item.fact.type === type)
    const names = (items: typeof mentionsA) => items.map((item) => `"${item.fact.text}"`).join(', ')
    if (mentionsA.length > 0 && mentionsB.length > 0) {
      findings.push({
        kind: type,
        substantive: true,
        detail: `${type} ${names(mentionsA)} -> ${names(mentionsB)}`,
        conflict: true,
      })
      continue
    }
    for (const [items, side] of [
      [mentionsA, 'a'],
      [mentionsB, 'b'],
    ] as const) {
      for (const item of items) {
        const elsewhere = context.matcher.matchesOf(type, side, item.fact.entity).length > 0
        const label = side === 'a' ? 'B' : 'A'
        const detail = `${type} "${item.fact.text}" ${side === 'a' ? 'removed' : 'added'}${elsewhere ? `; also in ${label}` : ''}`
        findings.push({ kind: type, substantive: !elsewhere, detail })
      }
    }
  }
  return findings
}

function negationFinding(a: Side, b: Side, r: Region): Finding | undefined {
  if (a.negations.length === b.negations.length) return undefined
  const inA = a.negations.filter((item) => touches(item, r.aStart, r.aEnd)).length
  const inB = b.negations.filter((item) => touches(item, r.bStart, r.bEnd)).length
  if (inA === inB) return undefined
  return {
    kind: 'negation',
    substantive: true,
    detail: inB > inA ? 'negation added' : 'negation removed',
  }
}

function weightiest(findings: Finding[]): Finding | undefined {
  const rank = (finding: Finding) => (finding.substantive ? 0 : 100) + order.indexOf(finding.kind)
  return findings.sort((x, y) => rank(x) - rank(y))[0]
}

/** The word changes of an entry whose sides are `a` and `b`. */
export function classifyChanges(a: Side, b: Side, context: ClassifyContext): ClassifiedChanges {
  matchFacts(a, b, context.matcher)
  const diff = diffTokens(
    a.tokens.map((token) => token.key),
    b.tokens.map((token) => token.key),
    context.maxEdits,
  )
  if (diff.bounded) context.onBounded()
  const regions = growRegions(coalesce(diff.hunks), a, b)
  const proposals = proposalDifferences(a, b, context.acronyms)
  const removed: string[] = []
  const added: string[] = []
  for (const r of regions) {
    const forms = unexplainedForms(
      a.tokens.slice(r.aStart, r.aEnd),
      b.tokens.slice(r.bStart, r.bEnd),
    )
    removed.push(...forms.removed)
    added.push(...forms.added)
  }
  const addedSet = new Set(added)
  const moved = new Set(removed.filter((form) => addedSet.has(form)))

  const changes: WordChange[] = []
  const conflicts: WordChange[] = []
  const usedProposals = new Set<number>()
  for (const r of regions) {
    const findings = factFindings(a, b, r, context)
    const negation = negationFinding(a, b, r)
    if (negation) findings.push(negation)
    proposals.forEach((difference, k) => {
      const touched =
        (difference.a && touches(difference.a, r.aStart, r.aEnd)) ||
        (difference.b && touches(difference.b, r.bStart, r.bEnd))
      if (!touched) return
      usedProposals.add(k)
      const conflict = difference.a !== undefined && difference.b !== undefined
      findings.push({ kind: 'proposal', substantive: true, detail: difference.detail, conflict })
    })
    const change = describe(a, b, r, findings, moved)
    changes.push(change)
    if (
      change.class === 'substantive' &&
      change.a &&
      change.b &&
      findings.some((f) => f.conflict && f.kind === change.kind)
    ) {
      conflicts.push(change)
    }
  }
  proposals.forEach((difference, k) => {
    if (usedProposals.has(k)) return
    const change: WordChange = { kind: 'proposal', class: 'substantive', detail: difference.detail }
    const spanA = difference.a && tokenSpan(a.tokens, difference.a.first, difference.a.last + 1)
    const spanB = difference.b && tokenSpan(b.tokens, difference.b.first, difference.b.last + 1)
    if (spanA) change.a = spanA
    if (spanB) change.b = spanB
    changes.push(change)
    if (spanA && spanB) conflicts.push(change)
  })
  // "The Ministers adopted X" -> "X was adopted by the Ministers": the words moved out
  // of place belong to the change of voice too.
  if (changes.some((change) => change.kind === 'voice')) {
    for (const change of changes)
      if (change.kind === 'reordering' && (!change.a || !change.b)) change.kind = 'voice'
  }
  return { changes, conflicts }
}

function describe(
  a: Side,
  b: Side,
  r: Region,
  findings: Finding[],
  moved: ReadonlySet<string>,
): WordChange {
  const tokensA = a.tokens.slice(r.aStart, r.aEnd)
  const tokensB = b.tokens.slice(r.bStart, r.bEnd)
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
  if (addsAttribution(tokensA, tokensB)) change.kind = 'attribution'
  else if (isAcronymChange(tokensA, tokensB)) change.kind = 'acronym'
  else if (top) {
    change.kind = top.kind
    change.detail = top.detail
  } else {
    const textual = textualKind(tokensA, tokensB, moved)
    const loose = textual === 'reordering' || textual === 'wording'
    change.kind = (loose && sameFactKind(a, b, r)) || textual
  }
  return change
}

/** A date or name written differently on the two sides but found the same ("14 October 2024" / "October 14, 2024"). */
function sameFactKind(a: Side, b: Side, r: Region): ChangeKind | undefined {
  const dates = a.dates.some((item) => item.matched && touches(item, r.aStart, r.aEnd))
  if (dates && b.dates.some((item) => item.matched && touches(item, r.bStart, r.bEnd)))
    return 'date'
  return undefined
}
