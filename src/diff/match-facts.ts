// Which facts of one side of an entry are found on the other side: the same entity, the
// same date value, the same number. What is left unmatched is what the entry changed.
import type { EntityMatcher } from './match-entities.js'
import type { Located, Side } from './side-facts.js'

function matchByKey<T>(a: Located<T>[], b: Located<T>[], key: (fact: T) => string): void {
  const waiting = new Map<string, Located<T>[]>()
  for (const item of b) {
    const k = key(item.fact)
    if (!waiting.has(k)) waiting.set(k, [])
    waiting.get(k)!.push(item)
  }
  for (const item of a) {
    const partner = waiting.get(key(item.fact))?.shift()
    if (!partner) continue
    item.matched = true
    partner.matched = true
  }
}

/** Mark the facts of `a` and `b` found on the other side (entities by identity, dates by value, numbers by value). */
export function matchFacts(a: Side, b: Side, matcher: EntityMatcher): void {
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
  matchByKey(a.dates, b.dates, dateKey)
  matchByKey(a.numbers, b.numbers, (fact) => String(fact.value))
}
