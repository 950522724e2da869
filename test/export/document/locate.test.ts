import { describe, expect, it } from 'vitest'
import { Locator } from '../../../src/export/document/locate.js'
import { parse } from '../../../src/parse.js'

const source = 'First line.\n\nA sentence on one line. Another one\nwrapped onto a second line.\n'
//              line 1       line 3                                line 4
const document = parse(source, { format: 'text', extract: false })

describe('Locator: offsets to line:column without the source', () => {
  it.each([
    ['First', 0, '1:1'],
    ['sentence', source.indexOf('sentence'), '3:3'],
    ['Another', source.indexOf('Another'), '3:25'],
    ['wrapped', source.indexOf('wrapped'), '4:1'],
    ['second', source.indexOf('second'), '4:16'],
  ])('with the line starts parse records, %s is at %s', (_word, offset, label) => {
    expect(new Locator(document).label(offset)).toBe(label)
  })

  it('records one line start per line of the input', () => {
    expect(document.metadata.lineStarts).toEqual([0, 12, 13, 49, 77])
  })

  const older = { ...document, metadata: { ...document.metadata, lineStarts: undefined } }

  it.each([
    ['sentence', source.indexOf('sentence'), '3:3'],
    [
      'wrapped, in a sentence over two lines: that sentence start',
      source.indexOf('wrapped'),
      '3:25',
    ],
  ])('without them (older JSON), %s', (_word, offset, label) => {
    expect(new Locator(older).label(offset)).toBe(label)
  })
})
