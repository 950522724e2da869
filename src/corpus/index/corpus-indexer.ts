// The corpus index, built one document at a time (a stream of any length costs the size
// of the index, not of the documents): per organization, place and person the documents
// that name it; per document its metadata; proposals by actor and act kind; a timeline.
import { nameKey } from '../../diff/facts/entity-keys.js'
import type {
  CorpusIndex,
  IndexedDocument,
  IndexedEntity,
  IndexedError,
} from '../../model/corpus-index.js'
import { corpusIndexVersion } from '../../model/corpus-index.js'
import type { CommuniqueDocument } from '../../model/document.js'
import { EntityClusters, type EntityType } from './entity-clusters.js'
import { ProposalGroups } from './proposal-groups.js'
import { Timeline } from './timeline.js'

/** A document with the id (path) it is indexed under, or an input that failed. */
export type CorpusEntry =
  | { path: string; document: CommuniqueDocument }
  | { path: string; error: { message: string; code?: string | null } }

const entityLists = { organization: 'organizations', place: 'places', person: 'people' } as const

function compareNames(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
}

export class CorpusIndexer {
  private readonly documents: IndexedDocument[] = []
  private readonly errors: IndexedError[] = []
  private readonly entities = new EntityClusters()
  private readonly proposals = new ProposalGroups()
  private readonly timeline = new Timeline()

  /** Add a document (indexed as `#n` without a path) or a failed input. */
  add(entry: CorpusEntry | CommuniqueDocument): void {
    if ('error' in entry) {
      this.errors.push({
        id: entry.path,
        message: entry.error.message,
        code: entry.error.code ?? null,
      })
      return
    }
    const document = 'document' in entry ? entry.document : entry
    const id = 'document' in entry ? entry.path : `#${this.documents.length + 1}`
    const index = this.documents.length
    const { metadata } = document
    this.documents.push({
      id,
      title: metadata.title,
      date: metadata.date,
      place: metadata.place,
      issuer: metadata.issuer,
      kind: metadata.kind,
      length: metadata.length,
      organizations: document.organizations.length,
      places: document.places.length,
      people: document.people.length,
      dates: document.dates.length,
      proposals: document.proposals.length,
    })
    const nodes = this.entities.addDocument(index, document)
    this.proposals.addDocument(index, document, nodes)
    this.timeline.addDocument(index, document.dates)
  }

  private entityList(type: EntityType, ids: Map<number, string>): IndexedEntity[] {
    const entries: Array<{ root: number; entity: Omit<IndexedEntity, 'id'> }> = []
    for (const [root, members] of this.entities.clusters(type)) {
      const names = new Map<string, number>()
      const aliases = new Set<string>()
      const owners = new Map<string, number>()
      const perDocument = new Map<number, number>()
      for (const id of members) {
        const node = this.entities.nodes[id]!
        names.set(node.name, (names.get(node.name) ?? 0) + 1)
        for (const alias of node.aliases) aliases.add(alias)
        if (node.owner) owners.set(node.owner, (owners.get(node.owner) ?? 0) + 1)
        perDocument.set(node.document, (perDocument.get(node.document) ?? 0) + node.mentions)
      }
      const [name] = [...names].sort(compareNames)[0]!
      for (const other of names.keys()) aliases.add(other)
      aliases.delete(name)
      const dates = [...perDocument.keys()]
        .map((document) => this.documents[document]!.date)
        .filter((date): date is string => date !== null)
        .sort()
      const entity: Omit<IndexedEntity, 'id'> = {
        name,
        aliases: [...aliases].sort(),
        documents: [...perDocument]
          .sort((a, b) => a[0] - b[0])
          .map(([document, mentions]) => ({ document: this.documents[document]!.id, mentions })),
        mentions: [...perDocument.values()].reduce((sum, count) => sum + count, 0),
        firstDate: dates[0] ?? null,
        lastDate: dates.at(-1) ?? null,
      }
      if (owners.size > 0) entity.owner = [...owners].sort(compareNames)[0]![0]
      entries.push({ root, entity })
    }
    entries.sort(
      (a, b) =>
        b.entity.documents.length - a.entity.documents.length ||
        b.entity.mentions - a.entity.mentions ||
        (nameKey(a.entity.name) < nameKey(b.entity.name) ? -1 : 1),
    )
    return entries.map(({ root, entity }, i) => {
      const id = `${type}:${i + 1}`
      ids.set(root, id)
      const { owner, ...rest } = entity
      return owner === undefined ? { id, ...rest } : { id, ...rest, owner }
    })
  }

  /** The index of everything added so far. */
  result(): CorpusIndex {
    const ids = new Map<number, string>()
    const lists = {} as Record<(typeof entityLists)[EntityType], IndexedEntity[]>
    for (const type of Object.keys(entityLists) as EntityType[])
      lists[entityLists[type]] = this.entityList(type, ids)
    const entityOf = (node: number) => {
      const id = ids.get(this.entities.clusterOf(node))!
      const [type, n] = id.split(':') as [EntityType, string]
      return { id, name: lists[entityLists[type]][Number(n) - 1]!.name }
    }
    return {
      indexVersion: corpusIndexVersion,
      documents: this.documents,
      errors: this.errors,
      ...lists,
      proposals: this.proposals.result((document) => this.documents[document]!.id, entityOf),
      timeline: this.timeline.result((document) => this.documents[document]!.id),
    }
  }
}

/** Index a corpus: documents (indexed as `#1`, `#2`, …) or `{path, document}` / `{path, error}` entries. */
export function indexCorpus(entries: Iterable<CorpusEntry | CommuniqueDocument>): CorpusIndex {
  const indexer = new CorpusIndexer()
  for (const entry of entries) indexer.add(entry)
  return indexer.result()
}
