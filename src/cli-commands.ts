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
}
