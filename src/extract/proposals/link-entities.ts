// The organizations, places, people and dates a proposal's object mentions:
// references into the document's entity lists, filled by the steps before.
import type { CommuniqueDocument } from '../../model/document.js'
import type { EntityReference } from '../../model/entities.js'
import type { Span } from '../../model/position.js'

interface Indexed extends EntityReference {
  start: number
  end: number
}

/** Every mention of a document's entities, sorted by position, for lookups by span. */
export class EntityIndex {
  private readonly mentions: Indexed[] = []

  constructor(document: CommuniqueDocument) {
    const add = (type: EntityReference['type'], index: number, name: string, spans: Span[]) => {
      for (const span of spans) this.mentions.push({ type, index, name, ...pick(span) })
    }
    document.organizations.forEach((item, i) => {
      add('organization', i, item.name, item.mentions)
    })
    document.places.forEach((item, i) => {
      add('place', i, item.name, item.mentions)
    })
    document.people.forEach((item, i) => {
      add('person', i, item.name, item.mentions)
    })
    // A date is named by its value, as an organization by its name ("2026", "2021-06-03").
    document.dates.forEach((item, i) => {
      add('date', i, item.value ?? item.text.replace(/\s+/g, ' '), [item])
    })
    this.mentions.sort((a, b) => a.start - b.start || a.end - b.end)
  }

  /** References to every entity with a mention inside `span`, in the order first mentioned there. */
  within(span: Span): EntityReference[] {
    const references: EntityReference[] = []
    const seen = new Set<string>()
    for (let i = this.firstAtOrAfter(span.start); i < this.mentions.length; i++) {
      const mention = this.mentions[i]!
      if (mention.start >= span.end) break
      const key = `${mention.type}:${mention.index}`
      if (mention.end > span.end || seen.has(key)) continue
      seen.add(key)
      references.push({ type: mention.type, index: mention.index, name: mention.name })
    }
    return references
  }

  /** True when a place's mention covers exactly `span` ("Russia", "Astana"). */
  isPlace(span: Span): boolean {
    for (let i = this.firstAtOrAfter(span.start); i < this.mentions.length; i++) {
      const mention = this.mentions[i]!
      if (mention.start > span.start) return false
      if (mention.type === 'place' && mention.end === span.end) return true
    }
    return false
  }

  private firstAtOrAfter(start: number): number {
    let low = 0
    let high = this.mentions.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (this.mentions[mid]!.start < start) low = mid + 1
      else high = mid
    }
    return low
  }
}

function pick(span: Span): Span {
  return { start: span.start, end: span.end }
}
