import type { CommuniqueDocument } from '../../model/document.js'
import type { Span } from '../../model/position.js'

/** A broken invariant: what is wrong and the JSON path of the value. */
export interface Violation {
  message: string
  path: string
}

type Check = (document: CommuniqueDocument) => Violation | undefined

/** Every span of a document with its JSON path, in the order the paths are listed. */
function* spansOf(document: CommuniqueDocument): Generator<[Span, string]> {
  const { metadata } = document
  if (metadata.dateline) yield [metadata.dateline, '$.metadata.dateline']
  for (const key of ['title', 'date', 'place', 'issuer'] as const) {
    const source = metadata.sources[key]
    if (source) yield [source, `$.metadata.sources.${key}`]
  }
  for (const [i, block] of document.blocks.entries()) {
    yield [block, `$.blocks[${i}]`]
    for (const [j, sentence] of block.sentences.entries()) {
      yield [sentence, `$.blocks[${i}].sentences[${j}]`]
    }
  }
  for (const key of ['organizations', 'places', 'people'] as const) {
    for (const [i, entity] of document[key].entries()) {
      for (const [j, mention] of entity.mentions.entries()) {
        yield [mention, `$.${key}[${i}].mentions[${j}]`]
      }
    }
  }
  for (const [i, date] of document.dates.entries()) yield [date, `$.dates[${i}]`]
  for (const [i, proposal] of document.proposals.entries()) {
    yield [proposal, `$.proposals[${i}]`]
    for (const [j, act] of proposal.acts.entries()) yield [act, `$.proposals[${i}].acts[${j}]`]
    if (proposal.object) yield [proposal.object, `$.proposals[${i}].object`]
  }
  for (const [i, warning] of document.warnings.entries()) yield [warning, `$.warnings[${i}]`]
}

/** Every span lies in the input: `0 <= start <= end <= metadata.length`. */
const spansInInput: Check = (document) => {
  const length = document.metadata.length
  for (const [span, path] of spansOf(document)) {
    if (span.end < span.start) {
      return { path, message: `end ${span.end} is before start ${span.start}` }
    }
    if (span.end > length) {
      return { path, message: `end ${span.end} is beyond the input's length ${length}` }
    }
  }
  return undefined
}

/** Blocks in input order, none overlapping another; each sentence inside its block, in order. */
const blocksInOrder: Check = (document) => {
  let previous: Span | undefined
  for (const [i, block] of document.blocks.entries()) {
    if (previous && block.start < previous.end) {
      return {
        path: `$.blocks[${i}]`,
        message: `block starts at ${block.start}, inside or before the block before it (ends at ${previous.end})`,
      }
    }
    previous = block
    let last = block.start
    for (const [j, sentence] of block.sentences.entries()) {
      const path = `$.blocks[${i}].sentences[${j}]`
      if (sentence.start < block.start || sentence.end > block.end) {
        return {
          path,
          message: `sentence [${sentence.start}, ${sentence.end}) is outside its block [${block.start}, ${block.end})`,
        }
      }
      if (sentence.start < last) {
        return {
          path,
          message: `sentence starts at ${sentence.start}, before the one before it ends`,
        }
      }
      last = sentence.end
    }
  }
  return undefined
}

const listOf = {
  organization: 'organizations',
  place: 'places',
  person: 'people',
  date: 'dates',
} as const

/** A proposal's entity references point at entries that exist. */
const referencesResolve: Check = (document) => {
  for (const [i, proposal] of document.proposals.entries()) {
    for (const [j, reference] of proposal.entities.entries()) {
      const list = listOf[reference.type]
      if (reference.index >= document[list].length) {
        return {
          path: `$.proposals[${i}].entities[${j}].index`,
          message: `index ${reference.index} points past the ${document[list].length} ${list}`,
        }
      }
    }
  }
  return undefined
}

/** Line starts begin at 0 and increase strictly, within the input. */
const lineStartsSorted: Check = (document) => {
  const { lineStarts, length } = document.metadata
  if (!lineStarts) return undefined
  for (const [i, start] of lineStarts.entries()) {
    const path = `$.metadata.lineStarts[${i}]`
    if (i === 0 && start !== 0) return { path, message: `the first line starts at ${start}, not 0` }
    if (i > 0 && start <= lineStarts[i - 1]!) {
      return { path, message: `line start ${start} does not follow ${lineStarts[i - 1]}` }
    }
    if (start > length) return { path, message: `line start ${start} is beyond the input's length` }
  }
  return undefined
}

const checks: Check[] = [spansInInput, blocksInOrder, referencesResolve, lineStartsSorted]

/** The first invariant a well-formed document breaks, or undefined. */
export function findViolation(document: CommuniqueDocument): Violation | undefined {
  for (const check of checks) {
    const found = check(document)
    if (found) return found
  }
  return undefined
}
