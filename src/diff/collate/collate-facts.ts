// The facts of a collation that only some versions state: organizations, places, people
// and dates as each version's comparison with the base matched them (a name the base has
// is known by the base's name in every version that has it), proposals likewise, and the
// numbers each version writes.
import type { CollationFact } from '../../model/collation.js'
import type { DocumentDiff, EntitySide, ProposalSide } from '../../model/diff.js'
import type { CommuniqueDocument } from '../../model/document.js'
import { FormIds } from '../align/sentence-profile.js'
import { readBody } from '../align/sentence-units.js'
import { nameKey } from '../facts/entity-keys.js'
import { mayHoldNumber, numbersIn } from '../facts/number-values.js'

type FactType = CollationFact['type']

class Registry {
  private readonly facts = new Map<string, { type: FactType; value: string; in: Set<number> }>()
  add(type: FactType, key: string, value: string, version: number): void {
    const id = `${type}\u0000${key}`
    let fact = this.facts.get(id)
    if (!fact) {
      fact = { type, value, in: new Set() }
      this.facts.set(id, fact)
    }
    fact.in.add(version)
  }
  partial(count: number): CollationFact[] {
    return [...this.facts.values()]
      .filter((fact) => fact.in.size < count)
      .map((fact) => ({
        type: fact.type,
        value: fact.value,
        in: [...fact.in].sort((x, y) => x - y),
      }))
  }
}

const entityTypes = [
  ['organizations', 'organization'],
  ['places', 'place'],
  ['people', 'person'],
  ['dates', 'date'],
] as const

function entityKey(type: FactType, side: EntitySide): [string, string] {
  if (type === 'date') return [side.value ?? nameKey(side.name), side.value ?? side.name]
  return [nameKey(side.name), side.name]
}

/** A proposal by its first words (enough to tell proposals apart, short enough to read). */
function proposalKey(side: ProposalSide): [string, string] {
  const words = side.text.split(/\s+/).slice(0, 8).join(' ')
  return [nameKey(side.text), words]
}

/** The numbers a version writes, anywhere in its compared units. */
function numbersOf(document: CommuniqueDocument): Set<number> {
  const values = new Set<number>()
  for (const unit of readBody(document, new FormIds(), { headings: true }).units) {
    if (!mayHoldNumber(unit.sentence.text)) continue
    for (const fact of numbersIn(unit.tokens, () => false)) values.add(fact.value)
  }
  return values
}

export function collateFacts(
  documents: readonly CommuniqueDocument[],
  base: number,
  diffs: ReadonlyMap<number, DocumentDiff>,
): CollationFact[] {
  const registry = new Registry()
  for (const [version, d] of diffs) {
    for (const [field, type] of entityTypes) {
      const comparison = d.entities[field]
      for (const { a } of comparison.both) {
        const [key, value] = entityKey(type, a)
        registry.add(type, key, value, base)
        registry.add(type, key, value, version)
      }
      for (const a of comparison.onlyA) registry.add(type, ...entityKey(type, a), base)
      for (const b of comparison.onlyB) registry.add(type, ...entityKey(type, b), version)
    }
    const proposals = d.entities.proposals
    for (const { a } of proposals.both) {
      registry.add('proposal', ...proposalKey(a), base)
      registry.add('proposal', ...proposalKey(a), version)
    }
    for (const a of proposals.onlyA) registry.add('proposal', ...proposalKey(a), base)
    for (const b of proposals.onlyB) registry.add('proposal', ...proposalKey(b), version)
  }
  documents.forEach((document, version) => {
    for (const value of numbersOf(document))
      registry.add('number', String(value), String(value), version)
  })
  return registry.partial(documents.length)
}
