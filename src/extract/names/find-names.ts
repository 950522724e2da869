import type { Step } from '../context.js'
import { candidatesOf } from './entity-candidates.js'
import { foldCapitals } from './fold-capitals.js'
import { findChunks } from './name-chunks.js'
import { splitNames } from './split-names.js'
import { tokenize } from './tokenize.js'

/**
 * Read every analysed sentence once: its words, its runs of capitalised words and
 * the names they split into. Boilerplate is skipped, publication lines included:
 * page furniture names no organization, place or person.
 */
export const findNames: Step = {
  name: 'find-names',
  run(document, context) {
    const candidates = candidatesOf(document)
    for (const block of context.analysed) {
      if (block.type === 'boilerplate') continue
      for (const sentence of block.sentences) {
        const tokens = foldCapitals(tokenize(sentence.text))
        const chunks = findChunks(tokens)
        // A sentence without a capitalised word names nobody: its words are not kept (a run
        // of punctuation or lower-case words would hold one object per token until the end).
        if (chunks.length === 0 && block.type !== 'dateline' && !tokens.some((t) => t.cap)) {
          continue
        }
        candidates.sentences.push({
          block,
          sentence,
          tokens,
          chunks,
          names: chunks.map(splitNames),
        })
      }
    }
  },
}
