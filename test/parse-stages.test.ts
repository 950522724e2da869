import { describe, expect, it } from 'vitest'
import { InputError } from '../src/input/decode.js'
import { parse, parseStages } from '../src/parse.js'

const text =
  'BRUSSELS, March 3 (Reuters) -- The Council adopted conclusions on Monday.\n\nThe ministers agreed to meet again in Geneva.'

function stagesOf(input: string, options: Parameters<typeof parse>[1] = {}) {
  const seen: [string, number][] = []
  const document = parse(input, { ...options, onStage: (name, ms) => seen.push([name, ms]) })
  return { document, seen }
}

describe('parse as a list of stages', () => {
  it('runs the named stages in order, from the input to extraction', () => {
    expect(parseStages.map((stage) => stage.name)).toEqual([
      'decode',
      'repair',
      'blocks',
      'classify',
      'dateline',
      'sentences',
      'metadata',
      'extraction',
    ])
  })

  it('reports each stage by name with its time', () => {
    const { document, seen } = stagesOf(text)
    expect(seen.map(([name]) => name)).toEqual(parseStages.map((stage) => stage.name))
    for (const [, ms] of seen) expect(ms).toBeGreaterThanOrEqual(0)
    expect(document.blocks[0]!.type).toBe('dateline')
    expect(document.places.map((place) => place.name)).toContain('Geneva')
  })

  it('gives the same document whether its stages are timed or not', () => {
    expect(stagesOf(text).document).toEqual(parse(text))
    expect(stagesOf(text, { extract: false }).document).toEqual(parse(text, { extract: false }))
  })

  it('still assembles the document when extraction is off, with empty entity lists', () => {
    const { document, seen } = stagesOf(text, { extract: false })
    expect(seen.at(-1)![0]).toBe('extraction')
    expect(document.blocks.length).toBeGreaterThan(1)
    expect(document.places).toEqual([])
    expect(document.metadata.inputFormat).toBe('text')
  })

  it('stops at the decode stage when the input is refused', () => {
    const seen: string[] = []
    expect(() => parse(text, { maxLength: 10, onStage: (name) => seen.push(name) })).toThrow(
      InputError,
    )
    expect(seen).toEqual([])
  })
})
