// The model versions, apart from the zod schemas: parse and diff need these numbers, not
// the validator, so a bundle of parse and diff carries no zod.

/**
 * Version of the JSON document model; bumped on any incompatible change.
 * 2: `metadata.kind` names the kind of text (nine values, was declaration or news);
 * `metadata.sources` say which rule chose each value.
 */
export const schemaVersion = 2 as const

/** Version of the JSON diff model; bumped on any incompatible change. */
export const diffSchemaVersion = 1 as const

/** The kinds of text (`metadata.kind`), apart from zod: the front matter reader checks them. */
export const documentKinds = [
  'declaration',
  'communique',
  'joint-statement',
  'statement',
  'resolution',
  'decision',
  'press-release',
  'readout',
  'news',
] as const
