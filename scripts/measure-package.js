// What a user pays for the package, measured: start-up of the command line (--help and
// one small file, against `node -e 0`), the install size of the runtime dependencies, and
// the minified browser bundles of a parse-only and a parse + diff import. Used by
// `npm run check:package` and `npm run bench`; `node scripts/measure-package.js` alone
// prints the report. Each figure is printed with its target and whether it is met.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = new URL('..', import.meta.url).pathname
const KB = 1024

/** node -e 0 takes about this long on an idle machine; start-up targets are scaled by it. */
const nominalNodeMs = 40

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function timeRuns(args, runs) {
  const times = []
  for (let k = 0; k < runs; k++) {
    const start = process.hrtime.bigint()
    execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' })
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return median(times)
}

/** Start-up times (median of `runs`), as ratios to `node -e 0` in the same run. */
export function measureStartup(runs = 7) {
  const cli = join(root, 'dist/cli.js')
  const base = timeRuns(['-e', '0'], runs)
  const cases = [
    { name: 'communique --help', args: [cli, '--help'], targetMs: 150 },
    { name: 'communique --version', args: [cli, '--version'], targetMs: 150 },
    {
      name: 'communique parse fixtures/news.txt (JSON)',
      args: [cli, 'parse', 'fixtures/news.txt', '-q'],
      targetMs: 500,
    },
  ]
  return {
    base,
    cases: cases.map(({ name, args, targetMs }) => {
      const ms = timeRuns(args, runs)
      const ratio = ms / base
      // Scaled to an idle machine: the ratio times what node -e 0 takes there.
      const scaledMs = ratio * nominalNodeMs
      return { name, ms, ratio, scaledMs, targetMs, met: scaledMs < targetMs }
    }),
  }
}

function folderBytes(dir) {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') total += folderBytes(path)
    } else if (entry.isFile()) total += statSync(path).size
  }
  return total
}

/** Bytes of the runtime dependencies a user installs, from the lockfile's non-dev packages. */
export function measureInstall() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
  let bytes = 0
  let packages = 0
  for (const [path, info] of Object.entries(lock.packages)) {
    if (path === '' || info.dev || info.devOptional || info.optional) continue
    try {
      bytes += folderBytes(join(root, path))
      packages++
    } catch {
      // A package for another platform is not installed here.
    }
  }
  return { packages, bytes }
}

/**
 * Minified browser bundles of `import { parse } from 'communique'` and of parse + diff,
 * built from dist/ as a bundler would (package.json's sideEffects: false). Node
 * built-ins are left external and counted: a browser bundle must import none.
 */
export async function measureBundles() {
  const { build } = await import('esbuild')
  const entries = {
    parse: "import { parse } from 'communique'\nglobalThis.communique = { parse }\n",
    'parse + diff':
      "import { diff, parse } from 'communique'\nglobalThis.communique = { diff, parse }\n",
  }
  const builtins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)]
  const results = []
  for (const [name, contents] of Object.entries(entries)) {
    const result = await build({
      stdin: { contents, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      alias: { communique: './dist/index.js' },
      external: builtins,
      logLevel: 'silent',
    })
    const code = result.outputFiles[0].text
    const nodeImports = [...code.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)]
      .map((match) => match[1])
      .filter((specifier) => builtins.includes(specifier))
    results.push({ name, bytes: Buffer.byteLength(code), nodeImports })
  }
  return results.map((bundle) => ({
    ...bundle,
    targetBytes: bundle.name === 'parse + diff' ? 350 * KB : undefined,
  }))
}

const mark = (met) => (met ? '✓' : '✗')

export function formatStartup({ base, cases }) {
  const lines = [
    `start-up (median; node -e 0 = ${base.toFixed(0)} ms here, ${nominalNodeMs} ms idle):`,
  ]
  for (const c of cases) {
    lines.push(
      `  ${mark(c.met)} ${c.name.padEnd(42)} ${c.ms.toFixed(0).padStart(5)} ms  ${c.ratio.toFixed(2)}x node -e 0  ≈ ${c.scaledMs.toFixed(0)} ms idle (target < ${c.targetMs} ms)`,
    )
  }
  return lines.join('\n')
}

export function formatInstall({ packages, bytes }) {
  return `install: runtime dependencies ${packages} packages, ${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export function formatBundles(bundles) {
  const lines = ['browser bundle (esbuild, minified, platform browser):']
  for (const b of bundles) {
    const met =
      (b.targetBytes === undefined || b.bytes <= b.targetBytes) && b.nodeImports.length === 0
    const target = b.targetBytes === undefined ? '' : ` (target ≤ ${b.targetBytes / KB} KB)`
    const node = b.nodeImports.length > 0 ? `; imports ${b.nodeImports.join(', ')}!` : ''
    lines.push(
      `  ${mark(met)} ${b.name.padEnd(14)} ${(b.bytes / KB).toFixed(0).padStart(5)} KB${target}${node}`,
    )
  }
  return lines.join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatStartup(measureStartup()))
  console.log(formatInstall(measureInstall()))
  console.log(formatBundles(await measureBundles()))
}
