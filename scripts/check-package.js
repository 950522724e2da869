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
console.log(`check:package: ${checks.length - failed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
