import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { InputError } from './input/decode.js'
import { LineIndex } from './input/line-index.js'
import type { CommuniqueDocument } from './model/document.js'
import type { Message } from './model/message.js'
import { type ParseOptions, parse } from './parse.js'

declare module 'vfile' {
  interface DataMap {
    /** The declaration parsed by `remarkCommunique`. */
    communique: CommuniqueDocument
  }
}

/** Options of `remarkCommunique`: those of `parse`, but the input is always Markdown. */
export type RemarkCommuniqueOptions = Omit<ParseOptions, 'format'>

/** Report one warning on the file, with its full position, rule id and source. */
function report(file: VFile, warning: Message, lines: LineIndex): void {
  const message = file.message(warning.reason, {
    place: lines.position(warning.start, warning.end),
    ruleId: warning.ruleId,
    source: warning.source,
  })
  // vfile: `false` is a warning, `undefined` an informational message.
  message.fatal = warning.severity === 'warning' ? false : undefined
  if (warning.actual !== undefined) message.actual = warning.actual
  if (warning.expected !== undefined) message.expected = [warning.expected]
}

/**
 * A unified plugin for use after remark-parse: parses the file as a
 * declaration (the file's own text, so positions are the file's), stores the
 * document on `file.data.communique`, and reports the document's warnings as
 * vfile messages with their positions. The tree is left as it is. Input that
 * is not text (binary bytes) fails the file with a fatal `input-binary` message.
 */
const remarkCommunique: Plugin<[RemarkCommuniqueOptions?], Root> = (options = {}) => {
  return (_tree: Root, file: VFile) => {
    let document: CommuniqueDocument
    try {
      document = parse(file, { ...options, format: 'markdown' })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      // Bytes that are not text: a fatal message, thrown, as vfile does.
      file.fail(error.message, {
        ruleId: `input-${error.code}`,
        source: 'communique',
        cause: error,
      })
    }
    file.data.communique = document
    const { lineStarts, length } = document.metadata
    const lines = LineIndex.fromLineStarts(lineStarts ?? [0], length)
    for (const warning of document.warnings) report(file, warning, lines)
  }
}

export default remarkCommunique
