import type { RootContent } from 'mdast'
import type { Place } from '../../model/entities.js'
import { section, table } from '../markdown/mdast-nodes.js'
import type { Locator } from './locate.js'
import { mentionPlaces } from './mentions.js'

/** Places: name and where each is mentioned. */
export function placesSection(places: Place[], locator: Locator): RootContent[] {
  if (places.length === 0) return []
  const rows = places.map((place) => [place.name, mentionPlaces(place.mentions, locator)])
  return section('Places', [table(['Place', 'Where'], rows)])
}
