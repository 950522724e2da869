// Input and output as the operating system gives them, through the built executable:
// endless and binary inputs end after their first bytes, a closed pipe ends quietly, and
// an output that cannot be written is one line (exit 3).
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('../..', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')
const folder = mkdtempSync(join(tmpdir(), 'communique-io-'))

function run(args: string[], options: { input?: string | Buffer; stdout?: number } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input: options.input,
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function shell(command: string) {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CLI: cli },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const hasDevices = existsSync('/dev/zero') && existsSync('/dev/full')

describe.skipIf(!hasDevices)('endless and binary inputs end after their first bytes', () => {
  it.each([
    ['/dev/zero', 'binary input (NUL byte at offset 0)'],
    ['/dev/urandom', 'binary input ('],
  ])('parse %s: exit 3 and one line', (device, message) => {
    const { code, stdout, stderr } = run(['parse', device])
    expect(code).toBe(3)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^communique: [^\n]+\n$/)
    expect(stderr).toContain(`${device}: ${message}`)
  })

  it('cat /dev/zero | communique parse -', () => {
    const { code, stderr } = shell('cat /dev/zero | node "$CLI" parse -')
    expect(stderr).toBe('communique: <stdin>: binary input (NUL byte at offset 0)\n')
    // pipefail: cat dies of the closed pipe (141) once communique has stopped reading.
    expect([3, 141]).toContain(code)
  })

  it('an endless text stops at the size limit', () => {
    const { stderr } = shell('yes "The Council met." | node "$CLI" parse - --max-length 1000')
    expect(stderr).toMatch(/^communique: <stdin>: input too large \([^\n]*1000 characters\)\n$/)
  })
})

describe('a reader that goes away', () => {
  it('communique parse big.txt | head -c 10: quiet, exit 0', () => {
    // A few hundred KB of JSON: more than a pipe holds, so the write meets a closed pipe.
    const big = join(folder, 'big.txt')
    writeFileSync(big, 'The Council met in Geneva on 3 June 2021 with the SCO.\n\n'.repeat(400))
    const { code, stdout, stderr } = shell(`node "$CLI" parse "${big}" -q -f json | head -c 10`)
    expect(stdout).toBe('{\n  "schem')
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})

describe.skipIf(!hasDevices)('outputs that cannot be written: exit 3, one line', () => {
  it.each([
    ['/dev/full', 'cannot write /dev/full: no space left on device'],
    [
      join(folder, 'missing/doc.json'),
      `cannot write ${folder}/missing/doc.json: no such file or directory`,
    ],
    [folder, `cannot write ${folder}: is a directory`],
  ])('--output %s', (output, message) => {
    const { code, stderr } = run(['parse', 'fixtures/news.txt', '-q', '--output', output])
    expect(code).toBe(3)
    expect(stderr).toBe(`communique: ${message}\n`)
  })

  it('standard output on a full disk', () => {
    const full = openSync('/dev/full', 'w')
    try {
      const { code, stderr } = run(['parse', 'fixtures/news.txt', '-q'], { stdout: full })
      expect(stderr).toBe('communique: cannot write standard output: no space left on device\n')
      expect(code).toBe(3)
    } finally {
      closeSync(full)
    }
  })
})

describe('UTF-16 with a byte order mark', () => {
  const text = readFileSync(join(root, 'fixtures/news.txt'), 'utf8')
  const expected = JSON.parse(run(['parse', 'fixtures/news.txt', '-q']).stdout)

  it.each([
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ])('reads %s as the same text', (name, bytes) => {
    const file = join(folder, `${name}.txt`)
    writeFileSync(file, bytes)
    const { code, stdout, stderr } = run(['parse', file, '-q'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const document = JSON.parse(stdout)
    expect(document.metadata).toEqual(expected.metadata)
    expect(document.blocks.map((b: { text: string }) => b.text)).toEqual(
      expected.blocks.map((b: { text: string }) => b.text),
    )
  })
})
