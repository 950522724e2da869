// Checks the package as it is published: packs it (after a build), then runs publint and
// @arethetypeswrong/cli on the tarball. `npm run check:package`; exits non-zero on a problem.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const bin = (name) => join(root, 'node_modules/.bin', name)
const folder = mkdtempSync(join(tmpdir(), 'communique-pack-'))

const checks = [
  ['publint', (tarball) => [bin('publint'), ['run', tarball, '--strict']]],
  ['attw (esm-only)', (tarball) => [bin('attw'), [tarball, '--profile', 'esm-only']]],
]

// The parse + diff bundle target (350 KB): reported with ✓/✗; set true to fail the check over it.
const enforceBundleTarget = false
let failed = 0
try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  )
  const tarball = join(folder, packed[0].filename)
  console.log(`packed ${packed[0].filename}: ${packed[0].entryCount} files`)
  for (const [name, command] of checks) {
    const [file, args] = command(tarball)
    try {
      execFileSync(file, args, { cwd: root, stdio: 'inherit' })
      console.log(`✓ ${name}`)
    } catch {
      failed++
      console.log(`✗ ${name}`)
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}
// What the package costs a user, with targets. A browser bundle that imports a Node
// built-in, or a parse + diff bundle over its target, fails the check; start-up is
// reported (it depends on the machine's load) but does not fail it.
const measure = await import('./measure-package.js')
console.log(measure.formatStartup(measure.measureStartup(5)))
console.log(measure.formatInstall(measure.measureInstall()))
const bundles = await measure.measureBundles()
console.log(measure.formatBundles(bundles))
for (const bundle of bundles) {
  const over = bundle.targetBytes !== undefined && bundle.bytes > bundle.targetBytes
  if (bundle.nodeImports.length > 0 || (over && enforceBundleTarget)) failed++
}
console.log(`check:package: ${checks.length - failed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
