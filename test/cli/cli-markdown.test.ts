import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diff } from '../../src/diff/diff.js'
import { diffToMarkdown } from '../../src/export/diff/diff-to-markdown.js'
import { toMarkdown } from '../../src/export/document/to-markdown.js'
import { parse } from '../../src/parse.js'

const root = new URL('../..', import.meta.url).pathname

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('communique parse --format md', () => {
  it.each(['fixtures/initiative.txt', 'fixtures/news.txt'])('prints toMarkdown of %s', (file) => {
    const { code, stdout, stderr } = run(['parse', file, '--format', 'md', '--quiet'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toBe(toMarkdown(parse(readFileSync(join(root, file)))))
  })

  it('reads its own Markdown back to the same metadata', () => {
    const markdown = run(['parse', 'fixtures/initiative.txt', '--format', 'md']).stdout
    const { stdout } = run(['parse', '-'], markdown)
    expect(JSON.parse(stdout).metadata).toMatchObject({
      title:
        'Wuhan Initiative of the Shanghai Cooperation Organization Forum on People-to-People Friendship',
      date: '2021-06-03',
      place: 'Wuhan',
      issuer: 'Shanghai Cooperation Organization Forum on People-to-People Friendship',
      kind: 'declaration',
      inputFormat: 'markdown',
    })
  })
})

describe('communique diff --format md', () => {
  it('prints diffToMarkdown of the two versions', () => {
    const [a, b] = ['fixtures/initiative.txt', 'fixtures/news.txt']
    const { code, stdout, stderr } = run(['diff', a, b, '--format', 'md', '--quiet'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const read = (file: string) => parse(readFileSync(join(root, file)))
    expect(stdout).toBe(diffToMarkdown(diff(read(a), read(b))))
    expect(stdout.startsWith('# Comparison of A and B\n')).toBe(true)
  })
})
