import { diff } from './diff/diff.js'
import { diffToJson } from './export/diff-to-json.js'
import { diffToText } from './export/diff-to-text.js'
import { toJson } from './export/to-json.js'
import type { CommuniqueDocument } from './model/document.js'

interface RenderOptions {
  color: boolean
}

interface CommandOutputs {
  inputs: number
  formats: string[]
  defaultFormat: string
  render(documents: CommuniqueDocument[], format: string, options: RenderOptions): string
}

/** A plain reading of a document until the Markdown exporter exists. */
function minimalMarkdown(document: CommuniqueDocument): string {
  const lines: string[] = []
  if (document.metadata.title) lines.push(`# ${document.metadata.title}`, '')
  for (const block of document.blocks) {
    if (block.type === 'paragraph' || block.type === 'listItem') lines.push(block.text, '')
  }
  return lines.join('\n')
}

/** What each command reads and how it writes each format. */
export const commandOutputs: Record<string, CommandOutputs> = {
  parse: {
    inputs: 1,
    formats: ['json', 'md'],
    defaultFormat: 'json',
    render([document], format) {
      return format === 'md' ? minimalMarkdown(document!) : toJson(document!)
    },
  },
  diff: {
    inputs: 2,
    formats: ['text', 'json', 'md'],
    defaultFormat: 'text',
    render([a, b], format, { color }) {
      const result = diff(a!, b!)
      if (format === 'json') return diffToJson(result)
      // md: until the Markdown exporter renders diffs, the plain report in a fenced block.
      // Replace this line with the exporter's call (e.g. diffToMarkdown(result)).
      if (format === 'md') return `\`\`\`text\n${diffToText(result)}\`\`\`\n`
      return diffToText(result, { color })
    },
  },
}
