import type { Mention } from '../../model/position.js'
import type { Locator } from './locate.js'

/** Where an entity is mentioned, as `line:column` of each mention in document order. */
export function mentionPlaces(mentions: readonly Mention[], locator: Locator): string {
  return [...mentions]
    .sort((a, b) => a.start - b.start)
    .map((mention) => locator.label(mention.start))
    .join(', ')
}
