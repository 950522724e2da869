// Organizations, places and people across documents: the entities of all documents,
// merged into one when any of their keys meet. The keys are those the comparison of two
// versions uses (src/diff/facts/entity-keys.ts: case, accents, articles, possessives, British
// and American spelling, acronyms spelled out by the document's own definitions, word
// order). Across a corpus, unlike between two versions of one text, a short form such as
// "the Council" names a different body in each document, so only a name, an acronym and
// an alias of two content words or more give keys; the texts of mentions do not.
import { acronymsOf, headOfName, keysOfName, nameKey } from '../../diff/facts/entity-keys.js'
import type { Organization, Person, Place } from '../../model/entities.js'

export type EntityType = 'organization' | 'place' | 'person'
type Entity = Organization | Place | Person

const acronymShape = /^[A-Z][A-Za-z]{0,2}[A-Z]{1,7}$/
const connectives = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'to', 'at', 'de', 'la', 'le'])

function contentWords(name: string): number {
  return nameKey(name)
    .split(' ')
    .filter((word) => word && !connectives.has(word)).length
}

/** One entity of one document. */
export interface EntityNode {
  type: EntityType
  document: number
  name: string
  aliases: string[]
  owner: string | undefined
  mentions: number
}

/** The keys of one entity of a document, given the document's acronyms and organization names. */
function keysOf(
  node: EntityNode,
  acronyms: ReadonlyMap<string, string>,
  organizations: ReadonlySet<string>,
): Set<string> {
  const names = [node.name]
  if (node.type === 'organization') {
    for (const alias of node.aliases)
      if (acronymShape.test(alias) || contentWords(alias) >= 2) names.push(alias)
    const head = headOfName(node.name, organizations)
    if (head) names.push(head)
  }
  const suffix = node.owner ? ` @${nameKey(node.owner)}` : ''
  const keys = new Set<string>()
  for (const name of names) for (const key of keysOfName(name, acronyms)) keys.add(key + suffix)
  if (node.owner)
    for (const key of keysOfName(`${node.name} of ${node.owner}`, acronyms)) keys.add(key)
  return keys
}

/** A union-find over the entities of every document, fed one document at a time. */
export class EntityClusters {
  readonly nodes: EntityNode[] = []
  private readonly parent: number[] = []
  private readonly byKey = new Map<string, number>()

  private root(node: number): number {
    let at = node
    while (this.parent[at] !== at) {
      const up = this.parent[at]!
      this.parent[at] = this.parent[up]!
      at = up
    }
    return at
  }

  private union(a: number, b: number): void {
    const ra = this.root(a)
    const rb = this.root(b)
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }

  /**
   * Add the entities of one document; returns, per type, the node of each entity (same
   * order as the document's lists).
   */
  addDocument(
    document: number,
    lists: { organizations: Organization[]; places: Place[]; people: Person[] },
  ): Record<EntityType, number[]> {
    const acronyms = acronymsOf(lists.organizations)
    const organizations = new Set(lists.organizations.map((o) => nameKey(o.name)))
    const add = (type: EntityType, entity: Entity): number => {
      const node: EntityNode = {
        type,
        document,
        name: entity.name,
        aliases: 'aliases' in entity ? entity.aliases : [],
        owner: 'owner' in entity ? entity.owner : undefined,
        mentions: entity.mentions.length,
      }
      const id = this.nodes.push(node) - 1
      this.parent.push(id)
      for (const key of keysOf(node, acronyms, organizations)) {
        const typed = `${type}\u0000${key}`
        const other = this.byKey.get(typed)
        if (other === undefined) this.byKey.set(typed, id)
        else this.union(id, other)
      }
      return id
    }
    return {
      organization: lists.organizations.map((entity) => add('organization', entity)),
      place: lists.places.map((entity) => add('place', entity)),
      person: lists.people.map((entity) => add('person', entity)),
    }
  }

  /** The nodes of each cluster of one type, each cluster in the order its nodes were added. */
  clusters(type: EntityType): Map<number, number[]> {
    const clusters = new Map<number, number[]>()
    this.nodes.forEach((node, id) => {
      if (node.type !== type) return
      const root = this.root(id)
      const members = clusters.get(root)
      if (members) members.push(id)
      else clusters.set(root, [id])
    })
    return clusters
  }

  clusterOf(node: number): number {
    return this.root(node)
  }
}
