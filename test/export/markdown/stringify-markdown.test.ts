import fc from 'fast-check'
import type { Nodes, PhrasingContent, Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { stringifyMarkdown } from '../../../src/export/markdown/stringify-markdown.js'
import { readMarkdown } from '../../read-markdown.js'

/** Short strings of Markdown-significant characters, addresses and any Unicode. */
const anyText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))),
      fc.constantFrom('é', '“', '’', 'www.', '@example.org', 'http://', '<b>', '1. '),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 12,
  })
  .map((text) => text.replace(/\s+/g, ' '))
  .filter((text) => text.trim() !== '')

type Mark = 'text' | 'strong' | 'emphasis' | 'delete'

/** Runs of text with the mark they are set in; two neighbours never share a mark. */
const runs = fc
  .array(
    fc.record({
      mark: fc.constantFrom<Mark>('text', 'strong', 'emphasis', 'delete'),
      value: anyText,
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((list) =>
    list.reduce<Array<{ mark: Mark; value: string }>>((out, run) => {
      const last = out[out.length - 1]
      if (last?.mark === run.mark) last.value += run.value
      else out.push({ ...run })
      return out
    }, []),
  )

/** What a reader sees: text with its mark, neighbours of one mark joined; anything else is named. */
function readRuns(
  node: Nodes,
  mark: string,
  out: Array<[string, string]>,
): Array<[string, string]> {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const last = out[out.length - 1]
    if (last && last[0] === mark) last[1] += node.value
    else out.push([mark, node.value])
  } else if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete') {
    for (const child of node.children) readRuns(child, node.type, out)
  } else if (node.type === 'paragraph' || node.type === 'root' || node.type === 'tableCell') {
    for (const child of node.children) readRuns(child as Nodes, mark, out)
  } else out.push([`unexpected ${node.type}`, ''])
  return out
}

function paragraphOf(list: Array<{ mark: Mark; value: string }>): Root {
  const children = list.map(
    ({ mark, value }): PhrasingContent =>
      mark === 'text'
        ? { type: 'text', value }
        : { type: mark, children: [{ type: 'text', value }] },
  )
  return { type: 'root', children: [{ type: 'paragraph', children }] }
}

describe('property: stringifyMarkdown keeps text as text', () => {
  it('text in plain, bold, italic and struck runs reads back in the same runs', () => {
    fc.assert(
      fc.property(runs, (list) => {
        const tree = readMarkdown(stringifyMarkdown(paragraphOf(list)))
        expect(tree.children.map((node) => node.type)).toEqual(['paragraph'])
        expect(readRuns(tree, 'text', [])).toEqual(list.map(({ mark, value }) => [mark, value]))
      }),
      { numRuns: 400 },
    )
  })

  it('text in table cells reads back as the same cells', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText), { minLength: 1, maxLength: 3 }), (rows) => {
        const table: Root = {
          type: 'root',
          children: [
            {
              type: 'table',
              children: [['A', 'B'], ...rows].map((row) => ({
                type: 'tableRow',
                children: row.map((value) => ({
                  type: 'tableCell',
                  children: [{ type: 'text', value }],
                })),
              })),
            },
          ],
        }
        const tree = readMarkdown(stringifyMarkdown(table))
        const read = tree.children.flatMap((node) =>
          node.type === 'table'
            ? node.children.map((row) => row.children.map((cell) => readRuns(cell, 'text', [])))
            : [[[[`unexpected ${node.type}`, '']]]],
        )
        const trimmed = (value: string) => [['text', value.trim()]]
        expect(read).toEqual([['A', 'B'], ...rows].map((row) => row.map(trimmed)))
      }),
      { numRuns: 300 },
    )
  })
})
