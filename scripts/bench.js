// npm run bench: speed and memory, as ratios against baselines run in the same process.
//   parse time of each fixture and of the UN General Debate corpus (../shared/corpus/ungd-2023);
//   end-to-end throughput against compromise's own (nlp(text).organizations() + .places());
//   growth at 1x, 4x and 16x the corpus concatenated; the share of each parse stage and
//   of each extraction step; CPU chars/s, garbage-collection share, retained heap per input
//   character and the growth exponent; peak RSS per MB of input for plain text and Markdown
//   (scripts/bench-memory.js, a fresh process each); start-up, install size and browser
//   bundle sizes (scripts/measure-package.js);
//   then the corpus mode (scripts/bench-corpus.js: CLI start-up, --jobs 1 and 2 throughput,
//   peak RSS) and the diff benchmark (scripts/bench-diff.js) when they exist.
// Flags: --quick (1x and 4x only, fewer repetitions), --no-diff, --no-corpus-bench.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import nlp from 'compromise'
import { defaultSteps, parse } from '../dist/index.js'

const quick = process.argv.includes('--quick')
const root = new URL('../', import.meta.url)
const corpusDir = new URL('../shared/corpus/ungd-2023/', root)

function time(fn, repeat = 1) {
  const times = []
  let result
  for (let i = 0; i < repeat; i++) {
    const start = performance.now()
    result = fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)], result }
}

/** CPU time (user + system) of fn, in ms: what one thread costs, whatever else runs. */
function cpuTime(fn) {
  const start = process.cpuUsage()
  fn()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** Time the garbage collector took while fn ran (PerformanceObserver 'gc' entries), in ms. */
async function gcTime(fn) {
  const { PerformanceObserver } = await import('node:perf_hooks')
  let total = 0
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) total += entry.duration
  })
  observer.observe({ entryTypes: ['gc'] })
  const start = performance.now()
  fn()
  const wall = performance.now() - start
  await new Promise((resolve) => setTimeout(resolve, 50))
  observer.disconnect()
  return { gc: total, wall }
}

const rate = (chars, ms) => `${(((chars / ms) * 1000) / 1024).toFixed(0)} K chars/s`
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

console.log(`communique bench (node ${process.version}${quick ? ', quick' : ''})\n`)

console.log('Fixtures (median of 20 runs):')
for (const name of ['initiative.txt', 'news.txt']) {
  const text = readFileSync(new URL(`fixtures/${name}`, root), 'utf8')
  parse(text)
  const full = time(() => parse(text), 20)
  const structure = time(() => parse(text, { extract: false }), 20)
  console.log(
    `  ${name.padEnd(16)} ${String(text.length).padStart(6)} chars  parse ${full.ms.toFixed(2)} ms (structure only ${structure.ms.toFixed(2)} ms)`,
  )
}

// What the package costs a user: start-up, install size, browser bundles (with targets).
{
  const measure = await import('./measure-package.js')
  console.log(`\n${measure.formatStartup(measure.measureStartup(quick ? 3 : 7))}`)
  console.log(measure.formatInstall(measure.measureInstall()))
  console.log(measure.formatBundles(await measure.measureBundles()))
}

if (!existsSync(corpusDir)) {
  console.log(`\nCorpus not found at ${corpusDir.pathname}: skipping corpus figures.`)
  process.exit(0)
}
// The corpus folder also holds a stray .DS_Store (binary): read only the statements.
const files = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
const texts = files.map((file) => readFileSync(new URL(file, corpusDir), 'utf8'))
const chars = texts.reduce((sum, text) => sum + text.length, 0)
console.log(`\nCorpus: ${files.length} statements, ${(chars / 1e6).toFixed(2)} M chars`)

// Warm up both sides, then measure each on the same texts, in the same process.
for (const text of texts.slice(0, 5)) {
  parse(text)
  nlp(text).organizations().out('array')
}
const ours = time(() => texts.map((text) => parse(text)), quick ? 1 : 3)
const structure = time(() => texts.map((text) => parse(text, { extract: false })), quick ? 1 : 3)
const baseline = time(() =>
  texts.map((text) => {
    const view = nlp(text)
    return [view.organizations().out('array'), view.places().out('array')]
  }),
)
console.log(
  `  communique parse + extraction  ${ours.ms.toFixed(0).padStart(6)} ms  ${rate(chars, ours.ms)}`,
)
console.log(
  `  communique structure only      ${structure.ms.toFixed(0).padStart(6)} ms  ${rate(chars, structure.ms)}`,
)
console.log(
  `  compromise orgs + places       ${baseline.ms.toFixed(0).padStart(6)} ms  ${rate(chars, baseline.ms)}`,
)
console.log(`  ratio: communique is ${(baseline.ms / ours.ms).toFixed(1)}x compromise's throughput`)
{
  // CPU time of one thread (medians of 3), the figure issue 17's targets speak of.
  const median = (fn) => [fn(), fn(), fn()].sort((a, b) => a - b)[1]
  const cpu = median(() => cpuTime(() => texts.map((text) => parse(text))))
  const cpuStructure = median(() =>
    cpuTime(() => texts.map((text) => parse(text, { extract: false }))),
  )
  console.log(
    `  CPU: with extraction ${rate(chars, cpu)}, structure only ${rate(chars, cpuStructure)}`,
  )
  const { gc, wall } = await gcTime(() => texts.map((text) => parse(text)))
  console.log(
    `  garbage collection: ${gc.toFixed(0)} ms of ${wall.toFixed(0)} ms (${((gc / wall) * 100).toFixed(0)}%) over one corpus pass`,
  )
  // Heap a parsed document keeps: the corpus as one document, held, after full collections.
  if (globalThis.gc) {
    const joinedText = texts.join('\n\n')
    globalThis.gc()
    const before = process.memoryUsage().heapUsed
    let held = parse(joinedText)
    globalThis.gc()
    const after = process.memoryUsage().heapUsed
    console.log(
      `  retained heap of a parsed document: ${((after - before) / joinedText.length).toFixed(1)} bytes per input character (${(joinedText.length / 1e6).toFixed(1)} M chars, ${held.blocks.length} blocks)`,
    )
    held = undefined
  }
}

