import { sourceSpan } from '../../input/text-map.js'
import type { Person } from '../../model/entities.js'
import type { EntityCandidates, SourceSpan } from '../names/entity-candidates.js'
import { toMentions } from '../names/to-mentions.js'

interface Group {
  name: string
  title?: string
  spans: SourceSpan[]
}

const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1)

/** A name without its diacritics: the same person written with and without them. */
const folded = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '')

/**
 * People: one entry per person. A later mention by surname alone ("Mr. Guterres",
 * "Lindqvist told reporters") is a mention of the person with that full name.
 */
export function mergePeople(candidates: EntityCandidates, source: string): Person[] {
  const groups = new Map<string, Group>()
  for (const person of candidates.people) {
    // "Viktor Orbán" and "Viktor Orban": one person, by the name as first written.
    const key = folded(person.name)
    const group = groups.get(key) ?? { name: person.name, spans: [] }
    group.title ??= person.title
    group.spans.push(person)
    groups.set(key, group)
  }
  // "Guterres" or "Qasem Soleimani" and a longer name that ends with it are one person.
  const bySuffix = new Map<string, Group>()
  const bySurname = new Map<string, Group>()
  for (const group of [...groups.values()].sort((a, b) => a.name.length - b.name.length)) {
    const words = group.name.split(' ')
    for (let k = 1; k < words.length; k++) bySuffix.set(words.slice(k).join(' '), group)
    if (words.length > 1) bySurname.set(lastWord(group.name), group)
  }
  for (const [key, group] of groups) {
    const full = bySuffix.get(group.name)
    if (!full || full === group) continue
    full.spans.push(...group.spans)
    full.title ??= group.title
    groups.delete(key)
  }
  // Surnames alone elsewhere in the text.
  // A surname that ends a mention already found is part of that mention.
  const taken = new Set(candidates.people.map((person) => person.end))
  for (const entry of candidates.sentences) {
    for (const token of entry.tokens) {
      const group = token.cap ? bySurname.get(token.base) : undefined
      if (!group) continue
      const span = sourceSpan(entry.sentence, token.start, token.start + token.base.length)
      if (!taken.has(span.end)) group.spans.push(span)
    }
  }
  return [...groups.values()]
    .map((group) => {
      const person: Person = { name: group.name, mentions: toMentions(group.spans, source) }
      if (group.title) person.title = group.title
      return person
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
}
