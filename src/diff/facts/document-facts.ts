// The facts a version carries, indexed by place so each sentence finds its own: entity
// mentions (with their entity), dates (with their values) and proposals.
import type { CommuniqueDocument } from '../../model/document.js'
import type { DateMention, Proposal } from '../../model/entities.js'
import { type EntityType, entityLists } from './match-entities.js'

/** One mention of an organization, place or person, by its entity's index in its list. */
export interface EntityMention {
  type: EntityType
  entity: number
  start: number
  end: number
  text: string
}

interface Spanned {
  start: number
  end: number
}

function sortedByStart<T extends Spanned>(items: T[]): T[] {
  return items.sort((x, y) => x.start - y.start || x.end - y.end)
}

/** Items starting inside `[start, end)`, from a list sorted by start. */
function startingIn<T extends Spanned>(items: readonly T[], start: number, end: number): T[] {
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (items[mid]!.start < start) low = mid + 1
    else high = mid
  }
  const out: T[] = []
  for (let k = low; k < items.length && items[k]!.start < end; k++) out.push(items[k]!)
  return out
}

/** Items lying inside `[start, end)`. */
function within<T extends Spanned>(items: readonly T[], start: number, end: number): T[] {
  return startingIn(items, start, end).filter((item) => item.end <= end)
}

/** A version's facts, queried by source range. */
export class DocumentFacts {
  readonly mentions: EntityMention[]
  readonly dates: DateMention[]
  readonly proposals: Proposal[]
  /** Date values anywhere in the version. */
  readonly dateValues: Set<string>

  /** `dates` replaces the document's own dates (see complete-dates.ts). */
  constructor(
    readonly document: CommuniqueDocument,
    dates: DateMention[] = document.dates,
  ) {
    const mentions: EntityMention[] = []
    for (const type of Object.keys(entityLists) as EntityType[]) {
      document[entityLists[type]].forEach((entity, index) => {
        for (const mention of entity.mentions) mentions.push({ type, entity: index, ...mention })
      })
    }
    this.mentions = sortedByStart(mentions)
    this.dates = sortedByStart([...dates])
    this.proposals = sortedByStart([...document.proposals])
    this.dateValues = new Set(dates.flatMap((date) => (date.value ? [date.value] : [])))
  }

  mentionsIn(start: number, end: number): EntityMention[] {
    return within(this.mentions, start, end)
  }

  datesIn(start: number, end: number): DateMention[] {
    return within(this.dates, start, end)
  }

  /** Proposals that start inside the range (a proposal is one sentence). */
  proposalsIn(start: number, end: number): Proposal[] {
    return startingIn(this.proposals, start, end)
  }
}
