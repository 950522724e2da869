// Benchmark of diff(): two versions of ~1 MB built from the UN General Debate corpus
// (../shared/corpus/ungd-2023) with planted edits (about 5% of sentences edited, 2%
// deleted, 2% inserted, 2% moved; seeded, so runs repeat), timed against jsdiff's
// diffWords on the same pair in the same run; how many planted edits diff() recovered;
// and parse+diff timed at 1, 2, 4 and 8 MB to show linear growth.
//
//   node scripts/bench-diff.js           full run (jsdiff on the whole 1 MB pair: about a minute)
//   node scripts/bench-diff.js --quick   jsdiff on 32 KB and 64 KB slices, extrapolated to 1 MB
//   node scripts/bench-diff.js --json    the figures as JSON on the last line
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { diffWords } from 'diff'
import { diff, parse } from '../dist/index.js'

const corpus = new URL('../../shared/corpus/ungd-2023/', import.meta.url)
const quick = process.argv.includes('--quick')
const asJson = process.argv.includes('--json')
const MB = 1024 * 1024

if (!existsSync(corpus)) {
  // The corpus is shared data outside the repository: without it there is nothing to time.
  console.log(`bench-diff: ${corpus.pathname} is absent; skipping the corpus benchmark`)
  process.exit(0)
}

/** Seeded random numbers in [0, 1) (mulberry32). */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const files = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, corpus), 'utf8').trim())

const longWords = [...new Set(files.join(' ').match(/\b[a-z]{5,}\b/g))].sort()

/**
 * The corpus again, as new text: every lowercase word of five letters or more replaced
 * through a seeded permutation of the corpus's own words (one permutation per pass), so
 * texts longer than the corpus do not repeat its sentences.
 */
function pass(number) {
  if (number === 0) return files
  const rng = random(1000 + number)
  const shuffled = [...longWords]
  for (let k = shuffled.length - 1; k > 0; k--) {
    const j = Math.floor(rng() * (k + 1))
    ;[shuffled[k], shuffled[j]] = [shuffled[j], shuffled[k]]
  }
  const map = new Map(longWords.map((word, k) => [word, shuffled[k]]))
  return files.map((text) => text.replace(/\b[a-z]{5,}\b/g, (word) => map.get(word)))
}

/** About `size` characters of the corpus, speeches in name order, in as many passes as needed. */
function baseText(size) {
  const parts = []
  let length = 0
  for (let number = 0; length < size; number++) {
    for (const text of pass(number)) {
      parts.push(text)
      length += text.length + 2
      if (length >= size) break
    }
  }
  return parts
    .join('\n\n')
    .slice(0, size)
    .replace(/\s+\S*$/, '')
}

const vocabulary = [
  ...new Set(
    files
      .slice(0, 40)
      .join(' ')
      .toLowerCase()
      .match(/\b[a-z]{4,12}\b/g),
  ),
].sort()

function pick(rng, list) {
  return list[Math.floor(rng() * list.length)]
}

/** A sentence edited the way a redactor would: a word replaced, dropped or added, a number changed. */
function editSentence(text, rng) {
  const words = text.split(' ')
  const numbers = words.map((w, k) => (/^\d+$/.test(w) ? k : -1)).filter((k) => k >= 0)
  const long = words.map((w, k) => (/^[a-z]{4,}$/.test(w) ? k : -1)).filter((k) => k >= 0)
  const choice = rng()
  if (choice < 0.2 && numbers.length > 0) {
    const k = pick(rng, numbers)
    words[k] = String(Number(words[k]) + 1 + Math.floor(rng() * 9))
  } else if (choice < 0.6 && long.length > 0) {
    words[pick(rng, long)] = pick(rng, vocabulary)
  } else if (choice < 0.8 && words.length > 6) {
    words.splice(1 + Math.floor(rng() * (words.length - 2)), 1)
  } else {
    // A word added inside the sentence (before its last word, so its full stop stays last).
    const at = words.length > 1 ? 1 + Math.floor(rng() * (words.length - 1)) : 0
    words.splice(at, 0, pick(rng, ['also', 'indeed', 'further']))
  }
  return words.join(' ')
}

