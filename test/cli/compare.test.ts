// `communique compare`: the collation of three versions as the user runs it (the built CLI).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/diff/collate/compare.js'
import { collationToMarkdown } from '../../src/export/diff/collation-to-markdown.js'
import { parse } from '../../src/parse.js'

const root = new URL('../..', import.meta.url).pathname
const files = ['v1.txt', 'v2.txt', 'v3.txt'].map(
  (name) => `fixtures/collations/three-translations/${name}`,
)

function run(args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('communique compare', () => {
  const documents = files.map((file) => parse(readFileSync(join(root, file))))

  it('prints collationToMarkdown of the versions with --format md', () => {
    const { code, stdout, stderr } = run(['compare', ...files, '--format', 'md', '-q'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toBe(collationToMarkdown(compare(documents)))
  })

  it('compares with the version --base names, counted from 1', () => {
    const { code, stdout } = run(['compare', ...files, '--base', '3', '--format', 'json', '-q'])
    expect(code).toBe(0)
    const collation = JSON.parse(stdout)
    expect(collation.base).toBe(2)
    expect(collation.rows.length).toBe(compare(documents, { base: 2 }).rows.length)
  })

  it('refuses a --base that names no version (usage error)', () => {
    const { code, stderr } = run(['compare', ...files, '--base', '4'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/--base/)
  })
})
