import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('../..', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('communique parse', () => {
  it('prints the document of a file as JSON', () => {
    const { code, stdout, stderr } = run(['parse', 'fixtures/initiative.txt', '--format', 'json'])
    // The document's warnings go to standard error, one line each.
    expect(stderr).toMatch(/^(fixtures\/initiative\.txt:\d+:\d+ {2}[a-z-]+ {2}[^\n]+\n)+$/)
    expect(code).toBe(0)
    const document = JSON.parse(stdout)
    expect(document.metadata).toMatchObject({ date: '2021-06-03', place: 'Wuhan' })
  })

  it('reads standard input when the file is -', () => {
    const { code, stdout } = run(['parse', '-'], 'QINGDAO, June 10 (Xinhua) -- The summit opened.')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).metadata.place).toBe('Qingdao')
  })

  it('writes to --output instead of standard output', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'communique-')), 'doc.json')
    const { code, stdout } = run(['parse', 'fixtures/news.txt', '--output', out])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).metadata.kind).toBe('news')
  })

  it('honours --input-format', () => {
    const { stdout } = run(['parse', '-', '--input-format', 'markdown'], '# Heading\n\nText.')
    expect(JSON.parse(stdout).blocks[0]).toMatchObject({ type: 'heading', text: 'Heading' })
  })

  it('prints a Markdown reading with --format md', () => {
    const { code, stdout } = run(['parse', 'fixtures/initiative.txt', '--format', 'md'])
    expect(code).toBe(0)
    expect(stdout).toContain('Wuhan Initiative of the Shanghai Cooperation Organization')
  })
})

describe('communique on bad input (exit 3, one line on stderr)', () => {
  it.each([
    [
      'a missing file',
      ['parse', 'fixtures/missing.txt'],
      /^communique: fixtures\/missing\.txt: no such file or directory\n$/,
    ],
    // A directory is a corpus (test/cli/parse-corpus.test.ts); one without texts is refused.
    [
      'a directory without .txt or .md files',
      ['parse', 'dist'],
      /^communique: no input: no \.txt or \.md file found\n$/,
    ],
  ])('rejects %s', (_name, args, message) => {
    const { code, stderr } = run(args)
    expect(code).toBe(3)
    expect(stderr).toMatch(message)
  })

  it('rejects binary input, naming the NUL byte', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'communique-')), 'x.bin')
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))
    const { code, stderr } = run(['parse', file])
    expect(code).toBe(3)
    expect(stderr).toBe(`communique: ${file}: binary input (NUL byte at offset 4)\n`)
  })

  it('parses an empty file with a warning rather than failing', () => {
    const { code, stdout } = run(['parse', '-'], '')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).warnings[0].ruleId).toBe('input-empty')
  })
})

describe('communique usage (exit 2)', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate', 'x']],
    ['an unknown option', ['parse', 'fixtures/news.txt', '--bogus']],
    ['a wrong format', ['parse', 'fixtures/news.txt', '--format', 'xml']],
    ['a wrong input format', ['parse', 'fixtures/news.txt', '--input-format', 'html']],
    ['a missing file argument', ['parse']],
  ])('rejects %s with one line on stderr', (_name, args) => {
    const { code, stderr } = run(args)
    expect(code).toBe(2)
    expect(stderr).toMatch(/^communique: [^\n]+\n$/)
  })

  it('prints help and version', () => {
    expect(run(['--help']).stdout).toMatch(/^Usage: communique <command>/)
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
