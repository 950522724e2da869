// The ReDoS check (npm test runs it through test/regex-backtracking.test.ts; alone:
// `node scripts/check-regex.js`). Every .ts file under src/ is stripped of its types and
// linted in memory with eslint-plugin-regexp's no-super-linear-backtracking, which finds the
// regular expressions whose matching time can grow faster than linearly with their input.
// A report fails the check unless an entry of scripts/regex-allow.json (file, a piece of
// the pattern, and why its input is bounded) covers it; an entry that covers nothing fails
// too, so the list stays true.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Linter } from 'eslint'
import regexp from 'eslint-plugin-regexp'
import ts from 'typescript'

const root = fileURLToPath(new URL('../', import.meta.url))
const config = [
  {
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': 'error' },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  },
]

function* sourceFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* sourceFiles(path)
    else if (path.endsWith('.ts')) yield path
  }
}

/** Every report: file, line of the stripped source (which keeps each pattern as written), message. */
export function findSuperLinearRegexes() {
  const linter = new Linter({ configType: 'flat' })
  const reports = []
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = relative(root, path).split('\\').join('/')
    const js = ts.transpileModule(readFileSync(path, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    }).outputText
    const lines = js.split('\n')
    for (const message of linter.verify(js, config)) {
      reports.push({ file, line: lines[message.line - 1] ?? '', message: message.message })
    }
  }
  return reports
}

/** Reports no allow-list entry covers, and entries that cover no report. */
export function checkRegexes() {
  const allowed = JSON.parse(readFileSync(join(root, 'scripts/regex-allow.json'), 'utf8'))
  const used = new Set()
  const failures = []
  for (const report of findSuperLinearRegexes()) {
    const entry = allowed.find((e) => e.file === report.file && report.line.includes(e.pattern))
    if (entry) used.add(entry)
    else failures.push(`${report.file}: ${report.message}\n    ${report.line.trim()}`)
  }
  const stale = allowed
    .filter((entry) => !used.has(entry))
    .map(
      (entry) => `${entry.file}: allow-list entry ${JSON.stringify(entry.pattern)} covers nothing`,
    )
  return { failures, stale }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { failures, stale } = checkRegexes()
  for (const line of [...failures, ...stale]) console.log(line)
  console.log(`${failures.length} super-linear regexes not allowed, ${stale.length} stale entries`)
  process.exit(failures.length + stale.length > 0 ? 1 : 0)
}
