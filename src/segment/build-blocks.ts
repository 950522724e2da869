// The sentences stage of parse: each classified block (or the part of one left after a
// dateline is cut off) as a Block with its place in the source and its sentences.
// Boilerplate has no sentences, except publication lines: the date they give is extracted.
import type { LineIndex } from '../input/line-index.js'
import type { MessageCollector } from '../input/messages.js'
import { sliceMapped } from '../input/text-map.js'
import type { Block, Sentence } from '../model/document.js'
import type { Classified } from './classify.js'
import { maxSentenceLength, splitSentences } from './sentences.js'
import { runOnLength } from './split-clauses.js'

/** A block to build: a classified block, or the range `[from, to)` of its text. */
export interface BlockPiece {
  block: Classified
  from: number
  to: number
}

/** Every piece as a Block with its sentences, in order. */
export function buildBlocks(
  pieces: BlockPiece[],
  lines: LineIndex,
  messages: MessageCollector,
): Block[] {
  return pieces.map(({ block, from, to }) => buildBlock(block, from, to, lines, messages))
}

function buildSentences(
  block: Classified,
  from: number,
  to: number,
  lines: LineIndex,
  messages: MessageCollector,
): Sentence[] {
  const { ranges, cut, split } = splitSentences(block.mapped.text, from, to)
  for (const [a, b] of split) {
    const span = sliceMapped(block.mapped, a, b)
    messages.warn(
      'sentence-run-on-split',
      `a sentence of ${b - a} characters (longer than ${runOnLength}) was split at its clauses: semicolons, numbered clauses, operative verbs`,
      span.start,
      span.end,
    )
  }
  for (const [a, b] of cut) {
    const span = sliceMapped(block.mapped, a, b)
    messages.info(
      'sentence-cut',
      `sentence longer than ${maxSentenceLength} characters was cut at clause boundaries`,
      span.start,
      span.end,
    )
  }
  return ranges.map(([a, b]) => {
    const node = sliceMapped(block.mapped, a, b)
    const sentence: Sentence = {
      type: 'sentence',
      start: node.start,
      end: node.end,
      position: lines.position(node.start, node.end),
      text: node.text,
    }
    if (node.map) sentence.map = node.map
    return sentence
  })
}

function buildBlock(
  block: Classified,
  from: number,
  to: number,
  lines: LineIndex,
  messages: MessageCollector,
): Block {
  const node = sliceMapped(block.mapped, from, to)
  const result: Block = {
    type: block.type,
    start: node.start,
    end: node.end,
    position: lines.position(node.start, node.end),
    text: node.text,
    sentences: [],
  }
  if (node.map) result.map = node.map
  if (block.depth !== undefined && block.type === 'heading') result.depth = block.depth
  if (block.marker !== undefined) result.marker = block.marker
  if (block.reason !== undefined && block.type === 'boilerplate') result.reason = block.reason
  // Publication lines keep their sentence: the date they give is extracted.
  if (block.type !== 'boilerplate' || block.reason === 'publication') {
    result.sentences = buildSentences(block, from + block.textStart, to, lines, messages)
  }
  return result
}
