// Which facts of one side of an entry are found on the other side: the same entity, the
// same date value, the same number. Facts the word diff keeps in place are paired first,
// so that of two equal numbers the one left unmatched is the one inside a change.
// What is left unmatched is what the entry changed.

import type { Hunk } from '../words/word-diff.js'
import type { EntityMatcher } from './match-entities.js'
import type { Located, Side } from './side-facts.js'

/** For each kept token of A, the B token it is kept as. */
export function keptTokens(hunks: readonly Hunk[], lengthA: number): Map<number, number> {
  const kept = new Map<number, number>()
  let i = 0
  let j = 0
  for (const hunk of [...hunks, { aStart: lengthA, aEnd: lengthA, bStart: 0, bEnd: 0 }]) {
    while (i < hunk.aStart) kept.set(i++, j++)
    i = hunk.aEnd
    j = hunk.bEnd
  }
  return kept
}

function matchKept<T>(
  a: Located<T>[],
  b: Located<T>[],
  kept: ReadonlyMap<number, number>,
  key: (fact: T) => string,
): void {
  const byFirst = new Map(b.map((item) => [item.first, item]))
  for (const item of a) {
    const first = kept.get(item.first)
    const last = kept.get(item.last)
    const partner = first === undefined ? undefined : byFirst.get(first)
    if (
      !partner ||
      partner.matched ||
      partner.last !== last ||
      key(partner.fact) !== key(item.fact)
    )
      continue
    item.matched = true
    partner.matched = true
  }
}

function matchByKey<T>(a: Located<T>[], b: Located<T>[], key: (fact: T) => string): void {
  const waiting = new Map<string, Located<T>[]>()
  for (const item of b) {
    if (item.matched) continue
    const k = key(item.fact)
    if (!waiting.has(k)) waiting.set(k, [])
    waiting.get(k)!.push(item)
  }
  for (const item of a) {
    if (item.matched) continue
    const partner = waiting.get(key(item.fact))?.shift()
    if (!partner) continue
    item.matched = true
    partner.matched = true
  }
}

/** Mark the facts of `a` and `b` found on the other side (entities by identity, dates by value, numbers by value). */
export function matchFacts(
  a: Side,
  b: Side,
  matcher: EntityMatcher,
  kept: ReadonlyMap<number, number>,
): void {
  for (const mention of a.mentions) {
    const partners = b.mentions.filter(
      (other) =>
        other.fact.type === mention.fact.type &&
        matcher.same(mention.fact.type, mention.fact.entity, other.fact.entity),
    )
    if (partners.length === 0) continue
    mention.matched = true
    for (const partner of partners) partner.matched = true
  }
  const dateKey = (date: { value: string | null; text: string }) =>
    date.value ?? `text:${date.text.toLowerCase()}`
  const numberKey = (fact: { value: number }) => String(fact.value)
  matchKept(a.dates, b.dates, kept, dateKey)
  matchByKey(a.dates, b.dates, dateKey)
  matchKept(a.numbers, b.numbers, kept, numberKey)
  matchByKey(a.numbers, b.numbers, numberKey)
}
