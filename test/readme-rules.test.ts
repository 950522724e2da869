// Every rule id the library can emit, and every boilerplate reason, is documented in the
// README's tables. The ids are read from the source, where messages are made.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { boilerplateReasonSchema } from '../src/model/document.js'

const root = new URL('..', import.meta.url).pathname
const readme = readFileSync(join(root, 'README.md'), 'utf8')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Rule ids: the first argument of `.warn(`/`.info(`, and `ruleId` literals. */
function emittedRuleIds(): Set<string> {
  const ids = new Set<string>()
  for (const file of sources(join(root, 'src'))) {
    if (file.includes('/cli/')) continue
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/\.(?:warn|info)\(\s*'([a-z]+(?:-[a-z0-9]+)+)'/g)) {
      ids.add(match[1]!)
    }
    for (const match of text.matchAll(/ruleId:\s*'([a-z]+(?:-[a-z0-9]+)+)'/g)) ids.add(match[1]!)
    // Keys of a table by rule id (`'input-mojibake-repaired': 'mis-decoded characters'`).
    for (const match of text.matchAll(/^\s*'(input-[a-z-]+)':/gm)) ids.add(match[1]!)
  }
  return ids
}

const rows = new Set([...readme.matchAll(/^\| <a id="([a-z-]+)"><\/a>`\1` \|/gm)].map((m) => m[1]))

describe('the README', () => {
  it('has a row, with its anchor, for every rule id the library emits', () => {
    const ids = [...emittedRuleIds()]
    expect(ids).toEqual(expect.arrayContaining(['input-empty', 'input-hyphenation-joined']))
    for (const id of ids) expect(rows, id).toContain(id)
  })

  it('lists every boilerplate reason, in the table and the model', () => {
    for (const reason of boilerplateReasonSchema.options) {
      expect(readme).toMatch(new RegExp(`^\\| \`${reason}\` \\|`, 'm'))
      expect(readme).toMatch(new RegExp(`│ .*\\b${reason}\\b`))
    }
  })
})
