import { diff } from './diff/diff.js'
import { diffToJson } from './export/diff-to-json.js'
import { diffToText } from './export/diff-to-text.js'
import { toJson } from './export/to-json.js'
import { toMarkdown } from './export/to-markdown.js'
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

/** What each command reads and how it writes each format. */
export const commandOutputs: Record<string, CommandOutputs> = {
  parse: {
    inputs: 1,
    formats: ['json', 'md'],
    defaultFormat: 'json',
    render([document], format) {
      return format === 'md' ? toMarkdown(document!) : toJson(document!)
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
