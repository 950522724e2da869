import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The package as a user gets it: the packed tarball (the `files` it lists, nothing else),
// installed into a project of its own with only its declared dependencies beside it,
// then imported by name. `npm test` builds dist/ before the tests run.
const root = new URL('..', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
let app: string

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'communique-app-'))
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', app], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  )
  const target = join(app, 'node_modules', 'communique')
  mkdirSync(target, { recursive: true })
  execFileSync('tar', ['-xzf', join(app, packed[0].filename), '-C', target, '--strip-components=1'])
  for (const name of Object.keys(manifest.dependencies)) {
    mkdirSync(join(app, 'node_modules', name, '..'), { recursive: true })
    symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir')
  }
})

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true })
})

function run(code: string, type: 'module' | 'commonjs') {
  const result = spawnSync(process.execPath, ['--input-type', type, '-e', code], {
    cwd: app,
    encoding: 'utf8',
  })
  expect(result.stderr).toBe('')
  return JSON.parse(result.stdout)
}

const text = readFileSync(join(root, 'fixtures/initiative.txt'), 'utf8')
const probe = `
  const doc = parse(text)
  const md = toMarkdown(doc)
  const redline = diffToMarkdown(diff(doc, parse(text.replace('3 June', '4 June'))))
  console.log(JSON.stringify({
    title: doc.metadata.title,
    date: doc.metadata.date,
    markdown: md.startsWith('---\\ntitle: Wuhan Initiative'),
    redline: redline.includes('~~3~~ **4** June'),
    plugin: typeof remarkCommunique,
    schema: schema.$schema,
  }))`
const expected = {
  title:
    'Wuhan Initiative of the Shanghai Cooperation Organization Forum on People-to-People Friendship',
  date: '2021-06-03',
  markdown: true,
  redline: true,
  plugin: 'function',
  schema: 'https://json-schema.org/draft/2020-12/schema',
}

describe('the packed package, imported by name', () => {
  it('works from ESM import', () => {
    const code = `
      import { diff, diffToMarkdown, parse, toMarkdown } from 'communique'
      import remarkCommunique from 'communique/unified'
      import schema from 'communique/schema.json' with { type: 'json' }
      const text = ${JSON.stringify(text)}
      ${probe}`
    expect(run(code, 'module')).toEqual(expected)
  })

  it('works from CommonJS require (Node 20.19+ requires ESM)', () => {
    const code = `
      const { diff, diffToMarkdown, parse, toMarkdown } = require('communique')
      const remarkCommunique = require('communique/unified').default
      const schema = require('communique/schema.json')
      const text = ${JSON.stringify(text)}
      ${probe}`
    expect(run(code, 'commonjs')).toEqual(expected)
  })

  it('runs its command line from the bin it declares', () => {
    const cli = join(app, 'node_modules', 'communique', manifest.bin.communique)
    const result = spawnSync(process.execPath, [cli, 'parse', '-', '--format', 'md'], {
      input: '# Title\n\nText.\n',
      encoding: 'utf8',
    })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('# Title\n\nText.\n')
  })
})

describe('examples/remark-plugin.js', () => {
  it('runs, parsing a Markdown declaration inside remark', () => {
    const result = spawnSync(
      process.execPath,
      ['examples/remark-plugin.js', 'fixtures/docs/asean-chair-statement.md'],
      { cwd: root, encoding: 'utf8' },
    )
    expect(result.stderr).toBe('')
    expect(result.stdout.split('\n')[0]).toBe(
      "Chair's Statement of the 58th ASEAN Foreign Ministers' Meeting (statement, 2025-07-09)",
    )
  })
})
