import type { Root } from 'mdast'
import type { Step } from './extract/context.js'
import { type Decoded, decode, type Input, InputError } from './input/decode.js'
import { looksLikeMarkdown } from './input/detect-format.js'
import { LineIndex } from './input/line-index.js'
import { MessageCollector } from './input/messages.js'
import { normalizePieces } from './input/normalize.js'
import { findRepairs, type Repair } from './input/repair.js'
import { sliceMapped } from './input/text-map.js'
import { findDateline } from './metadata/dateline.js'
import { applyFrontMatter, readFrontMatter } from './metadata/front-matter.js'
import { readMetadata } from './metadata/metadata.js'
import { readDate, referenceOf } from './metadata/read-date.js'
import type { Block, CommuniqueDocument, Dateline, Sentence } from './model/document.js'
import { schemaVersion } from './model/versions.js'
import { steps as defaultSteps } from './pipeline.js'
import { maxMarkdownNesting } from './segment/bound-nesting.js'
import type { Candidate } from './segment/candidate.js'
import { type Classified, classify } from './segment/classify.js'
import { type MarkdownRead, readMarkdown } from './segment/markdown-blocks.js'
import { plainBlocks } from './segment/plain-blocks.js'
import { maxSentenceLength, splitSentences } from './segment/sentences.js'

export interface ParseOptions {
  /** How to read the input: detect (default), plain text, or Markdown. */
  format?: 'auto' | 'text' | 'markdown'
  /** Inputs longer than this many UTF-16 code units are refused (default 64 Mi). */
  maxLength?: number
  /** Run entity and proposal extraction (default true). */
  extract?: boolean
  /** Replace the extraction pipeline (advanced). */
  steps?: Step[]
  /**
   * The input's mdast tree, already parsed (by remark-parse, and changed by any plugin
   * after it), to read instead of parsing the Markdown again; its positions must be
   * those of the input. Implies `format: 'markdown'`. The unified plugin passes it.
   */
  tree?: Root
}

export const defaultMaxLength = 64 * 1024 * 1024

const repairNames: Record<Repair['ruleId'], string> = {
  'input-mojibake-repaired': 'mis-decoded characters',
  'input-digit-apostrophe-repaired': 'digit standing for an apostrophe',
  'input-hyphenation-joined': 'word broken at a line end',
}

function reportInput(decoded: Decoded, source: string, messages: MessageCollector): void {
  if (decoded.fallback) {
    messages.warn('input-encoding-fallback', 'input is not valid UTF-8; read as Windows-1252', 0, 0)
  }
  if (source.length === 0) messages.warn('input-empty', 'input is empty', 0, 0)
  else if (/^[\s\u00a0\u200b\ufeff]*$/.test(source)) {
    messages.warn('input-blank', 'input has only white space', 0, source.length)
  }
  const control = /[\u0000-\u0008\u000e-\u001f\u007f]/.exec(source)
  if (control) {
    messages.warn(
      'input-control-character',
      'input has control characters; they are read as spaces',
      control.index,
      control.index + 1,
    )
  }
  const surrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(
    source,
  )
  if (surrogate) {
    messages.warn(
      'input-lone-surrogate',
      'input has a lone surrogate; it is read as U+FFFD',
      surrogate.index,
      surrogate.index + 1,
    )
  }
}

/** Split a dateline off the start of the first body blocks of a text ("QINGDAO, June 10 (Xinhua) -- ..."). */
function splitDateline(
  blocks: Classified[],
): { index: number; length: number; found: ReturnType<typeof findDateline> } | undefined {
  let seen = 0
  for (let index = 0; index < blocks.length && seen < 3; index++) {
    const block = blocks[index]!
    if (block.type !== 'paragraph') continue
    seen++
    const found = findDateline(block.mapped.text)
    if (found) return { index, length: found.length, found }
  }
  return undefined
}

