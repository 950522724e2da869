// The word changes of a matched entry and their class: the word diff of the two sides,
// its hunks joined into change regions, and each region described by what it touches
// (see fact-findings.ts, describe-change.ts). A fact one side lacks that no region
// touches (the same words resolved to another date) is reported on its own.
import type { WordChange } from '../../model/diff.js'
import { coalesce, growRegions, type Region, touches } from '../facts/change-regions.js'
import { type ProposalDifference, proposalDifferences } from '../facts/compare-proposals.js'
import { type Finding, factFindings, negationFinding } from '../facts/fact-findings.js'
import type { EntityMatcher } from '../facts/match-entities.js'
import { keptTokens, matchFacts } from '../facts/match-facts.js'
import type { Located, Side } from '../facts/side-facts.js'
import { tokenSpan } from '../facts/side-spans.js'
import { bracketsRepeat } from '../words/spelled-out.js'
import { diffTokens } from '../words/word-diff.js'
import { describeChange } from './describe-change.js'
import { sameContent, unexplainedForms } from './editorial-kind.js'

export interface ClassifyContext {
  matcher: EntityMatcher
  acronyms: ReadonlyMap<string, string>
  /** Most token edits the word diff explores in one entry. */
  maxEdits: number
  /** Called when an entry's word diff hit `maxEdits`. */
  onBounded(): void
}

export interface ClassifiedChanges {
  changes: WordChange[]
  /** The changes where both sides state a different value of the same fact. */
  conflicts: WordChange[]
}

/** Change regions of the two sides: hunks joined when they read as one change, grown over whole facts. */
function regionsOf(a: Side, b: Side, context: ClassifyContext): Region[] {
  const diff = diffTokens(
    a.tokens.map((token) => token.key),
    b.tokens.map((token) => token.key),
    context.maxEdits,
  )
  if (diff.bounded) context.onBounded()
  matchFacts(a, b, context.matcher, keptTokens(diff.hunks, a.tokens.length))
  const joins = (r: Region) => {
    const tokensA = a.tokens.slice(r.aStart, r.aEnd)
    const tokensB = b.tokens.slice(r.bStart, r.bEnd)
    return sameContent(tokensA, tokensB) || bracketsRepeat(tokensA, tokensB)
  }
  return growRegions(coalesce(diff.hunks, joins), a, b)
}

/** Word forms taken out by one region and brought in by another (a phrase moved across the sentence). */
function movedForms(a: Side, b: Side, regions: readonly Region[]): Set<string> {
  const removed: string[] = []
  const added = new Set<string>()
  for (const r of regions) {
    const forms = unexplainedForms(
      a.tokens.slice(r.aStart, r.aEnd),
      b.tokens.slice(r.bStart, r.bEnd),
    )
    removed.push(...forms.removed)
    for (const form of forms.added) added.add(form)
  }
  return new Set(removed.filter((form) => added.has(form)))
}

function proposalFindings(
  differences: ProposalDifference[],
  r: Region,
  used: Set<number>,
): Finding[] {
  const findings: Finding[] = []
  differences.forEach((difference, k) => {
    const inA = difference.a !== undefined && touches(difference.a, r.aStart, r.aEnd)
    const inB = difference.b !== undefined && touches(difference.b, r.bStart, r.bEnd)
    if (!inA && !inB) return
    used.add(k)
    const conflict = difference.a !== undefined && difference.b !== undefined
    findings.push({ kind: 'proposal', substantive: true, detail: difference.detail, conflict })
  })
  return findings
}

/** A change for facts no region touched: located spans on each side. */
function standalone(
  a: Side,
  b: Side,
  finding: Finding,
  onA?: Located<unknown>,
  onB?: Located<unknown>,
): WordChange {
  const change: WordChange = {
    kind: finding.kind,
    class: finding.substantive ? 'substantive' : 'editorial',
    detail: finding.detail,
  }
  const spanA = onA && tokenSpan(a.tokens, onA.first, onA.last + 1)
  const spanB = onB && tokenSpan(b.tokens, onB.first, onB.last + 1)
  if (spanA) change.a = spanA
  if (spanB) change.b = spanB
  return change
}

/** Unmatched facts outside every region, as regions of their own tokens. */
function untouchedRegions(a: Side, b: Side, regions: readonly Region[]): Region[] {
  const inSome = (item: Located<unknown>, side: 'a' | 'b') =>
    regions.some((r) =>
      side === 'a' ? touches(item, r.aStart, r.aEnd) : touches(item, r.bStart, r.bEnd),
    )
  const out: Region[] = []
  for (const item of [...a.dates, ...a.numbers, ...a.mentions]) {
    if (!item.matched && !inSome(item, 'a'))
      out.push({ aStart: item.first, aEnd: item.last + 1, bStart: 0, bEnd: 0 })
  }
  for (const item of [...b.dates, ...b.numbers, ...b.mentions]) {
    if (!item.matched && !inSome(item, 'b'))
      out.push({ aStart: 0, aEnd: 0, bStart: item.first, bEnd: item.last + 1 })
  }
  return out
}

/** The word changes of an entry whose sides are `a` and `b`. */
export function classifyChanges(a: Side, b: Side, context: ClassifyContext): ClassifiedChanges {
  const regions = regionsOf(a, b, context)
  const moved = movedForms(a, b, regions)
  const differences = proposalDifferences(a, b, context.acronyms)
  const usedDifferences = new Set<number>()
  const changes: WordChange[] = []
  const conflicts: WordChange[] = []
  for (const r of [...regions, ...untouchedRegions(a, b, regions)]) {
    const findings = factFindings(a, b, r, context.matcher)
    const negation = negationFinding(a, b, r)
    if (negation) findings.push(negation)
    findings.push(...proposalFindings(differences, r, usedDifferences))
    const change = describeChange(a, b, r, findings, moved)
    changes.push(change)
    const conflict = findings.some((f) => f.conflict && f.kind === change.kind)
    if (change.class === 'substantive' && change.a && change.b && conflict) conflicts.push(change)
  }
  differences.forEach((difference, k) => {
    if (usedDifferences.has(k)) return
    const change = standalone(
      a,
      b,
      { kind: 'proposal', substantive: true, detail: difference.detail },
      difference.a,
      difference.b,
    )
    changes.push(change)
    if (change.a && change.b) conflicts.push(change)
  })
  // "The Ministers adopted X" -> "X was adopted by the Ministers": the words moved out
  // of place belong to the change of voice too.
  if (changes.some((change) => change.kind === 'voice')) {
    for (const change of changes)
      if (change.kind === 'reordering' && (!change.a || !change.b)) change.kind = 'voice'
  }
  return { changes, conflicts }
}
