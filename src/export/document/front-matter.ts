import type { Yaml } from 'mdast'
import { stringify } from 'yaml'
import type { Metadata } from '../../model/document.js'

/**
 * The metadata as YAML front matter. `title`, `date`, `place`, `issuer` and
 * `kind` are always written (`null` when unknown) and `parse` reads them back;
 * `input` tells what the line:column references of the analysis refer to.
 */
export function frontMatter(metadata: Metadata): Yaml {
  const values = {
    title: metadata.title,
    date: metadata.date,
    place: metadata.place,
    issuer: metadata.issuer,
    kind: metadata.kind,
    input: { format: metadata.inputFormat, length: metadata.length },
  }
  // No line folding: a title stays on its line.
  const value = stringify(values, { lineWidth: 0, minContentWidth: 0 }).trimEnd()
  return { type: 'yaml', value }
}
