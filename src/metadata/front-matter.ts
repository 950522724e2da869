import type { MessageCollector } from '../input/messages.js'
import type { Metadata } from '../model/document.js'
import { documentKinds } from '../model/versions.js'
import type { FrontMatterSource } from '../segment/markdown-blocks.js'
import { readYamlMap } from './read-yaml-map.js'

/** The metadata keys a front matter may set; other keys are left to their owners. */
const textKeys = ['title', 'place', 'issuer'] as const
const isoDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/

type Key = (typeof textKeys)[number] | 'date' | 'kind'

interface FrontMatterValue {
  key: Key
  value: string | null
  start: number
  end: number
}

/** Check one value against what its key allows; a reason when it does not fit. */
function invalid(key: Key, value: string | null): string | undefined {
  if (value === null) return key === 'kind' ? 'kind cannot be null' : undefined
  if (key === 'date' && !isoDate.test(value)) return `date \`${value}\` is not an ISO 8601 date`
  if (key === 'kind' && !(documentKinds as readonly string[]).includes(value)) {
    return `kind \`${value}\` is not one of ${documentKinds.join(', ')}`
  }
  return undefined
}

/**
 * The metadata values of a YAML front matter (`title`, `date`, `place`,
 * `issuer`, `kind`), each with its span in the source. Malformed YAML and
 * values of the wrong kind are reported as `front-matter-invalid` and ignored.
 */
export function readFrontMatter(
  frontMatter: FrontMatterSource,
  messages: MessageCollector,
): FrontMatterValue[] {
  const { offset } = frontMatter
  const yaml = readYamlMap(frontMatter.value)
  if (yaml.error) {
    const at = offset + yaml.error.pos
    messages.warn(
      'front-matter-invalid',
      `front matter is not valid YAML: ${yaml.error.code}`,
      at,
      at,
    )
    return []
  }
  const values: FrontMatterValue[] = []
  for (const pair of yaml.pairs) {
    const key = pair.key as Key
    if (![...textKeys, 'date', 'kind'].includes(key)) continue
    const node = pair.value
    const [from, to] = node ? node.range : pair.keyRange
    const start = offset + from
    const end = offset + to
    if (node?.kind === 'collection') {
      messages.warn('front-matter-invalid', `${key} must be a single value`, start, end)
      continue
    }
    const value = node === null ? null : node.value
    const reason = invalid(key, value)
    if (reason) messages.warn('front-matter-invalid', reason, start, end)
    else values.push({ key, value, start, end })
  }
  return values
}

/**
 * Let the front matter's values stand over those read from the text: a key
 * that is present wins (`null` included), an absent key leaves the value read
 * from the text. The value's span in the front matter becomes its source.
 */
export function applyFrontMatter(
  metadata: Metadata,
  values: FrontMatterValue[],
  source: string,
): void {
  for (const { key, value, start, end } of values) {
    if (key === 'kind') {
      metadata.kind = value as Metadata['kind']
      continue
    }
    metadata[key] = value
    if (value === null) delete metadata.sources[key]
    else metadata.sources[key] = { start, end, text: source.slice(start, end) }
  }
}
