// The corpus index as CSV tables (RFC 4180: comma-separated, CRLF line ends, a field
// quoted when it holds a comma, a quote, a line break or edge spaces), one file each:
// documents, entities, the documents of each entity, proposals, the timeline, errors.
import type { CorpusIndex } from '../../model/corpus-index.js'

type Field = string | number | null | undefined

function field(value: Field): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

function table(header: string[], rows: Field[][]): string {
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('')
}

/** File name -> CSV text, for each table of the index. Lists within a field are joined by "; ". */
export function indexToCsv(index: CorpusIndex): Record<string, string> {
  const entities = [...index.organizations, ...index.places, ...index.people]
  return {
    'documents.csv': table(
      [
        'id',
        'title',
        'date',
        'place',
        'issuer',
        'kind',
        'length',
        'organizations',
        'places',
        'people',
        'dates',
        'proposals',
      ],
      index.documents.map((d) => [
        d.id,
        d.title,
        d.date,
        d.place,
        d.issuer,
        d.kind,
        d.length,
        d.organizations,
        d.places,
        d.people,
        d.dates,
        d.proposals,
      ]),
    ),
    'entities.csv': table(
      [
        'id',
        'type',
        'name',
        'aliases',
        'owner',
        'documents',
        'mentions',
        'first_date',
        'last_date',
      ],
      entities.map((e) => [
        e.id,
        e.id.slice(0, e.id.indexOf(':')),
        e.name,
        e.aliases.join('; '),
        e.owner,
        e.documents.length,
        e.mentions,
        e.firstDate,
        e.lastDate,
      ]),
    ),
    'entity-documents.csv': table(
      ['entity', 'document', 'mentions'],
      entities.flatMap((e) => e.documents.map((d) => [e.id, d.document, d.mentions])),
    ),
    'proposals.csv': table(
      ['actor', 'entity', 'kind', 'document', 'start', 'end', 'verbs', 'text'],
      index.proposals.flatMap((group) =>
        group.proposals.map((p) => [
          group.actor,
          group.entity,
          group.kind,
          p.document,
          p.start,
          p.end,
          p.verbs.join('; '),
          p.text,
        ]),
      ),
    ),
    'timeline.csv': table(
      ['value', 'document', 'mentions', 'texts'],
      index.timeline.flatMap((entry) =>
        entry.documents.map((d) => [entry.value, d.document, d.mentions, d.texts.join('; ')]),
      ),
    ),
    'errors.csv': table(
      ['document', 'code', 'message'],
      index.errors.map((e) => [e.id, e.code, e.message]),
    ),
  }
}
