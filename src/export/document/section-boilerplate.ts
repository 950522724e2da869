import type { RootContent } from 'mdast'
import type { Block } from '../../model/document.js'
import { section, table } from '../markdown/mdast-nodes.js'
import { isWritten } from './body.js'
import type { Locator } from './locate.js'

/** The page furniture left out of the text, with why and where, so nothing is lost. */
export function boilerplateSection(blocks: Block[], locator: Locator): RootContent[] {
  const rows = blocks
    .filter((block) => !isWritten(block))
    .map((block) => [locator.label(block.start), block.reason ?? '', block.text])
  if (rows.length === 0) return []
  return section('Boilerplate', [table(['Where', 'Reason', 'Text'], rows)])
}
