import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { expandInputs } from '../../src/corpus/expand-inputs.js'
import { type ParsedFile, parseFiles } from '../../src/corpus/parse-files.js'
import { toJson } from '../../src/export/json/to-json.js'
import { parse } from '../../src/parse.js'

// parseFiles runs the built worker (dist/corpus-worker.js): `npm test` builds before vitest.
const corpus = 'fixtures/corpus'
const files = [
  'fixtures/corpus/2023/basin-ministers-communique.txt',
  'fixtures/corpus/2023/fisheries-statement.md',
  'fixtures/corpus/2024/nairobi-declaration.txt',
  'fixtures/corpus/2024/nairobi-news.txt',
  'fixtures/corpus/2024/platform-update.txt',
]

async function collect(iterable: AsyncIterable<ParsedFile>): Promise<ParsedFile[]> {
  const out: ParsedFile[] = []
  for await (const item of iterable) out.push(item)
  return out
}

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'communique-files-'))
  mkdirSync(join(scratch, 'deep/er'), { recursive: true })
  writeFileSync(join(scratch, 'a.txt'), 'The Council met in Kampala on 14 March 2023.')
  writeFileSync(join(scratch, 'deep/er/b.MD'), '# Statement\n\nThe Bank agreed.')
  writeFileSync(join(scratch, 'deep/notes.json'), '{}')
  writeFileSync(join(scratch, 'poison.bin'), Buffer.from([0x41, 0, 0, 1, 2, 3]))
})

describe('expandInputs', () => {
  it('reads a directory recursively for .txt and .md, sorted, relative to the directory', async () => {
    expect(await expandInputs([scratch])).toEqual([
      { path: join(scratch, 'a.txt'), relative: 'a.txt' },
      { path: join(scratch, 'deep/er/b.MD'), relative: 'deep/er/b.MD' },
    ])
  })

  it('expands a glob relative to its fixed folders, and keeps a file named twice once', async () => {
    const inputs = await expandInputs([`${corpus}/*/*.txt`, files[0]!])
    expect(inputs.map((input) => input.path)).toEqual(files.filter((f) => f.endsWith('.txt')))
    expect(inputs[0]!.relative).toBe('2023/basin-ministers-communique.txt')
  })

  it('keeps a file argument whatever its extension, and a missing path to be reported', async () => {
    expect(await expandInputs([join(scratch, 'poison.bin'), 'no/such.txt', '-'])).toEqual([
      { path: join(scratch, 'poison.bin'), relative: 'poison.bin' },
      { path: 'no/such.txt', relative: 'such.txt' },
      { path: '-', relative: 'stdin' },
    ])
  })
})

describe('parseFiles', () => {
  it('parses a directory on worker threads, in input order, as parse() does', async () => {
    const results = await collect(parseFiles([corpus], { jobs: 2 }))
    expect(results.map((result) => result.path)).toEqual(files)
    for (const result of results) {
      expect(result.error).toBeUndefined()
      expect(toJson(result.document!)).toBe(toJson(parse(readFileSync(result.path))))
    }
  })

  it('yields the same results unordered', async () => {
    const ordered = await collect(parseFiles([corpus], { jobs: 2 }))
    const unordered = await collect(parseFiles([corpus], { jobs: 2, unordered: true }))
    const key = (results: ParsedFile[]) =>
      results.map((r) => `${r.path} ${toJson(r.document!, 0)}`).sort()
    expect(key(unordered)).toEqual(key(ordered))
  })

  it('reports a file that fails and goes on', async () => {
    const results = await collect(
      parseFiles([join(scratch, 'poison.bin'), 'no/such.txt', files[1]!], { jobs: 1 }),
    )
    expect(results.map((r) => [r.path, r.error?.code])).toEqual([
      [join(scratch, 'poison.bin'), 'binary'],
      ['no/such.txt', 'read'],
      [files[1], undefined],
    ])
    expect(results[1]!.error!.message).toBe('no such file')
    expect(results[2]!.document!.metadata.title).toBe(
      'Joint Statement on Fisheries in the Shared Lake',
    )
  })

  it('passes parse options to the workers', async () => {
    const [result] = await collect(parseFiles([files[0]!], { jobs: 1, extract: false }))
    expect(result!.document!.organizations).toEqual([])
    expect(result!.document!.blocks.length).toBeGreaterThan(3)
  })

  it('stops with the signal reason when aborted', async () => {
    const controller = new AbortController()
    const seen: string[] = []
    const run = async () => {
      for await (const result of parseFiles([corpus], { jobs: 1, signal: controller.signal })) {
        seen.push(result.path)
        controller.abort(new Error('enough'))
      }
    }
    await expect(run()).rejects.toThrow('enough')
    expect(seen).toEqual([files[0]])
  })
})
