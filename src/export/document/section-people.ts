import type { RootContent } from 'mdast'
import type { Person } from '../../model/entities.js'
import { section, table } from '../markdown/mdast-nodes.js'
import type { Locator } from './locate.js'
import { mentionPlaces } from './mentions.js'

/** People: name, the title the text gives them, and where each is mentioned. */
export function peopleSection(people: Person[], locator: Locator): RootContent[] {
  if (people.length === 0) return []
  const rows = people.map((person) => [
    person.name,
    person.title ?? '',
    mentionPlaces(person.mentions, locator),
  ])
  return section('People', [table(['Person', 'Title', 'Where'], rows)])
}
