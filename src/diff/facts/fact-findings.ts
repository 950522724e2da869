// What a change region touches: dates, numbers and names one side has and the other
// lacks, and negations. A fact taken out of a sentence but still present elsewhere in the
// other version (a date restated as "on Thursday" in another sentence) is editorial.
import type { ChangeKind } from '../../model/diff.js'
import type { Region } from './change-regions.js'
import { touches } from './change-regions.js'
import type { EntityMatcher } from './match-entities.js'
import { oppositeWords } from './opposites.js'
import type { Located, Side } from './side-facts.js'

export interface Finding {
  kind: ChangeKind
  substantive: boolean
  detail: string
  /** Both sides state a value and the values differ (a date, an amount, a name). */
  conflict?: boolean
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

/** The unmatched facts of each side that a region touches. */
function hits<T>(a: Located<T>[], b: Located<T>[], r: Region): [Located<T>[], Located<T>[]] {
  return [
    a.filter((item) => !item.matched && touches(item, r.aStart, r.aEnd)),
    b.filter((item) => !item.matched && touches(item, r.bStart, r.bEnd)),
  ]
}

/** Dates: changed (both sides), or removed/added (editorial when the value is elsewhere in the other version). */
function dateFindings(a: Side, b: Side, r: Region): Finding[] {
  const [datesA, datesB] = hits(a.dates, b.dates, r)
  const value = (item: Located<{ value: string | null; text: string }>) =>
    item.fact.value ?? item.fact.text
  if (datesA.length > 0 && datesB.length > 0) {
    const detail = `date ${datesA.map(value).join(', ')} -> ${datesB.map(value).join(', ')}`
    return [{ kind: 'date', substantive: true, detail, conflict: true }]
  }
  const findings: Finding[] = []
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
  return findings
}

/** Numbers and amounts one side has and the other lacks. */
function numberFindings(a: Side, b: Side, r: Region): Finding[] {
  const [numbersA, numbersB] = hits(a.numbers, b.numbers, r)
  if (numbersA.length + numbersB.length === 0) return []
  const kind = [...numbersA, ...numbersB].some((item) => item.fact.amount) ? 'amount' : 'number'
  const detail = `${kind} ${valuesOf(numbersA) || 'none'} -> ${valuesOf(numbersB) || 'none'}`
  return [{ kind, substantive: true, detail, conflict: numbersA.length > 0 && numbersB.length > 0 }]
}

/** Organizations, places and people: replaced, or removed/added (editorial when named elsewhere in the other version). */
function nameFindings(a: Side, b: Side, r: Region, matcher: EntityMatcher): Finding[] {
  const findings: Finding[] = []
  const [allA, allB] = hits(a.mentions, b.mentions, r)
  for (const type of ['organization', 'place', 'person'] as const) {
    const mentionsA = allA.filter((item) => item.fact.type === type)
    const mentionsB = allB.filter((item) => item.fact.type === type)
    const names = (items: typeof mentionsA) => items.map((item) => `"${item.fact.text}"`).join(', ')
    if (mentionsA.length > 0 && mentionsB.length > 0) {
      const detail = `${type} ${names(mentionsA)} -> ${names(mentionsB)}`
      findings.push({ kind: type, substantive: true, detail, conflict: true })
      continue
    }
    for (const [items, side] of [
      [mentionsA, 'a'],
      [mentionsB, 'b'],
    ] as const) {
      for (const item of items) {
        const elsewhere = matcher.matchesOf(type, side, item.fact.entity).length > 0
        const label = side === 'a' ? 'B' : 'A'
        const detail = `${type} "${item.fact.text}" ${side === 'a' ? 'removed' : 'added'}${elsewhere ? `; also in ${label}` : ''}`
        findings.push({ kind: type, substantive: !elsewhere, detail })
      }
    }
  }
  return findings
}

/** Findings about dates, numbers and entity mentions that a region touches. */
export function factFindings(a: Side, b: Side, r: Region, matcher: EntityMatcher): Finding[] {
  return [...dateFindings(a, b, r), ...numberFindings(a, b, r), ...nameFindings(a, b, r, matcher)]
}

export function negationFinding(a: Side, b: Side, r: Region): Finding | undefined {
  const reversed = oppositeWords(a.tokens.slice(r.aStart, r.aEnd), b.tokens.slice(r.bStart, r.bEnd))
  if (reversed)
    return {
      kind: 'negation',
      substantive: true,
      detail: `reversed: ${reversed[0]} -> ${reversed[1]}`,
    }
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

export function weightiest(findings: Finding[]): Finding | undefined {
  const rank = (finding: Finding) => (finding.substantive ? 0 : 100) + order.indexOf(finding.kind)
  return findings.sort((x, y) => rank(x) - rank(y))[0]
}
