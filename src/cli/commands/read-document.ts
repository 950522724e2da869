// Read a file argument and parse it; a refusal of the input is one line (IoError).
import type { CommuniqueDocument } from '../../model/document.js'
import type { CommandContext } from '../context.js'
import { IoError } from '../exit-codes.js'
import { defaultMaxLength, displayName, readInput } from '../io.js'
import { reportWarnings } from '../warnings.js'

export async function readDocument(
  context: CommandContext,
  file: string,
): Promise<CommuniqueDocument> {
  const limit = context.values['max-length']
  const maxLength = typeof limit === 'string' ? Number(limit) : defaultMaxLength
  const bytes = await readInput(file, context.streams, maxLength)
  const { InputError, parse } = await import('../../parse-entry.js')
  let document: CommuniqueDocument
  try {
    const format = (context.values['input-format'] ?? 'auto') as 'auto' | 'text' | 'markdown'
    document = parse(bytes, { format, maxLength })
  } catch (error) {
    if (error instanceof InputError) throw new IoError(`${displayName(file)}: ${error.message}`)
    throw error
  }
  await reportWarnings(context, file, document.warnings)
  return document
}