function buildSentences(
  block: Classified,
  from: number,
  to: number,
  lines: LineIndex,
  messages: MessageCollector,
): Sentence[] {
  const { ranges, cut } = splitSentences(block.mapped.text, from, to)
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

/**
 * Parse an official text into a document: blocks and sentences with their
 * places in the input, metadata, extracted entities and proposals, and warnings.
 * Bad input yields a document with warnings; only bytes that are not text
 * (or an input over `maxLength`) throw an `InputError`.
 */
export function parse(input: Input, options: ParseOptions = {}): CommuniqueDocument {
  const decoded = decode(input)
  const source = decoded.text
  const maxLength = options.maxLength ?? defaultMaxLength
  if (source.length > maxLength) {
    throw new InputError(
      `input too large (${source.length} characters; the limit is ${maxLength})`,
      'too-large',
    )
  }
  const lines = new LineIndex(source)
  const messages = new MessageCollector(lines)
  reportInput(decoded, source, messages)

  const repairs = findRepairs(source)
  for (const repair of repairs) {
    const actual = source.slice(repair.start, repair.end)
    const what = repairNames[repair.ruleId]
    messages.warn(
      repair.ruleId,
      `${what} \`${actual}\` read as \`${repair.replacement}\``,
      repair.start,
      repair.end,
      {
        actual,
        expected: repair.replacement,
      },
    )
  }

  const format = options.tree
    ? 'markdown'
    : options.format && options.format !== 'auto'
      ? options.format
      : looksLikeMarkdown(source)
        ? 'markdown'
        : 'text'
  const markdown: MarkdownRead | undefined =
    format === 'markdown' ? readMarkdown(source, options.tree) : undefined
  const candidates: Candidate[] = markdown ? markdown.candidates : plainBlocks(source)
  for (const skipped of markdown?.skipped ?? []) {
    messages.info(
      'markdown-analysis-skipped',
      'analysis sections written by the Markdown exporter are not read as text',
      skipped.start,
      skipped.end,
    )
  }
  if (markdown?.unclosed) {
    messages.warn(
      'markdown-analysis-unclosed',
      'an analysis section is opened but never closed; the text after it is read as text',
      markdown.unclosed.start,
      markdown.unclosed.end,
    )
  }
  if (markdown?.deep) {
    messages.warn(
      'markdown-nesting-too-deep',
      `${markdown.deep.lines} line(s) nest block quotes or lists deeper than ${maxMarkdownNesting} levels; the deeper structure is read as text`,
      markdown.deep.start,
      markdown.deep.end,
    )
  }
  const mapped = candidates.map((candidate) => normalizePieces(candidate.pieces, repairs))
  const classified = classify(candidates, mapped, (text) => readDate(text))

  const split = splitDateline(classified)
  const blocks: Block[] = []
  let dateline: Dateline | null = null
  classified.forEach((block, index) => {
    if (block.mapped.text.length === 0) return
    if (split && index === split.index && split.found) {
      const head: Classified = { ...block, type: 'dateline', textStart: 0 }
      const datelineBlock = buildBlock(head, 0, split.found.text.length, lines, messages)
      blocks.push(datelineBlock)
      blocks.push(
        buildBlock(
          { ...block, textStart: 0 },
          split.length,
          block.mapped.text.length,
          lines,
          messages,
        ),
      )
      dateline = {
        start: datelineBlock.start,
        end: datelineBlock.end,
        text: source.slice(datelineBlock.start, datelineBlock.end),
        place: split.found.place,
        date: null,
        agency: split.found.agency,
      }
      return
    }
    blocks.push(buildBlock(block, 0, block.mapped.text.length, lines, messages))
  })

  if (dateline && split?.found?.dateText) {
    const reference = referenceOf(
      blocks
        .filter((block) => block.type === 'boilerplate' && block.reason === 'publication')
        .map((block) => readDate(block.text)?.value)
        .find((value) => value && value.length === 10),
    )
    const found = readDate(split.found.dateText, reference)
    ;(dateline as Dateline).date = found?.value ?? null
    if (!found?.value) {
      messages.warn(
        'dateline-year-unknown',
        'the dateline gives no year and the text gives no other date',
        (dateline as Dateline).start,
        (dateline as Dateline).end,
      )
    }
  }

  const metadata = readMetadata({ source, blocks, dateline, inputFormat: format })
  if (markdown?.frontMatter) {
    applyFrontMatter(metadata, readFrontMatter(markdown.frontMatter, messages), source)
  }
  metadata.lineStarts = lines.lineStarts()
  const document: CommuniqueDocument = {
    schemaVersion,
    metadata,
    blocks,
    organizations: [],
    places: [],
    people: [],
    dates: [],
    proposals: [],
    warnings: [],
  }
  if (options.extract !== false) {
    const analysed = blocks.filter(
      (block) => block.type !== 'boilerplate' || block.reason === 'publication',
    )
    const context = { source, lines, messages, analysed }
    for (const step of options.steps ?? defaultSteps) step.run(document, context)
  }
  document.warnings = messages.sorted()
  return document
}
