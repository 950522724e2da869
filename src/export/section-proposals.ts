import type { RootContent } from 'mdast'
import type { Proposal } from '../model/entities.js'
import type { Locator } from './locate.js'
import {
  blockquote,
  joined,
  list,
  listItem,
  paragraph,
  section,
  strong,
  text,
} from './mdast-nodes.js'

/**
 * Proposals, numbered: the actor in bold, each act's verb with its kind, the
 * place, then the proposal's text quoted.
 */
export function proposalsSection(proposals: Proposal[], locator: Locator): RootContent[] {
  if (proposals.length === 0) return []
  const items = proposals.map((proposal) => {
    const acts = joined(proposal.acts.map((act) => `${act.verb} (${act.kind})`))
    const head = paragraph(
      strong(proposal.actor ?? 'No actor named'),
      text(': '),
      acts,
      text(` · ${locator.label(proposal.start)}`),
    )
    return listItem(head, blockquote(paragraph(proposal.text)))
  })
  return section('Proposals', [list(items, 1)])
}
