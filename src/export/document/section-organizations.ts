import type { RootContent } from 'mdast'
import type { Organization } from '../../model/entities.js'
import { section, table } from '../markdown/mdast-nodes.js'
import type { Locator } from './locate.js'
import { mentionPlaces } from './mentions.js'

/** Organizations: name, aliases, owner, and where each is mentioned. */
export function organizationsSection(
  organizations: Organization[],
  locator: Locator,
): RootContent[] {
  if (organizations.length === 0) return []
  const rows = organizations.map((organization) => [
    organization.name,
    organization.aliases.join(', '),
    organization.owner ?? '',
    mentionPlaces(organization.mentions, locator),
  ])
  return section('Organizations', [table(['Organization', 'Aliases', 'Owner', 'Where'], rows)])
}
