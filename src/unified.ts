import type { Nodes, Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import packageJson from '../package.json' with { type: 'json' }
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

/**
 * What to do with a rule's messages, as remark-lint says it: `'off'` (or `0`) drops
 * them, `'info'` reports them as informational, `'warn'` (`1`) as warnings, `'error'`
 * (`2`) as fatal messages (a failing file in remark-cli).
 */
export type RuleSeverity = 'off' | 'info' | 'warn' | 'error' | 0 | 1 | 2

/** Options of `remarkCommunique`: those of `parse` (the input is always Markdown) and rules. */
export interface RemarkCommuniqueOptions extends Omit<ParseOptions, 'format' | 'tree'> {
  /**
   * Severity by rule id, as an object (`{'input-mojibake-repaired': 'off'}`) or as
   * pairs (`[['input-mojibake-repaired', 'off']]`). Rules not named keep their own.
   */
  rules?: Record<string, RuleSeverity> | [string, RuleSeverity][]
}

/** Where the README documents each rule: its row in the table of messages. */
const rulesUrl = `${packageJson.homepage.replace(/#.*$/, '')}#`

function severities(rules: RemarkCommuniqueOptions['rules']): Map<string, RuleSeverity> {
  return new Map(Array.isArray(rules) ? rules : Object.entries(rules ?? {}))
}

/** The nodes from the root down to the deepest one whose position holds [start, end). */
function ancestorsOf(tree: Root, start: number, end: number): Nodes[] | undefined {
  const path: Nodes[] = [tree]
  let node: Nodes = tree
  for (;;) {
    if (!('children' in node)) break
    const child: Nodes | undefined = (node.children as Nodes[]).find((candidate) => {
      const from = candidate.position?.start.offset
      const to = candidate.position?.end.offset
      return from !== undefined && to !== undefined && from <= start && end <= to
    })
    if (!child) break
    path.push(child)
    node = child
  }
  return path.length > 1 ? path : undefined
}

/** Report one warning on the file, as remark-lint reports its rules. */
function report(
  file: VFile,
  tree: Root,
  warning: Message,
  lines: LineIndex,
  severity: RuleSeverity | undefined,
): void {
  if (severity === 'off' || severity === 0) return
  const ancestors = ancestorsOf(tree, warning.start, warning.end)
  const message = file.message(warning.reason, {
    place: lines.position(warning.start, warning.end),
    ruleId: warning.ruleId,
    source: warning.source,
    ...(ancestors ? { ancestors } : {}),
  })
  message.url = `${rulesUrl}${warning.ruleId}`
  // vfile: `true` fails the file, `false` is a warning, `undefined` an informational message.
  const level =
    severity === undefined ? (warning.severity === 'warning' ? 'warn' : 'info') : severity
  message.fatal =
    level === 'error' || level === 2 ? true : level === 'warn' || level === 1 ? false : undefined
  if (warning.actual !== undefined) message.actual = warning.actual
  if (warning.expected !== undefined) message.expected = [warning.expected]
}

/**
 * A unified plugin for use after remark-parse (and any other plugin): reads the tree it
 * is given as a declaration, with positions in the file's own text; stores the document
 * on `file.data.communique`; reports the document's warnings as vfile messages in the
 * way of remark-lint (`ruleId`, `source: 'communique'`, `place`, `url`, `ancestors`).
 * The tree is left as it is. Input that is not text (binary bytes) fails the file with a
 * fatal `input-binary` message.
 */
const remarkCommunique: Plugin<[RemarkCommuniqueOptions?], Root> = (options = {}) => {
  const { rules, ...parseOptions } = options
  const severity = severities(rules)
  return (tree: Root, file: VFile) => {
    let document: CommuniqueDocument
    try {
      document = parse(file, { ...parseOptions, format: 'markdown', tree })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      // Bytes that are not text: a fatal message, thrown, as vfile does.
      const message = file.message(error.message, {
        ruleId: `input-${error.code}`,
        source: 'communique',
        cause: error,
      })
      message.fatal = true
      message.url = `${rulesUrl}input-${error.code}`
      throw message
    }
    file.data.communique = document
    const { lineStarts, length } = document.metadata
    const lines = LineIndex.fromLineStarts(lineStarts ?? [0], length)
    for (const warning of document.warnings) {
      report(file, tree, warning, lines, severity.get(warning.ruleId))
    }
  }
}

export default remarkCommunique
