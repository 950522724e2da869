// The dates a corpus mentions, in order: each value (ISO 8601 at the precision written, a
// range by its start) with the documents that mention it and how they write it.
import type { TimelineEntry } from '../../model/corpus-index.js'
import type { DateMention } from '../../model/entities.js'

export class Timeline {
  private readonly values = new Map<string, Map<number, { mentions: number; texts: Set<string> }>>()

  addDocument(document: number, dates: DateMention[]): void {
    for (const date of dates) {
      if (date.value === null) continue
      let documents = this.values.get(date.value)
      if (!documents) {
        documents = new Map()
        this.values.set(date.value, documents)
      }
      const entry = documents.get(document) ?? { mentions: 0, texts: new Set<string>() }
      entry.mentions++
      entry.texts.add(date.text)
      documents.set(document, entry)
    }
  }

  result(documentId: (document: number) => string): TimelineEntry[] {
    return [...this.values]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([value, documents]) => ({
        value,
        documents: [...documents]
          .sort((a, b) => a[0] - b[0])
          .map(([document, { mentions, texts }]) => ({
            document: documentId(document),
            mentions,
            texts: [...texts],
          })),
      }))
  }
}
