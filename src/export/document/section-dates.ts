import type { RootContent } from 'mdast'
import type { DateMention } from '../../model/entities.js'
import { section, table } from '../markdown/mdast-nodes.js'
import type { Locator } from './locate.js'

function value(date: DateMention): string {
  if (date.value === null) return 'unresolved'
  return date.relative ? `${date.value} (relative)` : date.value
}

/** Dates: the text as written, its ISO 8601 value, and where it is. */
export function datesSection(dates: DateMention[], locator: Locator): RootContent[] {
  if (dates.length === 0) return []
  const rows = dates.map((date) => [date.text, value(date), locator.label(date.start)])
  return section('Dates', [table(['Date', 'Value', 'Where'], rows)])
}