{
  // Each parse stage timed by name (parse's onStage), and each extraction step where it runs
  // (a step left out would change what later steps see), in one corpus pass.
  const stages = new Map()
  const onStage = (name, ms) => stages.set(name, (stages.get(name) ?? 0) + ms)
  const spent = new Map(defaultSteps.map((step) => [step.name, 0]))
  const timed = defaultSteps.map((step) => ({
    name: step.name,
    run(document, context) {
      const start = performance.now()
      step.run(document, context)
      spent.set(step.name, spent.get(step.name) + performance.now() - start)
    },
  }))
  const total = time(() => texts.map((text) => parse(text, { steps: timed, onStage }))).ms
  const share = (ms) =>
    `${ms.toFixed(0).padStart(6)} ms  ${((ms / total) * 100).toFixed(0).padStart(3)}% of parse, +${((ms / (total - ms)) * 100).toFixed(0)}% over the rest`
  console.log(`\nTime in each parse stage (one corpus pass, ${total.toFixed(0)} ms in all):`)
  for (const [name, ms] of stages) console.log(`  ${name.padEnd(28)} ${share(ms)}`)
  if (defaultSteps.length > 0) {
    console.log('Time in each extraction step (inside the extraction stage):')
    for (const [name, ms] of spent) console.log(`  ${name.padEnd(28)} ${share(ms)}`)
    const proposals = [...spent]
      .filter(([name]) => name.includes('proposal'))
      .reduce((sum, [, ms]) => sum + ms, 0)
    if (proposals > 0)
      console.log(
        `  proposals add ${((proposals / (total - proposals)) * 100).toFixed(0)}% to the rest of parse`,
      )
  }
}

console.log('\nGrowth with input size (the corpus concatenated, one document):')
const joined = texts.join('\n\n')
let first
const points = []
for (const factor of quick ? [1, 4] : [1, 4, 16]) {
  const text = Array.from({ length: factor }, () => joined).join('\n\n')
  globalThis.gc?.()
  const before = process.memoryUsage().rss
  const { ms } = time(() => parse(text))
  const after = process.memoryUsage().rss
  first ??= ms
  points.push([text.length, ms])
  console.log(
    `  ${String(factor).padStart(2)}x  ${(text.length / 1e6).toFixed(1).padStart(5)} M chars  ${ms.toFixed(0).padStart(6)} ms  ${rate(text.length, ms)}  time/1x ${(ms / first).toFixed(1)}  rss ${mb(after)} (+${mb(Math.max(0, after - before))})`,
  )
}
{
  // Exponent of time ~ size^k, least squares on the logarithms: 1 is linear.
  const xs = points.map(([n]) => Math.log(n))
  const ys = points.map(([, ms]) => Math.log(ms))
  const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length
  const [mx, my] = [mean(xs), mean(ys)]
  const k =
    xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0) /
    xs.reduce((sum, x) => sum + (x - mx) ** 2, 0)
  console.log(`  growth exponent (time ~ size^k): k = ${k.toFixed(2)}`)
}

// Peak RSS per MB of input, each shape in a fresh process (the target is at most 30 MB per MB,
// so that the 64 Mi character limit fits in 2 GB).
console.log('\nPeak memory of one parse (fresh process each; RSS at its peak less RSS before):')
for (const [shape, size] of quick
  ? [
      ['text', 4],
      ['markdown', 2],
    ]
  : [
      ['text', 16],
      ['markdown', 8],
    ]) {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(new URL('scripts/bench-memory.js', root)), shape, String(size)],
    { encoding: 'utf8' },
  )
  const line = run.stdout.trim().split('\n').pop() ?? ''
  try {
    const found = JSON.parse(line)
    console.log(
      `  ${shape.padEnd(9)} ${found.mb.toFixed(1).padStart(5)} MB  ${found.blocks} blocks  ${(found.ms / 1000).toFixed(1)} s  peak ${found.peakPerMb.toFixed(1)} MB per MB of input`,
    )
  } catch {
    console.log(`  ${shape}: failed (${run.stderr.trim().split('\n').pop()})`)
  }
}

const corpusBench = new URL('scripts/bench-corpus.js', root)
if (!process.argv.includes('--no-corpus-bench') && existsSync(corpusBench))
  await import(corpusBench.href)

const diffBench = new URL('scripts/bench-diff.js', root)
if (!process.argv.includes('--no-diff') && existsSync(diffBench)) {
  console.log('')
  await import(diffBench.href)
}
