import type { Step } from '../context.js'
import { candidatesOf } from './entity-candidates.js'
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
        const tokens = tokenize(sentence.text)
        const chunks = findChunks(tokens)
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
