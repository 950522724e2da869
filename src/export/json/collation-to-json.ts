import { type Collation, collationSchema } from '../../model/collation.js'

/** Serialise a collation: keys in the order of the schema, two-space indentation unless `space` says otherwise. */
export function collationToJson(collation: Collation, space: number | string = 2): string {
  return JSON.stringify(collationSchema.parse(collation), null, space)
}
