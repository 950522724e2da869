// `communique parse` over many inputs, and `communique index`, as a user runs them.
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toJson } from '../../src/export/json/to-json.js'
import { corpusIndexSchema } from '../../src/model/corpus-index.js'
import { parse } from '../../src/parse.js'
import { runCli } from './run-streams.js'

const root = new URL('../..', import.meta.url).pathname
process.chdir(root)
const files = [
  'fixtures/corpus/2023/basin-ministers-communique.txt',
  'fixtures/corpus/2023/fisheries-statement.md',
  'fixtures/corpus/2024/nairobi-declaration.txt',
  'fixtures/corpus/2024/nairobi-news.txt',
  'fixtures/corpus/2024/platform-update.txt',
]
const records = (ndjson: string) =>
  ndjson
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
const scratch = () => mkdtempSync(join(tmpdir(), 'communique-cli-corpus-'))

describe('communique parse over many inputs', () => {
  it('writes one {path, document} line per input, in input order, as parse gives each', async () => {
    const { code, stdout, stderr } = await runCli([
      'parse',
      'fixtures/corpus',
      '--format',
      'ndjson',
      '--jobs',
      '2',
    ])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = records(stdout)
    expect(lines.map((line) => line.path)).toEqual(files)
    for (const line of lines)
      expect(line.document).toEqual(JSON.parse(toJson(parse(readFileSync(line.path)))))
  })

  it('gives the same lines unordered, from a glob and a list', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'list.txt'), `${files[4]}\n\n# a comment\n${files[3]}\n`)
    const { code, stdout } = await runCli([
      'parse',
      'fixtures/corpus/2023/*',
      '--from-list',
      join(dir, 'list.txt'),
      '--unordered',
      '--jobs',
      '2',
    ])
    expect(code).toBe(0)
    expect(
      records(stdout)
        .map((line) => line.path)
        .sort(),
    ).toEqual(files.filter((f) => f !== files[2]))
  })

  it('reports a failing input in one stderr line and one record, goes on, and exits 1', async () => {
    const dir = scratch()
    const binary = join(dir, 'binary.txt')
    writeFileSync(binary, Buffer.from([0x41, 0, 0, 0, 7, 0]))
    const { code, stdout, stderr } = await runCli([
      'parse',
      binary,
      'fixtures/none.txt',
      files[3]!,
      '--jobs',
      '1',
    ])
    expect(code).toBe(1)
    const lines = stderr.split('\n').filter(Boolean)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(new RegExp(`^communique: ${binary}: binary`))
    expect(lines[1]).toBe('communique: fixtures/none.txt: no such file')
    const out = records(stdout)
    expect(out.map((line) => [line.path, line.error?.code ?? 'ok'])).toEqual([
      [binary, 'binary'],
      ['fixtures/none.txt', 'read'],
      [files[3], 'ok'],
    ])
  })

  it('reads standard input among the inputs as -', async () => {
    const { code, stdout } = await runCli(['parse', '-', files[1]!, '--format', 'ndjson'], {
      stdin: 'KAMPALA, May 2 (Lakeside Wire) -- The Council met.',
    })
    expect(code).toBe(0)
    const out = records(stdout)
    expect(out[0].path).toBe('-')
    expect(out[0].document.metadata.place).toBe('Kampala')
  })

  it('writes one file per input under --out-dir, and skips outputs newer than their input', async () => {
    const dir = scratch()
    const first = await runCli(['parse', 'fixtures/corpus', '--out-dir', dir, '--jobs', '2'])
    expect(first.code).toBe(0)
    expect(readdirSync(join(dir, '2024')).sort()).toEqual([
      'nairobi-declaration.json',
      'nairobi-news.json',
      'platform-update.json',
    ])
    const written = readFileSync(join(dir, '2023/fisheries-statement.json'), 'utf8')
    expect(written).toBe(`${toJson(parse(readFileSync(files[1]!)))}\n`)
    const again = await runCli(['parse', 'fixtures/corpus', '--out-dir', dir])
    expect(again.stderr).toBe(
      'communique: 0 parsed, 0 failed, 5 skipped (output newer than input)\n',
    )
    // An output older than its input is parsed again.
    const old = join(dir, '2024/nairobi-news.json')
    utimesSync(old, new Date(2000, 0, 1), new Date(2000, 0, 1))
    const third = await runCli(['parse', 'fixtures/corpus', '--out-dir', dir])
    expect(third.stderr).toBe(
      'communique: 1 parsed, 0 failed, 4 skipped (output newer than input)\n',
    )
    expect(statSync(old).mtime.getFullYear()).toBeGreaterThan(2000)
    const forced = await runCli([
      'parse',
      'fixtures/corpus',
      '--out-dir',
      dir,
      '--force',
      '--format',
      'md',
    ])
    expect(forced.code).toBe(0)
    expect(readFileSync(join(dir, '2024/nairobi-news.md'), 'utf8')).toMatch(/^---\n/)
  })

  it('draws a progress bar on a terminal, and nothing with --quiet or in a pipe', async () => {
    const args = ['parse', 'fixtures/corpus', '--format', 'ndjson', '--jobs', '2']
    const tty = await runCli(args, { tty: true })
    expect(tty.stderr).toMatch(/5\/5 files {2}[\d.]+\/[\d.]+ MB {2}[\d.]+ MB\/s {2}ETA \d\d:\d\d/)
    expect((await runCli([...args, '--quiet'], { tty: true })).stderr).toBe('')
    expect((await runCli(args)).stderr).toBe('')
  })

  it.each([
    [['parse', 'fixtures/corpus', '--format', 'json'], /--format ndjson or --out-dir/],
    [['parse', 'fixtures/corpus', '--jobs', '0'], /--jobs must be a whole number/],
    [
      ['parse', 'fixtures/corpus', '--out-dir', 'x', '--format', 'ndjson'],
      /--out-dir writes json or md/,
    ],
  ])('refuses %j as bad usage', async (args, message) => {
    const { code, stderr } = await runCli(args)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })
})