function newSentence(rng) {
  const words = Array.from({ length: 12 + Math.floor(rng() * 12) }, () => pick(rng, vocabulary))
  return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`
}

/**
 * A pair of versions of about `size` characters with planted edits on the sentences the
 * parser finds in A. Returns both texts, A's parse, and where each planted edit lies.
 */
function buildPair(size, seed) {
  const rng = random(seed)
  const textA = baseText(size)
  const documentA = parse(textA, { extract: false })
  const blocks = documentA.blocks
    .filter((block) => block.sentences.length > 0)
    .map((block) =>
      block.sentences.map((s) => ({
        text: textA.slice(s.start, s.end),
        aStart: s.start,
        kind: 'kept',
      })),
    )
  const all = blocks.flat()
  for (const sentence of all) {
    const roll = rng()
    if (roll < 0.05) sentence.kind = 'edited'
    else if (roll < 0.07) sentence.kind = 'deleted'
    else if (roll < 0.09) sentence.kind = 'moved'
  }
  const paragraphs = blocks.map((sentences) =>
    sentences.filter((s) => s.kind !== 'deleted' && s.kind !== 'moved'),
  )
  for (const sentence of all) {
    if (sentence.kind === 'edited') sentence.text = editSentence(sentence.text, rng)
    if (sentence.kind === 'moved') {
      const target = pick(rng, paragraphs)
      target.splice(Math.floor(rng() * (target.length + 1)), 0, sentence)
    }
  }
  const inserted = Math.round(all.length * 0.02)
  for (let k = 0; k < inserted; k++) {
    const target = pick(rng, paragraphs)
    target.splice(Math.floor(rng() * (target.length + 1)), 0, {
      text: newSentence(rng),
      kind: 'inserted',
    })
  }
  let textB = ''
  for (const sentences of paragraphs) {
    if (sentences.length === 0) continue
    if (textB.length > 0) textB += '\n\n'
    sentences.forEach((sentence, k) => {
      if (k > 0) textB += ' '
      sentence.bStart = textB.length
      textB += sentence.text
    })
  }
  return {
    textA,
    textB,
    documentA,
    planted: all
      .filter((s) => s.kind !== 'kept')
      .concat(paragraphs.flat().filter((s) => s.kind === 'inserted')),
  }
}

/** Find the entry holding an offset on one side. */
function indexEntries(result, side) {
  const spans = result.alignments.flatMap((entry) => entry[side].map((span) => ({ span, entry })))
  spans.sort((x, y) => x.span.start - y.span.start)
  return (offset) => {
    let low = 0
    let high = spans.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (spans[mid].span.start <= offset) low = mid + 1
      else high = mid
    }
    const found = spans[low - 1]
    return found && offset < found.span.end ? found.entry : undefined
  }
}

/** How many planted edits of each kind the diff reports as such. */
function recovered(pair, result) {
  const inA = indexEntries(result, 'a')
  const inB = indexEntries(result, 'b')
  const counts = {}
  for (const sentence of pair.planted) {
    if (!counts[sentence.kind]) counts[sentence.kind] = { planted: 0, found: 0 }
    const count = counts[sentence.kind]
    count.planted++
    const entryA = sentence.aStart === undefined ? undefined : inA(sentence.aStart)
    const entryB = sentence.bStart === undefined ? undefined : inB(sentence.bStart)
    let found = false
    if (sentence.kind === 'deleted') found = entryA?.kind === 'deleted'
    else if (sentence.kind === 'inserted') found = entryB?.kind === 'inserted'
    else if (sentence.kind === 'moved')
      found =
        entryA !== undefined &&
        entryA === entryB &&
        (entryA.kind === 'moved' || entryA.moved === true)
    else found = entryA !== undefined && entryA === entryB && entryA.changes.length > 0
    if (found) count.found++
  }
  return counts
}

/** Wall-clock and CPU time (all threads of the process) of one call. */
function time(run) {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  const value = run()
  const used = process.cpuUsage(cpu)
  return { ms: performance.now() - wall, cpuMs: (used.user + used.system) / 1000, value }
}

/** Parse both versions (full extraction) and diff them; also without extraction, for the engine alone. */
function ours(pair) {
  const parsedA = time(() => parse(pair.textA))
  const parsedB = time(() => parse(pair.textB))
  const compared = time(() => diff(parsedA.value, parsedB.value))
  const bare = time(() =>
    diff(parse(pair.textA, { extract: false }), parse(pair.textB, { extract: false })),
  )
  return {
    parseMs: parsedA.ms + parsedB.ms,
    parseCpuMs: parsedA.cpuMs + parsedB.cpuMs,
    diffMs: compared.ms,
    diffCpuMs: compared.cpuMs,
    bareMs: bare.ms,
    bareCpuMs: bare.cpuMs,
    result: compared.value,
  }
}

const seed = 20231
const report = { seed, sizes: [] }
const log = (line) => {
  if (!asJson) console.log(line)
}
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`

log(
  `diff benchmark (seed ${seed}; corpus ${files.length} UNGD 2023 speeches; wall time, CPU time in brackets)`,
)
// Warm up the JIT on another pair of the same size first, so the 1 MB figures are not a cold start.
ours(buildPair(1 * MB, seed + 1))
const pair = buildPair(1 * MB, seed)
const run = ours(pair)
const counts = recovered(pair, run.result)
const oursMs = run.parseMs + run.diffMs
const oursCpuMs = run.parseCpuMs + run.diffCpuMs
report.oneMB = {
  charsA: pair.textA.length,
  charsB: pair.textB.length,
  sentences: run.result.summary.sentences,
  parseMs: Math.round(run.parseMs),
  diffMs: Math.round(run.diffMs),
  parseWithoutExtractionAndDiffMs: Math.round(run.bareMs),
  parseWithoutExtractionAndDiffCpuMs: Math.round(run.bareCpuMs),
  parseCpuMs: Math.round(run.parseCpuMs),
  diffCpuMs: Math.round(run.diffCpuMs),
  cpuMs: Math.round(oursCpuMs),
  degraded: run.result.summary.degraded,
  reasons: run.result.summary.reasons,
  recovered: counts,
}
log(
  `1 MB pair: A ${pair.textA.length} chars, B ${pair.textB.length} chars, ${run.result.summary.sentences.a} / ${run.result.summary.sentences.b} body sentences`,
)
log(
  `  communique: parse A and B ${seconds(run.parseMs)} (${seconds(run.parseCpuMs)}) + diff ${seconds(run.diffMs)} (${seconds(run.diffCpuMs)}) = ${seconds(oursMs)} (${seconds(oursCpuMs)})${run.result.summary.degraded ? `; degraded: ${run.result.summary.reasons.join('; ')}` : '; not degraded'}`,
)
log(
  `  communique without the extraction steps (parse A and B + diff): ${seconds(run.bareMs)} (${seconds(run.bareCpuMs)})`,
)
for (const [kind, { planted, found }] of Object.entries(counts)) {
  log(
    `  planted ${kind.padEnd(8)} ${String(found).padStart(5)} / ${planted} recovered (${((100 * found) / planted).toFixed(1)}%)`,
  )
}

function speedups(jsdiffMs, jsdiffCpuMs) {
  const ratio = (ms, oursTime) => (ms === undefined ? undefined : ms / oursTime)
  report.speedup = {
    parseAndDiff: ratio(jsdiffMs, oursMs),
    parseAndDiffCpu: ratio(jsdiffCpuMs, oursCpuMs),
    diffOnly: ratio(jsdiffMs, run.diffMs),
    diffOnlyCpu: ratio(jsdiffCpuMs, run.diffCpuMs),
    withoutExtraction: ratio(jsdiffMs, run.bareMs),
    withoutExtractionCpu: ratio(jsdiffCpuMs, run.bareCpuMs),
  }
  const s = report.speedup
  const both = (wall, cpu) =>
    `${wall.toFixed(0)}x${cpu === undefined ? '' : ` (CPU ${cpu.toFixed(0)}x)`}`
  log(
    `  speed-up over jsdiff: parse+diff ${both(s.parseAndDiff, s.parseAndDiffCpu)}; diff alone ${both(s.diffOnly, s.diffOnlyCpu)}; parse without extraction + diff ${both(s.withoutExtraction, s.withoutExtractionCpu)}`,
  )
}

if (quick) {
  // jsdiff on two smaller pairs of the same kind, extrapolated with the exponent the two
  // give (O(ND) with D proportional to N is about quadratic). Past these sizes jsdiff
  // slows down faster still, so the estimate is low: the full run measures it.
  diffWords('warm up jsdiff', 'warm up diff')
  const small = buildPair(128 * 1024, seed)
  const large = buildPair(256 * 1024, seed)
  // CPU time: steadier than wall time when other processes share the machine.
  const t1 = time(() => diffWords(small.textA, small.textB))
  const t2 = time(() => diffWords(large.textA, large.textB))
  const exponent = Math.log(t2.cpuMs / t1.cpuMs) / Math.log(large.textA.length / small.textA.length)
  const estimate = t2.cpuMs * (pair.textA.length / large.textA.length) ** exponent
  report.jsdiff = {
    measured: false,
    slices: [
      { chars: small.textA.length, ms: Math.round(t1.ms), cpuMs: Math.round(t1.cpuMs) },
      { chars: large.textA.length, ms: Math.round(t2.ms), cpuMs: Math.round(t2.cpuMs) },
    ],
    exponent,
    estimatedCpuMs: Math.round(estimate),
  }
  log(
    `  jsdiff diffWords (--quick: NOT run on 1 MB): CPU ${seconds(t1.cpuMs)} on 128 KB, ${seconds(t2.cpuMs)} on 256 KB -> grows as size^${exponent.toFixed(2)}; extrapolated to 1 MB: CPU ${seconds(estimate)} (an estimate; run without --quick to measure)`,
  )
  const ratio = (ours) => (estimate / ours).toFixed(0)
  report.speedup = {
    parseAndDiffCpu: estimate / oursCpuMs,
    diffOnlyCpu: estimate / run.diffCpuMs,
    withoutExtractionCpu: estimate / run.bareCpuMs,
  }
  log(
    `  speed-up over jsdiff (CPU, estimated): parse+diff ${ratio(oursCpuMs)}x; diff alone ${ratio(run.diffCpuMs)}x; parse without extraction + diff ${ratio(run.bareCpuMs)}x`,
  )
} else {
  const jsdiff = time(() => diffWords(pair.textA, pair.textB))
  report.jsdiff = {
    measured: true,
    ms: Math.round(jsdiff.ms),
    cpuMs: Math.round(jsdiff.cpuMs),
    changes: jsdiff.value.length,
  }
  log(
    `  jsdiff diffWords on the same pair: ${seconds(jsdiff.ms)} (${seconds(jsdiff.cpuMs)}) (measured)`,
  )
  speedups(jsdiff.ms, jsdiff.cpuMs)
}

log('growth (parse A and B + diff):')
for (const size of [1, 2, 4, 8]) {
  const p = size === 1 ? pair : buildPair(size * MB, seed)
  const r = size === 1 ? run : ours(p)
  const total = r.parseMs + r.diffMs
  report.sizes.push({
    mb: size,
    chars: p.textA.length,
    parseMs: Math.round(r.parseMs),
    diffMs: Math.round(r.diffMs),
    msPerMB: Math.round(total / size),
    diffMsPerMB: Math.round(r.diffMs / size),
    cpuMsPerMB: Math.round((r.parseCpuMs + r.diffCpuMs) / size),
    diffCpuMsPerMB: Math.round(r.diffCpuMs / size),
    degraded: r.result.summary.degraded,
  })
  log(
    `  ${String(size).padStart(2)} MB: parse ${r.parseMs.toFixed(0).padStart(6)} ms, diff ${r.diffMs.toFixed(0).padStart(6)} ms; per MB: ${(total / size).toFixed(0)} ms (CPU ${((r.parseCpuMs + r.diffCpuMs) / size).toFixed(0)}), diff ${(r.diffMs / size).toFixed(0)} ms (CPU ${(r.diffCpuMs / size).toFixed(0)})${r.result.summary.degraded ? ' (degraded)' : ''}`,
  )
}
const first = report.sizes[0]
const last = report.sizes[report.sizes.length - 1]
report.growth = {
  total: last.msPerMB / first.msPerMB,
  diff: last.diffMsPerMB / first.diffMsPerMB,
  totalCpu: last.cpuMsPerMB / first.cpuMsPerMB,
  diffCpu: last.diffCpuMsPerMB / first.diffCpuMsPerMB,
}
log(
  `  per MB at 8 MB / at 1 MB (1.00 = linear): parse+diff ${report.growth.total.toFixed(2)} (CPU ${report.growth.totalCpu.toFixed(2)}), diff ${report.growth.diff.toFixed(2)} (CPU ${report.growth.diffCpu.toFixed(2)})`,
)
if (asJson) console.log(JSON.stringify(report))
