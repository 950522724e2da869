import type { RootContent } from 'mdast'
import type { Block, Sentence } from '../../model/document.js'
import type { Proposal } from '../../model/entities.js'
import {
  blockquote,
  joined,
  list,
  listItem,
  paragraph,
  section,
  strong,
  text,
} from '../markdown/mdast-nodes.js'
import type { Locator } from './locate.js'

/**
 * The text to quote for a proposal: the analysed text of the sentence it is (repairs
 * applied, white space folded, as the body reads), else its source text folded.
 */
function quoted(proposal: Proposal, sentences: Map<number, Sentence>): string {
  const sentence = sentences.get(proposal.start)
  if (sentence && sentence.end === proposal.end) return sentence.text
  return proposal.text.replace(/\s+/g, ' ').trim()
}

/**
 * Proposals, numbered: the actor in bold, each act's verb with its kind, the
 * place, then the proposal's text quoted.
 */
export function proposalsSection(
  proposals: Proposal[],
  blocks: Block[],
  locator: Locator,
): RootContent[] {
  if (proposals.length === 0) return []
  const sentences = new Map(
    blocks.flatMap((block) => block.sentences.map((s) => [s.start, s] as const)),
  )
  const items = proposals.map((proposal) => {
    const acts = joined(proposal.acts.map((act) => `${act.verb} (${act.kind})`))
    const head = paragraph(
      strong(proposal.actor ?? 'No actor named'),
      text(': '),
      acts,
      text(` · ${locator.label(proposal.start)}`),
    )
    return listItem(head, blockquote(paragraph(quoted(proposal, sentences))))
  })
  return section('Proposals', [list(items, 1)])
}
