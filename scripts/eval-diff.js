// npm run eval:diff: how much of the hand-made alignment gold diff() finds. Gold sets:
// fixtures/gold/diff-*.json (documents in fixtures/), fixtures/pairs/*/gold.json (documents
// beside it) and, when present, ../shared/real-dev/gold-diff/*.diff.json (documents in
// ../shared/real-dev/docs). A gold file names a sentence by its first words; the unit meant
// is the compared unit in which those words end.
//
// Scored per set: alignments found (every named sentence of both sides in one entry that is
// neither deleted nor inserted, and that entry holds no other sentence), and only-in-one-side
// sentences found (the named sentence in a deleted entry for A, an inserted one for B).
//
//   node scripts/eval-diff.js [--verbose] [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { diff, parse } from '../dist/index.js'

const root = new URL('../', import.meta.url).pathname
const verbose = process.argv.includes('--verbose')
const asJson = process.argv.includes('--json')

const list = (value) => (Array.isArray(value) ? value : [value])

function goldSets() {
  const sets = []
  const fixtures = join(root, 'fixtures')
  sets.push({
    name: 'fixtures/gold',
    pairs: readdirSync(join(fixtures, 'gold'))
      .filter((name) => name.startsWith('diff-') && name.endsWith('.json'))
      .map((name) => ({ gold: join(fixtures, 'gold', name), dir: fixtures })),
  })
  const pairsDir = join(fixtures, 'pairs')
  sets.push({
    name: 'fixtures/pairs',
    pairs: readdirSync(pairsDir)
      .sort()
      .filter((name) => existsSync(join(pairsDir, name, 'gold.json')))
      .map((name) => ({ gold: join(pairsDir, name, 'gold.json'), dir: join(pairsDir, name) })),
  })
  const real = join(root, '../shared/real-dev')
  if (existsSync(join(real, 'gold-diff'))) {
    sets.push({
      name: 'real-dev/gold-diff',
      pairs: readdirSync(join(real, 'gold-diff'))
        .sort()
        .filter((name) => name.endsWith('.diff.json'))
        .map((name) => ({ gold: join(real, 'gold-diff', name), dir: join(real, 'docs') })),
    })
  } else console.error('../shared/real-dev/gold-diff is absent: that set is skipped')
  return sets
}

/** Index of the entry and the span (of `side`) in which the gold words `starts` end. */
function locate(result, source, side, starts) {
  const at = source.indexOf(starts)
  if (at < 0) return { error: `gold words not in ${side}` }
  const end = at + starts.length - 1
  for (let e = 0; e < result.alignments.length; e++) {
    for (const span of result.alignments[e][side]) {
      if (span.start <= end && end < span.end) return { entry: e, span }
    }
  }
  return { error: `no compared unit of ${side} holds it` }
}

function scorePair({ gold: goldPath, dir }) {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'))
  const sourceA = readFileSync(join(dir, gold.a), 'utf8')
  const sourceB = readFileSync(join(dir, gold.b), 'utf8')
  const result = diff(parse(sourceA), parse(sourceB))
  const misses = []
  let aligned = 0
  for (const expected of gold.alignments) {
    const named = [
      ...list(expected.a_starts).map((s) => ['a', s]),
      ...list(expected.b_starts).map((s) => ['b', s]),
    ].map(([side, starts]) => ({
      side,
      starts,
      ...locate(result, side === 'a' ? sourceA : sourceB, side, starts),
    }))
    const label = `${list(expected.a_starts)[0]} -> ${list(expected.b_starts)[0]}`
    const lost = named.find((n) => n.error)
    if (lost) {
      misses.push(`alignment ${label}: ${lost.error} (${lost.starts})`)
      continue
    }
    const entries = new Set(named.map((n) => n.entry))
    const entry = result.alignments[named[0].entry]
    const namedSpans = { a: new Set(), b: new Set() }
    for (const n of named) namedSpans[n.side].add(n.span.start)
    const extra = ['a', 'b'].flatMap((side) =>
      entry[side]
        .filter((span) => !namedSpans[side].has(span.start))
        .map((s) => `${side}: ${s.text.slice(0, 50)}`),
    )
    if (entries.size !== 1) {
      const kinds = [...entries].map((e) => result.alignments[e].kind).join(', ')
      misses.push(`alignment ${label}: in ${entries.size} entries (${kinds})`)
    } else if (entry.kind === 'deleted' || entry.kind === 'inserted') {
      misses.push(`alignment ${label}: ${entry.kind}`)
    } else if (extra.length > 0) {
      misses.push(`alignment ${label}: entry also holds ${extra.join(' | ')}`)
    } else aligned++
  }
  let only = 0
  const onlyNamed = [
    ...(gold.only_in_a ?? []).map((s) => ['a', s, 'deleted']),
    ...(gold.only_in_b ?? []).map((s) => ['b', s, 'inserted']),
  ]
  for (const [side, starts, kind] of onlyNamed) {
    const found = locate(result, side === 'a' ? sourceA : sourceB, side, starts)
    if (found.error) misses.push(`only in ${side} ${starts}: ${found.error}`)
    else if (result.alignments[found.entry].kind !== kind)
      misses.push(`only in ${side} ${starts}: ${result.alignments[found.entry].kind}`)
    else only++
  }
  return {
    name: goldPath.split('/').slice(-2).join('/'),
    alignments: { found: aligned, total: gold.alignments.length },
    only: { found: only, total: onlyNamed.length },
    misses,
  }
}

const pct = (found, total) => (total === 0 ? '  -  ' : `${((100 * found) / total).toFixed(1)}%`)

const report = []
for (const set of goldSets()) {
  const pairs = set.pairs.map(scorePair)
  const sum = (key) =>
    pairs.reduce(
      (acc, p) => ({ found: acc.found + p[key].found, total: acc.total + p[key].total }),
      {
        found: 0,
        total: 0,
      },
    )
  report.push({ set: set.name, alignments: sum('alignments'), only: sum('only'), pairs })
}

if (asJson) console.log(JSON.stringify(report))
else {
  const all = { a: [0, 0], o: [0, 0] }
  for (const { set, alignments, only, pairs } of report) {
    console.log(
      `${set.padEnd(22)} alignments ${String(alignments.found).padStart(3)}/${String(alignments.total).padEnd(3)} ${pct(alignments.found, alignments.total).padStart(6)}   only-in-one-side ${String(only.found).padStart(3)}/${String(only.total).padEnd(3)} ${pct(only.found, only.total).padStart(6)}`,
    )
    all.a[0] += alignments.found
    all.a[1] += alignments.total
    all.o[0] += only.found
    all.o[1] += only.total
    for (const pair of pairs) {
      if (verbose || pair.misses.length > 0) {
        console.log(
          `  ${pair.name}: alignments ${pair.alignments.found}/${pair.alignments.total}, only ${pair.only.found}/${pair.only.total}`,
        )
        for (const miss of pair.misses) console.log(`    - ${miss}`)
      }
    }
  }
  console.log(
    `${'all'.padEnd(22)} alignments ${all.a[0]}/${all.a[1]} ${pct(...all.a)}   only-in-one-side ${all.o[0]}/${all.o[1]} ${pct(...all.o)}`,
  )
}
