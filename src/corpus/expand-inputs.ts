// The inputs of a corpus run: each argument is standard input (`-`), a file, a directory
// (read recursively for .txt and .md files, in sorted order) or a glob ("corpus/**/*.txt").
// Each input keeps the path relative to the argument it came from, which `--out-dir`
// mirrors. A path that is none of these is kept, so that its run reports it as failed.
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'

export interface CorpusInput {
  /** The path to read, as given or found (`-` for standard input). */
  path: string
  /** The path below the argument it came from (a file's own name for a file argument). */
  relative: string
}

const textFile = /\.(txt|md)$/i

/** A wildcard, a class, a brace or an extglob: what makes an argument a glob. */
const globSyntax = /[*?[\]{}]|[@!+]\(/

async function walk(directory: string, below: string, found: CorpusInput[]): Promise<void> {
  const entries = await readdir(join(directory, below), { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const name = below ? join(below, entry.name) : entry.name
    if (entry.isDirectory()) await walk(directory, name, found)
    else if (entry.isFile() && textFile.test(entry.name))
      found.push({ path: join(directory, name), relative: name })
  }
}

/** The leading folders of a glob, before its first segment with a wildcard. */
function globBase(pattern: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (globSyntax.test(segment)) break
    fixed.push(segment)
  }
  return fixed.join('/')
}

async function expandOne(argument: string): Promise<CorpusInput[]> {
  if (argument === '-') return [{ path: '-', relative: 'stdin' }]
  const stats = await stat(argument).catch(() => undefined)
  if (stats?.isDirectory()) {
    const found: CorpusInput[] = []
    await walk(argument, '', found)
    return found
  }
  if (!stats && globSyntax.test(argument)) {
    const base = globBase(argument)
    const { glob } = await import('tinyglobby')
    const paths = await glob(argument, { onlyFiles: true, expandDirectories: false })
    return paths.sort().map((path) => ({ path, relative: base ? relative(base, path) : path }))
  }
  return [{ path: argument, relative: basename(argument) }]
}

/** Read a list of inputs, one a line (blank lines and lines starting with # skipped). */
export async function readInputList(file: string): Promise<string[]> {
  const text = file === '-' ? await readStandardInput() : await readFile(file, 'utf8')
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
}

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Expand arguments into inputs, in argument order; a path found twice is kept once. */
export async function expandInputs(argumentsList: Iterable<string>): Promise<CorpusInput[]> {
  const inputs: CorpusInput[] = []
  const seen = new Set<string>()
  for (const argument of argumentsList) {
    for (const input of await expandOne(argument)) {
      if (seen.has(input.path)) continue
      seen.add(input.path)
      inputs.push(input)
    }
  }
  return inputs
}
