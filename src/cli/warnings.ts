// The documents' warnings on standard error, one line each, the way remark-cli and
// compilers print them: `file:line:column  rule-id  message`.
import type { Message } from '../model/message.js'
import { painter } from './color.js'
import type { CommandContext } from './context.js'
import { displayName, writeStream } from './io.js'

export function warningLines(file: string, warnings: Message[], color: boolean): string {
  const paint = painter(color)
  const name = displayName(file)
  return warnings
    .map((warning) => {
      const rule = paint(warning.severity === 'warning' ? '33' : '2', warning.ruleId)
      return `${name}:${warning.line}:${warning.column}  ${rule}  ${warning.reason}\n`
    })
    .join('')
}

/** Print a document's warnings on standard error unless --quiet. */
export async function reportWarnings(
  context: CommandContext,
  file: string,
  warnings: Message[],
): Promise<void> {
  if (!context.warnings || warnings.length === 0) return
  const text = warningLines(file, warnings, context.stderrColor)
  await writeStream(context.streams.stderr, text, 'standard error')
}
