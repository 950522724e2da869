// Which organization, place or person of A is which of B: two entities are the same when
// any of their keys (name, aliases, mentions as written; see entity-keys.ts) meet. An
// organization's possessive owner is part of its identity ("Tajikistan's Association
// for Friendship ..." is not "Belarus's Association for Friendship ...").
import type { CommuniqueDocument } from '../../model/document.js'
import type { Organization, Person, Place } from '../../model/entities.js'
import { acronymsOf, headOfName, keysOfName, nameKey } from './entity-keys.js'

export type EntityType = 'organization' | 'place' | 'person'

export const entityLists = {
  organization: 'organizations',
  place: 'places',
  person: 'people',
} as const satisfies Record<EntityType, keyof CommuniqueDocument>

type Entity = Organization | Place | Person

function keysOf(
  type: EntityType,
  entity: Entity,
  acronyms: ReadonlyMap<string, string>,
  organizations: ReadonlySet<string>,
): Set<string> {
  const names = [entity.name, ...entity.mentions.map((mention) => mention.text)]
  if (type === 'organization') {
    names.push(...(entity as Organization).aliases)
    const head = headOfName(entity.name, organizations)
    if (head) names.push(head)
  }
  const owner = type === 'organization' ? (entity as Organization).owner : undefined
  const suffix = owner ? ` @${nameKey(owner)}` : ''
  const keys = new Set<string>()
  for (const name of new Set(names))
    for (const key of keysOfName(name, acronyms)) keys.add(key + suffix)
  // "African Union's Peace and Security Council" is also "Peace and Security Council of the African Union".
  if (owner) for (const key of keysOfName(`${entity.name} of ${owner}`, acronyms)) keys.add(key)
  return keys
}

/** The entities of one type in A and B, and which of B each of A is (and the reverse). */
export class EntityMatcher {
  private readonly aToB: Record<EntityType, number[][]> = {
    organization: [],
    place: [],
    person: [],
  }
  private readonly bToA: Record<EntityType, number[][]> = {
    organization: [],
    place: [],
    person: [],
  }

  constructor(a: CommuniqueDocument, b: CommuniqueDocument) {
    const acronyms = new Map([...acronymsOf(b.organizations), ...acronymsOf(a.organizations)])
    const organizations = new Set(
      [...a.organizations, ...b.organizations].map((o) => nameKey(o.name)),
    )
    for (const type of Object.keys(entityLists) as EntityType[]) {
      const listA = a[entityLists[type]] as Entity[]
      const listB = b[entityLists[type]] as Entity[]
      const index = new Map<string, number[]>()
      listB.forEach((entity, j) => {
        for (const key of keysOf(type, entity, acronyms, organizations)) {
          if (!index.has(key)) index.set(key, [])
          index.get(key)!.push(j)
        }
      })
      this.bToA[type] = listB.map(() => [])
      this.aToB[type] = listA.map((entity, i) => {
        const found = new Set<number>()
        for (const key of keysOf(type, entity, acronyms, organizations))
          for (const j of index.get(key) ?? []) found.add(j)
        const matches = [...found].sort((x, y) => x - y)
        for (const j of matches) this.bToA[type][j]!.push(i)
        return matches
      })
    }
  }

  /** Indexes in the other version of the entity `index` of `side`. */
  matchesOf(type: EntityType, side: 'a' | 'b', index: number): number[] {
    return (side === 'a' ? this.aToB : this.bToA)[type][index] ?? []
  }

  same(type: EntityType, indexA: number, indexB: number): boolean {
    return this.matchesOf(type, 'a', indexA).includes(indexB)
  }
}
