import { z } from 'zod'
import { type CommuniqueDocument, documentSchema, schemaVersion } from '../../model/document.js'

/** A JSON text that is not a valid communique document; `path` names the first problem. */
export class DocumentJsonError extends Error {
  override name = 'DocumentJsonError'
  constructor(
    message: string,
    /** JSON path of the first problem, like `$.blocks[3].start`; `$` for the whole text. */
    readonly path: string,
  ) {
    super(message)
  }
}

function jsonPath(path: PropertyKey[]): string {
  let out = '$'
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`
    else out += `[${JSON.stringify(String(key))}]`
  }
  return out
}

/**
 * Read a document back from its JSON. Throws a `DocumentJsonError` naming the
 * JSON path of the first problem: malformed JSON, a wrong `schemaVersion`, a
 * missing or mistyped field, or a span that is not `start <= end`.
 */
export function fromJson(text: string): CommuniqueDocument {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new DocumentJsonError(`invalid JSON: ${(error as Error).message}`, '$')
  }
  value = upgrade(value)
  if (
    typeof value === 'object' &&
    value !== null &&
    'schemaVersion' in value &&
    value.schemaVersion !== schemaVersion
  ) {
    throw new DocumentJsonError(
      `unsupported schemaVersion ${JSON.stringify(value.schemaVersion)} (this version reads ${schemaVersion})`,
      '$.schemaVersion',
    )
  }
  const result = documentSchema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const path = jsonPath(issue.path)
    throw new DocumentJsonError(`${path}: ${issue.message}`, path)
  }
  checkSpans(result.data)
  return result.data
}

/**
 * A version 1 document read as version 2. Its kinds map one to one (`declaration`,
 * the kind of every official text then, and `news` are values of the wider enum) and
 * its sources had no `rule`, which is optional: only the version changes.
 */
function upgrade(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const record = value as Record<string, unknown>
  return record.schemaVersion === 1 ? { ...record, schemaVersion } : value
}

function checkSpans(document: CommuniqueDocument): void {
  const spans: Array<[{ start: number; end: number }, string]> = []
  document.blocks.forEach((block, i) => {
    spans.push([block, `$.blocks[${i}]`])
    block.sentences.forEach((sentence, j) => {
      spans.push([sentence, `$.blocks[${i}].sentences[${j}]`])
    })
  })
  document.dates.forEach((date, i) => {
    spans.push([date, `$.dates[${i}]`])
  })
  document.proposals.forEach((proposal, i) => {
    spans.push([proposal, `$.proposals[${i}]`])
  })
  for (const key of ['organizations', 'places', 'people'] as const) {
    document[key].forEach((entity, i) => {
      entity.mentions.forEach((mention, j) => {
        spans.push([mention, `$.${key}[${i}].mentions[${j}]`])
      })
    })
  }
  for (const [span, path] of spans) {
    if (span.end < span.start)
      throw new DocumentJsonError(`${path}: end ${span.end} is before start ${span.start}`, path)
  }
}

/** The JSON Schema (draft 2020-12) of a serialised document, from the same source as the types. */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(documentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
}
