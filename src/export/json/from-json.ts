import { z } from 'zod'
import { type CommuniqueDocument, documentSchema, schemaVersion } from '../../model/document.js'
import { findViolation } from './check-invariants.js'

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
 * missing or mistyped field, or a broken invariant (check-invariants.ts): a span
 * that is not `start <= end <= metadata.length`, blocks out of order or
 * overlapping, a sentence outside its block, an entity index that points
 * nowhere, line starts out of order.
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
  const violation = findViolation(result.data)
  if (violation) {
    throw new DocumentJsonError(`${violation.path}: ${violation.message}`, violation.path)
  }
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

/** The JSON Schema (draft 2020-12) of a serialised document, from the same source as the types. */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(documentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
}
