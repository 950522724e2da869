// The diff command: a readable report by default (ANSI colours only when asked), JSON on
// request, Markdown the redline of diffToMarkdown.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diff } from '../../src/diff/diff.js'
import { diffToMarkdown } from '../../src/export/diff/diff-to-markdown.js'
import { diffToText } from '../../src/export/diff/diff-to-text.js'
import { diffToJson } from '../../src/export/json/diff-to-json.js'
import { documentDiffSchema } from '../../src/model/diff.js'
import { parse } from '../../src/parse.js'

const root = new URL('../..', import.meta.url).pathname
const documents = ['initiative.txt', 'news.txt'].map((name) =>
  parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url))),
)
const result = diff(documents[0]!, documents[1]!)
const command = {
  render(_documents: unknown, format: string, { color }: { color: boolean }) {
    if (format === 'json') return diffToJson(result)
    if (format === 'md') return diffToMarkdown(result)
    return diffToText(result, { color })
  },
}

describe('communique diff', () => {
  it('writes the text report by default, json or md on request', () => {
    const run = (args: string[]) =>
      spawnSync(
        process.execPath,
        [
          join(root, 'dist/cli.js'),
          'diff',
          'fixtures/initiative.txt',
          'fixtures/news.txt',
          ...args,
        ],
        { cwd: root, encoding: 'utf8' },
      ).stdout
    expect(run(['-q'])).toBe(diffToText(result))
    expect(run(['-q', '--format', 'json'])).toBe(`${diffToJson(result)}\n`)
    expect(run(['-q', '--format', 'md'])).toBe(diffToMarkdown(result))
  })

  it('writes a compact report: versions, counts, paragraphs, changes, entities', () => {
    const text = command.render(documents, 'text', { color: false })
    expect(text).toMatch(/^A {2}Wuhan Initiative of the Shanghai Cooperation Organization Forum/)
    expect(text).toContain('19 -> 7 sentences')
    expect(text).toContain('A¶4-9 deleted')
    expect(text).toMatch(/inflection\s+speaks -> spoke/)
    expect(text).toMatch(/reordering\s+civilization diversity -> diversity of civilizations/)
    expect(text).toContain('= 1 sentence(s) unchanged')
    expect(text).toMatch(/dates\s+\d+ in both/)
    expect(text).not.toContain('\u001b[')
  })

  it('colours the report only when asked', () => {
    expect(command.render(documents, 'text', { color: true })).toContain('\u001b[31m')
  })

  it('writes JSON that the diff schema reads, in the documented shape', () => {
    const json = JSON.parse(command.render(documents, 'json', { color: true }))
    expect(() => documentDiffSchema.parse(json)).not.toThrow()
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'a',
      'b',
      'summary',
      'alignments',
      'paragraphs',
      'entities',
      'conflicts',
    ])
    expect(Object.keys(json.alignments[0])).toEqual(
      expect.arrayContaining(['kind', 'class', 'similarity', 'a', 'b', 'changes']),
    )
    expect(Object.keys(json.entities)).toEqual([
      'organizations',
      'places',
      'people',
      'dates',
      'proposals',
    ])
    expect(Object.keys(json.entities.organizations)).toEqual(['onlyA', 'onlyB', 'both'])
  })

  it('writes Markdown through the same table: the redline of diffToMarkdown', () => {
    expect(command.render(documents, 'md', { color: false })).toMatch(/^# Comparison of A and B\n/)
  })
})
