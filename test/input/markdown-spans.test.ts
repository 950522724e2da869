import { describe, expect, it } from 'vitest'
import { sourceSpan } from '../../src/input/text-map.js'
import { parse } from '../../src/parse.js'

const source = 'The **European Union** and [ASEAN](https://asean.org) met in *Brussels*.\n'
const block = parse(source, { format: 'markdown', extract: false }).blocks[0]!

describe('spans of text set in Markdown syntax', () => {
  it.each(['The', 'European Union', 'ASEAN', 'Brussels', 'met in', 'Brussels.'])(
    '%j maps to its source without the syntax around it',
    (words) => {
      const from = block.text.indexOf(words)
      const span = sourceSpan(block, from, from + words.length)
      expect(source.slice(span.start, span.end).replace(/\*/g, '')).toBe(words)
      expect(source.slice(span.start, span.end).startsWith('*')).toBe(false)
      expect(/\*\*$|\]$|\)$/.test(source.slice(span.start, span.end))).toBe(false)
    },
  )

  it('ends a dateline in bold before the closing **', () => {
    const document = parse('# T\n\n**date 2021-06-04** Leaders met in Wuhan.\n')
    const dateline = document.blocks.find((b) => b.type === 'dateline')!
    expect(document.metadata.dateline?.text).toBe('date 2021-06-04')
    expect(dateline.end - dateline.start).toBe('date 2021-06-04'.length)
  })
})