describe('communique index', () => {
  it('indexes an NDJSON stream of parse results as JSON with its schema', async () => {
    const dir = scratch()
    const ndjson = join(dir, 'corpus.ndjson')
    writeFileSync(ndjson, (await runCli(['parse', 'fixtures/corpus', '--format', 'ndjson'])).stdout)
    const { code, stdout } = await runCli(['index', ndjson])
    expect(code).toBe(0)
    const index = corpusIndexSchema.parse(JSON.parse(stdout))
    expect(index.documents.map((d) => d.id)).toEqual(files)
    expect(index.organizations[0]!.name).toBe('Lake Basin Water Council')
    // A directory is parsed on the spot and gives the same index.
    const fromDir = await runCli(['index', 'fixtures/corpus', '--jobs', '2'])
    expect(JSON.parse(fromDir.stdout)).toEqual(index)
  })

  it('writes Markdown, and CSV tables into --out-dir', async () => {
    const md = await runCli(['index', 'fixtures/corpus', '--format', 'md'])
    expect(md.stdout).toMatch(/^# Corpus index\n\n5 documents: /)
    const dir = scratch()
    const csv = await runCli(['index', 'fixtures/corpus', '--format', 'csv', '--out-dir', dir])
    expect(csv.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual([
      'documents.csv',
      'entities.csv',
      'entity-documents.csv',
      'errors.csv',
      'proposals.csv',
      'timeline.csv',
    ])
    expect(readFileSync(join(dir, 'documents.csv'), 'utf8').split('\r\n')).toHaveLength(7)
    expect((await runCli(['index', 'fixtures/corpus', '--format', 'csv'])).code).toBe(2)
  })

  it('says which line of an NDJSON input is not a record', async () => {
    const dir = scratch()
    const bad = join(dir, 'bad.ndjson')
    writeFileSync(bad, '{"path":"a.txt","error":{"message":"no such file"}}\nnot json\n')
    const { code, stderr } = await runCli(['index', bad])
    expect(code).toBe(3)
    expect(stderr).toBe(`communique: ${bad}:2: not a JSON line\n`)
  })
})
