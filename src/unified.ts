import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { CommuniqueDocument } from './model/document.js'
import { type ParseOptions, parse } from './parse.js'

declare module 'vfile' {
  interface DataMap {
    /** The declaration parsed by `remarkCommunique`. */
    communique: CommuniqueDocument
  }
}

export type RemarkCommuniqueOptions = Omit<ParseOptions, 'format'>

/**
 * A unified plugin for use after remark-parse: parses the file as a
 * declaration, stores the document on `file.data.communique`, and reports the
 * document's warnings as vfile messages with their positions.
 */
const remarkCommunique: Plugin<[RemarkCommuniqueOptions?], Root> = (options = {}) => {
  return (_tree: Root, file: VFile) => {
    const document = parse(String(file.value), { ...options, format: 'markdown' })
    file.data.communique = document
    for (const warning of document.warnings) {
      const message = file.message(warning.reason, {
        place: { line: warning.line, column: warning.column, offset: warning.start },
        ruleId: warning.ruleId,
        source: warning.source,
      })
      message.fatal = false
      if (warning.actual !== undefined) message.actual = warning.actual
      if (warning.expected !== undefined) message.expected = [warning.expected]
    }
  }
}

export default remarkCommunique
