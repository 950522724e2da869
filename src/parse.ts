import type { Root } from 'mdast'
import { runSteps, type Step } from './extract/context.js'
import { releaseCandidates } from './extract/names/entity-candidates.js'
import type { Input } from './input/decode.js'
import type { LineIndex } from './input/line-index.js'
import type { MessageCollector } from './input/messages.js'
import { defaultMaxLength, readInput } from './input/read-input.js'
import type { Repair } from './input/repair.js'
import { reportRepairs } from './input/report-repairs.js'
import { documentMetadata } from './metadata/document-metadata.js'
import { readDate } from './metadata/read-date.js'
import { splitDateline } from './metadata/split-dateline.js'
import type { Block, CommuniqueDocument, Dateline, Metadata } from './model/document.js'
import { schemaVersion } from './model/versions.js'
import { steps as defaultSteps } from './pipeline.js'
import { type BlockPiece, buildBlocks } from './segment/build-blocks.js'
import { type Classified, classify } from './segment/classify.js'
import { type ReadBlocks, readBlocks } from './segment/read-blocks.js'

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
  /** Called after each parse stage with its name and wall time in milliseconds (profiling). */
  onStage?: (name: string, milliseconds: number) => void
}

export { defaultMaxLength }

/** What the parse stages hand on to each other; each stage fills its part. */
export interface ParseState {
  input: Input
  options: ParseOptions
  source: string
  lines: LineIndex
  messages: MessageCollector
  repairs: Repair[]
  read: ReadBlocks
  classified: Classified[]
  pieces: BlockPiece[]
  dateline: Dateline | null
  blocks: Block[]
  metadata: Metadata
  document: CommuniqueDocument
}

/** One stage of parse: reads what earlier stages left in the state, adds its part. */
export interface ParseStage {
  name: string
  run(state: ParseState): void
}

/**
 * The stages of parse, in order, from the input to the document. Each lives in the
 * folder of its layer; extraction runs the steps of pipeline.ts.
 */
export const parseStages: ParseStage[] = [
  // Bytes or a string to the source text (size checked), its line index and the messages
  // every later stage writes to; warnings about encoding, blank input, control characters.
  {
    name: 'decode',
    run(state) {
      const { source, lines, messages } = readInput(state.input, state.options.maxLength)
      state.source = source
      state.lines = lines
      state.messages = messages
    },
  },
  // Mis-decoded characters, digits for apostrophes, words broken at line ends: found and
  // reported here, applied where the blocks' text is normalised.
  {
    name: 'repair',
    run(state) {
      state.repairs = reportRepairs(state.source, state.messages)
    },
  },
  // Markdown or plain text (detected), its candidate blocks and their normalised text.
  {
    name: 'blocks',
    run(state) {
      state.read = readBlocks(
        state.source,
        state.options.tree ? 'markdown' : state.options.format,
        state.repairs,
        state.messages,
        state.options.tree,
      )
    },
  },
  // Each block's role: heading, paragraph, list item, signature, boilerplate by shape.
  {
    name: 'classify',
    run(state) {
      state.classified = classify(state.read.candidates, state.read.mapped, (text) =>
        readDate(text),
      )
    },
  },
  // A news dateline cut off the first paragraphs, with its place, agency and date.
  {
    name: 'dateline',
    run(state) {
      const { pieces, dateline } = splitDateline(state.classified, state.source, state.messages)
      state.pieces = pieces
      state.dateline = dateline
    },
  },
  // Blocks with their source spans and positions, and the sentences of each.
  {
    name: 'sentences',
    run(state) {
      state.blocks = buildBlocks(state.pieces, state.lines, state.messages)
    },
  },
  // Title, date, place, issuer, kind; a Markdown front matter over them.
  {
    name: 'metadata',
    run(state) {
      state.metadata = documentMetadata({
        source: state.source,
        blocks: state.blocks,
        dateline: state.dateline,
        inputFormat: state.read.format,
        frontMatter: state.read.markdown?.frontMatter,
        lines: state.lines,
        messages: state.messages,
      })
    },
  },
  // Entities, dates and proposals: the steps of pipeline.ts (unless extraction is off).
  {
    name: 'extraction',
    run(state) {
      state.document = assemble(state)
      if (state.options.extract !== false) {
        runSteps(state.document, state, state.options.steps ?? defaultSteps)
        // The steps' shared candidates (every sentence's words) go with the parse, not the document.
        releaseCandidates(state.document)
      }
    },
  },
]

/** The document of the structure read so far, its entity lists empty for extraction to fill. */
function assemble(state: ParseState): CommuniqueDocument {
  return {
    schemaVersion,
    metadata: state.metadata,
    blocks: state.blocks,
    organizations: [],
    places: [],
    people: [],
    dates: [],
    proposals: [],
    warnings: [],
  }
}

/**
 * Parse an official text into a document: blocks and sentences with their
 * places in the input, metadata, extracted entities and proposals, and warnings.
 * Bad input yields a document with warnings; only bytes that are not text
 * (or an input over `maxLength`) throw an `InputError`.
 */
export function parse(input: Input, options: ParseOptions = {}): CommuniqueDocument {
  // Every field but these two is filled by the stage that owns it, in order.
  const state = { input, options } as ParseState
  const { onStage } = options
  for (const stage of parseStages) {
    if (!onStage) {
      stage.run(state)
      continue
    }
    const start = performance.now()
    stage.run(state)
    onStage(stage.name, performance.now() - start)
  }
  state.document.warnings = state.messages.sorted()
  return state.document
}
