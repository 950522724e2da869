import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The ReDoS check: scripts/check-regex.js lints every regular expression under src/ with
// eslint-plugin-regexp's no-super-linear-backtracking; each report needs an entry in
// scripts/regex-allow.json that says why the input of that pattern is bounded.
describe('regular expressions', () => {
  it('have no super-linear backtracking, unless allowed for a bounded input', () => {
    const script = fileURLToPath(new URL('../scripts/check-regex.js', import.meta.url))
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' })
    expect(run.stdout).toMatch(/^0 super-linear regexes not allowed, 0 stale entries$/m)
    expect(run.status).toBe(0)
  }, 600_000)
})
