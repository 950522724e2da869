import { type DocumentDiff, documentDiffSchema } from '../../model/diff.js'

/**
 * Serialise a diff: keys in the order of the schema (stable whatever order the object
 * was built in), two-space indentation unless `space` says otherwise.
 */
export function diffToJson(diff: DocumentDiff, space: number | string = 2): string {
  return JSON.stringify(documentDiffSchema.parse(diff), null, space)
}
