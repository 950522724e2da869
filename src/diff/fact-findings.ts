// What a change region touches: dates, numbers and names one side has and the other
// lacks, and negations. A fact taken out of a sentence but still present elsewhere in the
// other version (a date restated as "on Thursday" in another sentence) is editorial.
import type { ChangeKind } from '../model/diff.js'
import type { Region } from './change-regions.js'
import { touches } from './change-regions.js'
import type { EntityMatcher } from './match-entities.js'
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

/** Findings about dates, numbers and entity mentions that a region touches. */
export function factFindings(a: Side, b: Side, r: Region, matcher: EntityMatcher): Finding[] {
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
      conflict: true,
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
        const elsewhere = matcher.matchesOf(type, side, item.fact.entity).length > 0
        const label = side === 'a' ? 'B' : 'A'
        const detail = `${type} "${item.fact.text}" ${side === 'a' ? 'removed' : 'added'}${elsewhere ? `; also in ${label}` : ''}`
        findings.push({ kind: type, substantive: !elsewhere, detail })
      }
    }
  }
  return findings
}

export function negationFinding(a: Side, b: Side, r: Region): Finding | undefined {
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
