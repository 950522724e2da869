import { diff } from './diff/diff.js'
import { diffToJson } from './export/diff-to-json.js'
import { diffToMarkdown } from './export/diff-to-markdown.js'
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
      if (format === 'md') return diffToMarkdown(result)
      return diffToText(result, { color })
    },
  },
}
