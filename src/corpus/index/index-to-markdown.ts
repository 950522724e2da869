// The corpus index as a Markdown report (GFM tables): documents, then organizations,
// places and people with their documents and dates, proposals by actor and kind, and the
// timeline. Text from the documents is escaped by the shared writer.
import type { Root, RootContent } from 'mdast'
import { heading, paragraph, section, table } from '../../export/markdown/mdast-nodes.js'
import { stringifyMarkdown } from '../../export/markdown/stringify-markdown.js'
import type { CorpusIndex, IndexedEntity } from '../../model/corpus-index.js'

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function dash(value: string | null | undefined): string {
  return value ?? '—'
}

function entitySection(title: string, entities: IndexedEntity[]): RootContent[] {
  if (entities.length === 0) return []
  const rows = entities.map((e) => [
    e.owner ? `${e.name} (${e.owner})` : e.name,
    e.aliases.join(', '),
    String(e.documents.length),
    String(e.mentions),
    dash(e.firstDate),
    dash(e.lastDate),
  ])
  return section(title, [
    table(['Name', 'Aliases', 'Documents', 'Mentions', 'First', 'Last'], rows),
  ])
}

export function indexToMdast(index: CorpusIndex): Root {
  const failed = index.errors.length > 0 ? `, ${index.errors.length} failed` : ''
  const proposals = index.proposals.reduce((n, g) => n + g.proposals.length, 0)
  const children: RootContent[] = [
    heading(1, 'Corpus index'),
    paragraph(
      `${count(index.documents.length, 'document', 'documents')}${failed}: ${count(index.organizations.length, 'organization', 'organizations')}, ${count(index.places.length, 'place', 'places')}, ${count(index.people.length, 'person', 'people')}, ${count(proposals, 'proposal', 'proposals')}, ${count(index.timeline.length, 'date', 'dates')}.`,
    ),
    ...section('Documents', [
      table(
        ['Document', 'Date', 'Title', 'Kind', 'Place'],
        index.documents.map((d) => [
          d.id,
          dash(d.date),
          dash(d.title),
          dash(d.kind),
          dash(d.place),
        ]),
      ),
    ]),
    ...section(
      'Errors',
      index.errors.length === 0
        ? []
        : [
            table(
              ['Document', 'Reason'],
              index.errors.map((e) => [e.id, e.message]),
            ),
          ],
    ),
    ...entitySection('Organizations', index.organizations),
    ...entitySection('Places', index.places),
    ...entitySection('People', index.people),
    ...section(
      'Proposals',
      index.proposals.length === 0
        ? []
        : [
            table(
              ['Actor', 'Kind', 'Proposals', 'Documents'],
              index.proposals.map((g) => [
                dash(g.actor),
                g.kind,
                String(g.proposals.length),
                String(new Set(g.proposals.map((p) => p.document)).size),
              ]),
            ),
          ],
    ),
    ...section(
      'Timeline',
      index.timeline.length === 0
        ? []
        : [
            table(
              ['Date', 'Documents', 'As written'],
              index.timeline.map((t) => [
                t.value,
                t.documents.map((d) => d.document).join(', '),
                [...new Set(t.documents.flatMap((d) => d.texts))].join(', '),
              ]),
            ),
          ],
    ),
  ]
  return { type: 'root', children }
}

/** The corpus index as a Markdown report. */
export function indexToMarkdown(index: CorpusIndex): string {
  return stringifyMarkdown(indexToMdast(index))
}
