// The command line's behaviour as a user meets it: exit codes, warnings on standard error
// (or not, with --quiet), colour, text on a terminal and JSON in a pipe.
import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }
import { runCli } from './run-streams.js'

const root = new URL('../..', import.meta.url).pathname
process.chdir(root)
const initiative = readFileSync('fixtures/initiative.txt', 'utf8')
const ansi = /\u001b\[\d+m/

describe('exit codes', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['an unknown option', ['parse', 'fixtures/news.txt', '--bogus']],
    ['a format the command lacks', ['parse', 'fixtures/news.txt', '--format', 'xml']],
    ['a bad --max-length', ['parse', 'fixtures/news.txt', '--max-length', '-5']],
    ['two standard inputs', ['diff', '-', '-']],
    ['one file to diff', ['diff', 'fixtures/news.txt']],
  ])('2 for bad usage: %s, in one line', async (_name, args) => {
    const { code, stdout, stderr } = await runCli(args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^communique: [^\n]+\n$/)
  })

  it('3 for a file that cannot be read, in one line', async () => {
    const { code, stderr } = await runCli(['parse', 'fixtures/none.txt'])
    expect(code).toBe(3)
    expect(stderr).toBe('communique: fixtures/none.txt: no such file or directory\n')
  })

  it('4 for an internal error, saying it is a bug and where to report it', async () => {
    // A stream that fails without a system error code: nothing the CLI expects.
    const stdin = new Readable({
      read() {
        this.destroy(new Error('the stream broke'))
      },
    })
    const { code, stderr } = await runCli(['parse', '-'], { stdin })
    expect(code).toBe(4)
    expect(stderr).toMatch(/^communique: internal error: the stream broke\n/)
    expect(stderr).toContain(`Please report it at ${packageJson.bugs.url}`)
  })

  it('diff --exit-code: 1 when the versions differ substantively, 0 when they do not', async () => {
    const pair = ['fixtures/pairs/substantive/a.txt', 'fixtures/pairs/substantive/b.txt']
    expect((await runCli(['diff', ...pair, '-q'])).code).toBe(0)
    const differ = await runCli(['diff', ...pair, '-q', '--exit-code'])
    expect(differ.code).toBe(1)
    expect(differ.stdout).toContain('substantive')
    const same = ['fixtures/pairs/substantive/a.txt', 'fixtures/pairs/substantive/a.txt']
    expect((await runCli(['diff', ...same, '-q', '--exit-code'])).code).toBe(0)
    const editorial = ['fixtures/pairs/editorial/a.txt', 'fixtures/pairs/editorial/b.txt']
    const result = await runCli(['diff', ...editorial, '-q', '--exit-code', '--format', 'json'])
    expect(JSON.parse(result.stdout).summary.classes.substantive).toBe(0)
    expect(result.code).toBe(0)
  })
})

describe('warnings on standard error', () => {
  it('prints each warning as file:line:column  rule-id  message, at its place in the file', async () => {
    const { code, stderr } = await runCli(['parse', 'fixtures/initiative.txt', '-f', 'json'])
    expect(code).toBe(0)
    const lines = stderr.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThan(0)
    const inputLines = initiative.split('\n')
    for (const line of lines) {
      const match = /^fixtures\/initiative\.txt:(\d+):(\d+) {2}([a-z-]+) {2}(.+)$/.exec(line)
      expect(match, line).not.toBeNull()
      const [, row, column, rule, message] = match!
      if (rule === 'input-digit-apostrophe-repaired') {
        const actual = /`(.)` read as/.exec(message!)![1]
        expect(inputLines[Number(row) - 1]![Number(column) - 1]).toBe(actual)
      }
    }
  })

  it('prints none with --quiet (or -q)', async () => {
    for (const flag of ['--quiet', '-q']) {
      const { code, stderr, stdout } = await runCli(['parse', 'fixtures/initiative.txt', flag])
      expect(code).toBe(0)
      expect(stderr).toBe('')
      expect(JSON.parse(stdout).warnings.length).toBeGreaterThan(0)
    }
  })

  it('warns about empty standard input instead of exiting silently', async () => {
    const { code, stderr, stdout } = await runCli(['parse', '-'], { stdin: '' })
    expect(code).toBe(0)
    expect(stderr).toBe('<stdin>:1:1  input-empty  input is empty\n')
    expect(JSON.parse(stdout).warnings[0].ruleId).toBe('input-empty')
  })
})

describe('output format and colour', () => {
  it('is readable text on a terminal and JSON in a pipe', async () => {
    const tty = await runCli(['parse', 'fixtures/initiative.txt', '-q'], { tty: true })
    expect(tty.stdout).toMatch(/^\u001b\[1mWuhan Initiative of the Shanghai Cooperation/)
    const piped = await runCli(['parse', 'fixtures/initiative.txt', '-q'])
    expect(JSON.parse(piped.stdout).metadata.place).toBe('Wuhan')
  })

  it('gives title, date, place, kind, counts, entities and proposals as short lists', async () => {
    const { stdout } = await runCli(['parse', 'fixtures/initiative.txt', '-q', '-f', 'text'])
    const lines = stdout.split('\n')
    expect(lines[0]).toBe(
      'Wuhan Initiative of the Shanghai Cooperation Organization Forum on People-to-People Friendship',
    )
    expect(lines).toContain('date    2021-06-03')
    expect(lines).toContain('place   Wuhan')
    expect(lines).toContain('kind    declaration')
    expect(stdout).toMatch(/^1 heading · (\d+ [a-z ]+ · )+\d+ sentences · 1 warning$/m)
    expect(stdout).toMatch(
      /^Organizations \(\d+\)\n( {2}.+\n)* {2}Shanghai Cooperation Organization ×\d+ {2}1:25$/m,
    )
    expect(stdout).toMatch(/^Places \(\d+\)$/m)
    expect(stdout).toMatch(/^Dates \(\d+\)$/m)
    expect(stdout).toMatch(/^Proposals \(\d+\)\n {2}the Forum: supports · It supports/m)
    expect(stdout).not.toMatch(ansi)
  })

  it.each([
    ['--color in a pipe', ['--color'], {}, false, true],
    ['--no-color on a terminal', ['--no-color'], {}, true, false],
    ['NO_COLOR on a terminal', [], { NO_COLOR: '1' }, true, false],
    ['FORCE_COLOR in a pipe', [], { FORCE_COLOR: '1' }, false, true],
  ])('colours by %s', async (_name, flags, env, tty, coloured) => {
    const args = ['diff', 'fixtures/initiative.txt', 'fixtures/news.txt', ...flags]
    const { stdout, stderr } = await runCli(args, { env, tty })
    expect(ansi.test(stdout)).toBe(coloured)
    expect(ansi.test(stderr)).toBe(coloured)
  })
})
