// Proposals across a corpus, grouped by actor and act kind. An actor that is one of its
// document's organizations, places or people (by name or alias: "the Council" where the
// document defines it) is grouped under that entity across documents; any other actor
// ("the ministers", "We") by its words, case and a leading article aside.
import { nameKey } from '../../diff/facts/entity-keys.js'
import type { IndexedProposal, ProposalGroup } from '../../model/corpus-index.js'
import type { CommuniqueDocument } from '../../model/document.js'
import type { ActKind } from '../../model/entities.js'
import type { EntityType } from './entity-clusters.js'

interface Held {
  document: number
  node: number | undefined
  actor: string | null
  kind: ActKind
  proposal: Omit<IndexedProposal, 'document'>
}

export class ProposalGroups {
  private readonly held: Held[] = []

  addDocument(
    document: number,
    { organizations, places, people, proposals }: CommuniqueDocument,
    nodes: Record<EntityType, number[]>,
  ): void {
    const byName = new Map<string, number>()
    const note = (name: string, node: number) => {
      const key = nameKey(name)
      if (key && !byName.has(key)) byName.set(key, node)
    }
    for (const [i, organization] of organizations.entries()) {
      note(organization.name, nodes.organization[i]!)
      for (const alias of organization.aliases) note(alias, nodes.organization[i]!)
    }
    for (const [i, place] of places.entries()) note(place.name, nodes.place[i]!)
    for (const [i, person] of people.entries()) note(person.name, nodes.person[i]!)
    for (const proposal of proposals) {
      const node = proposal.actor === null ? undefined : byName.get(nameKey(proposal.actor))
      const kinds = [...new Set(proposal.acts.map((act) => act.kind))]
      for (const kind of kinds) {
        this.held.push({
          document,
          node,
          actor: proposal.actor,
          kind,
          proposal: {
            text: proposal.text,
            start: proposal.start,
            end: proposal.end,
            verbs: proposal.acts.filter((act) => act.kind === kind).map((act) => act.verb),
          },
        })
      }
    }
  }

  result(
    documentId: (document: number) => string,
    entityOf: (node: number) => { id: string; name: string },
  ): ProposalGroup[] {
    const groups = new Map<string, ProposalGroup>()
    for (const held of this.held) {
      const entity = held.node === undefined ? undefined : entityOf(held.node)
      const actorKey = entity ? entity.id : held.actor === null ? '' : `=${nameKey(held.actor)}`
      const key = `${actorKey}\u0000${held.kind}`
      let group = groups.get(key)
      if (!group) {
        group = {
          actor: entity ? entity.name : held.actor,
          entity: entity ? entity.id : null,
          kind: held.kind,
          proposals: [],
        }
        groups.set(key, group)
      }
      group.proposals.push({ document: documentId(held.document), ...held.proposal })
    }
    return [...groups.values()].sort(
      (a, b) =>
        b.proposals.length - a.proposals.length ||
        String(a.actor).localeCompare(String(b.actor)) ||
        a.kind.localeCompare(b.kind),
    )
  }
}
