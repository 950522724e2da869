import type { LineIndex } from '../input/line-index.js'
import type { MessageCollector } from '../input/messages.js'
import type { Block, CommuniqueDocument, Sentence } from '../model/document.js'

/** What every extraction and refinement step sees: the document so far and its source. */
export interface ExtractionContext {
  source: string
  lines: LineIndex
  messages: MessageCollector
  /** Blocks whose text is analysed: every block but boilerplate (publication lines included for dates). */
  analysed: Block[]
}

/** One stage of extraction or refinement: reads the document, fills its part. */
export interface Step {
  name: string
  run(document: CommuniqueDocument, context: ExtractionContext): void
}

/** Every sentence of the analysed blocks, in document order, with its block. */
export function* analysedSentences(
  context: ExtractionContext,
): Generator<{ block: Block; sentence: Sentence }> {
  for (const block of context.analysed)
    for (const sentence of block.sentences) yield { block, sentence }
}

/**
 * Run extraction steps in order over a document whose blocks are built. The analysed
 * blocks are every block but boilerplate; publication lines are kept for their dates.
 */
export function runSteps(
  document: CommuniqueDocument,
  { source, lines, messages }: Pick<ExtractionContext, 'source' | 'lines' | 'messages'>,
  steps: readonly Step[],
): void {
  const analysed = document.blocks.filter(
    (block) => block.type !== 'boilerplate' || block.reason === 'publication',
  )
  const context: ExtractionContext = { source, lines, messages, analysed }
  for (const step of steps) step.run(document, context)
}
