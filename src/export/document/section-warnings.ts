import type { PhrasingContent, RootContent } from 'mdast'
import type { Message } from '../../model/message.js'
import { section, table, text } from '../markdown/mdast-nodes.js'

/** A reason as the library writes it, its `quoted` source text set as code. */
function withCodeSpans(reason: string): PhrasingContent[] {
  return reason
    .split(/`([^`]*)`/)
    .map(
      (part, i): PhrasingContent =>
        i % 2 === 1 ? { type: 'inlineCode', value: part } : text(part),
    )
    .filter((node) => (node as { value: string }).value !== '')
}

/** The warnings about the input: where, severity, rule id and reason. */
export function warningsSection(warnings: Message[]): RootContent[] {
  const rows = warnings.map((warning) => [
    `${warning.line}:${warning.column}`,
    warning.severity,
    { type: 'inlineCode', value: warning.ruleId } as PhrasingContent,
    withCodeSpans(warning.reason),
  ])
  if (rows.length === 0) return []
  return section('Warnings', [table(['Where', 'Severity', 'Rule', 'Message'], rows)])
}
