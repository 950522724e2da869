import type { CommuniqueDocument } from '../../model/document.js'
import { documentSchema } from '../../model/document.js'

/**
 * Serialise a document: keys in the order of the schema (stable whatever order
 * the object was built in), two-space indentation unless `space` says otherwise.
 */
export function toJson(document: CommuniqueDocument, space: number | string = 2): string {
  // Parsing through the schema rebuilds every object in schema key order.
  return JSON.stringify(documentSchema.parse(document), null, space)
}
