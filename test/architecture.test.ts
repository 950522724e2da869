import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The layering ARCHITECTURE.md describes, read from the imports of src/: no import cycle,
// and no file importing from a folder of a later layer (model/ and data/ are open to all).
const src = new URL('../src/', import.meta.url).pathname
const layers = [
  'input',
  'segment',
  'metadata',
  'extract',
  'refine',
  'pipeline.ts',
  'parse.ts',
  'parse-entry.ts',
  'diff',
  'export',
  'corpus',
  'queue',
  'unified.ts',
  'cli',
  'index.ts',
]
const open = new Set(['model', 'data'])
// Files of a later layer that earlier layers may read, each with why. The gazetteer is the
// curated place and body tables with their look-up; the document's place (metadata/) and the
// front-matter reading (segment/) ask it whether a line names a place.
const openFiles = new Set(['extract/names/gazetteer.ts', 'extract/names/tokenize.ts'])

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

const imports = new Map<string, string[]>()
for (const file of files(src)) {
  const text = readFileSync(file, 'utf8')
  const targets = [...text.matchAll(/^(?:import|export)\s[^'"=();]*?from\s+'(\.[^']+\.js)'/gm)].map(
    (match) => resolve(dirname(file), match[1]!).replace(/\.js$/, '.ts'),
  )
  imports.set(file, targets)
}
const top = (file: string) => relative(src, file).split('/')[0]!
const name = (file: string) => relative(src, file)

describe('the layout of src/', () => {
  it('reads every relative import as a file of src/', () => {
    const missing = [...imports].flatMap(([file, targets]) =>
      targets.filter((target) => !imports.has(target)).map((t) => `${name(file)} -> ${t}`),
    )
    expect(missing).toEqual([])
  })

  it('puts every file in a known layer', () => {
    const unknown = [...imports.keys()].map(top).filter((t) => !open.has(t) && !layers.includes(t))
    expect([...new Set(unknown)]).toEqual([])
  })

  it('has no import from a folder of a later layer', () => {
    const rank = (file: string) => (open.has(top(file)) ? -1 : layers.indexOf(top(file)))
    const upward = [...imports].flatMap(([file, targets]) =>
      targets
        .filter((target) => top(target) !== top(file) && rank(target) > rank(file))
        .filter((target) => rank(target) !== -1)
        .filter((target) => !openFiles.has(name(target)))
        .map((target) => `${name(file)} -> ${name(target)}`),
    )
    expect(upward).toEqual([])
  })

  it('has no import cycle', () => {
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const path: string[] = []
    const visit = (file: string) => {
      state.set(file, 'open')
      path.push(file)
      for (const target of imports.get(file) ?? []) {
        if (state.get(target) === 'open') {
          cycles.push(path.slice(path.indexOf(target)).map(name).join(' -> '))
        } else if (!state.has(target) && imports.has(target)) visit(target)
      }
      path.pop()
      state.set(file, 'done')
    }
    for (const file of imports.keys()) if (!state.has(file)) visit(file)
    expect(cycles).toEqual([])
  })
})
