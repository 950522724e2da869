// npm run bench, corpus part: the CLI as a user runs it, in child processes.
//   start-up: `communique --help` and `communique parse` of one small file (median of 5);
//   throughput of `communique parse <ungd-2023> --format ndjson` with --jobs 1 and --jobs 2
//   (chars/s end to end and after the first document is out, that is without the start-up
//   of the CLI and of the threads; the speed-up of both), and the peak RSS of each run
//   (VmHWM, read from /proc while it runs).
// The load average before each run is printed: on a busy machine the speed-up means little.
// Flags: --no-corpus-bench skips it; run alone with `node scripts/bench-corpus.js`.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const root = new URL('../', import.meta.url)
const cli = new URL('dist/cli.js', root).pathname
const corpusDir = new URL('../shared/corpus/ungd-2023/', root).pathname
const kchars = (perSecond) => `${(perSecond / 1024).toFixed(0)} K chars/s`
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function startup(args, repeat = 5) {
  const times = []
  for (let i = 0; i < repeat; i++) {
    const start = performance.now()
    const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'ignore' })
    if (run.status !== 0) throw new Error(`communique ${args.join(' ')} exited ${run.status}`)
    times.push(performance.now() - start)
  }
  return median(times)
}

/** Run the CLI, reading its peak RSS (VmHWM) from /proc while it runs. */
function measured(args) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let peak = 0
    let stderr = ''
    let first
    let firstChars = 0
    let head = ''
    child.stdout.on('data', (chunk) => {
      if (first !== undefined) return
      head += chunk
      const end = head.indexOf('\n')
      if (end < 0) return
      first = performance.now() - start
      firstChars = JSON.parse(head.slice(0, end)).document?.metadata.length ?? 0
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
        peak = Math.max(peak, kb * 1024)
      } catch {}
    }, 50)
    child.on('close', (code) => {
      clearInterval(poll)
      if (code !== 0) reject(new Error(`communique ${args.join(' ')} exited ${code}: ${stderr}`))
      else resolve({ ms: performance.now() - start, first, firstChars, peak })
    })
  })
}

console.log(`\nCorpus mode (the CLI in child processes; load average ${load()}):`)
console.log(
  `  start-up: --help ${startup(['--help']).toFixed(0)} ms, parse one small file ${startup(['parse', 'fixtures/news.txt', '--format', 'json']).toFixed(0)} ms (median of 5)`,
)

if (!existsSync(corpusDir)) {
  console.log(`  corpus not found at ${corpusDir}: skipping corpus throughput`)
} else {
  const files = readdirSync(corpusDir).filter((file) => file.endsWith('.txt'))
  const chars = files.reduce((sum, file) => sum + readFileSync(corpusDir + file, 'utf8').length, 0)
  const runs = {}
  for (const jobs of [1, 2]) {
    const before = load()
    const best = []
    for (let i = 0; i < 2; i++)
      best.push(
        await measured([
          'parse',
          corpusDir,
          '--format',
          'ndjson',
          '--jobs',
          String(jobs),
          '--quiet',
        ]),
      )
    const run = best.sort((a, b) => a.ms - b.ms)[0]
    runs[jobs] = run
    run.steady = ((chars - run.firstChars) / (run.ms - run.first)) * 1000
    console.log(
      `  --jobs ${jobs}: ${files.length} files, ${(chars / 1e6).toFixed(2)} M chars in ${(run.ms / 1000).toFixed(1)} s = ${kchars((chars / run.ms) * 1000)}; after the first document (out at ${(run.first / 1000).toFixed(1)} s: start-up, threads loading the library) ${kchars(run.steady)}; peak RSS ${(run.peak / 1024 / 1024).toFixed(0)} MB (best of 2; load before ${before})`,
    )
  }
  console.log(
    `  speed-up --jobs 2 / --jobs 1: ${(runs[1].ms / runs[2].ms).toFixed(2)}x end to end, ${(runs[2].steady / runs[1].steady).toFixed(2)}x after the first document`,
  )
}

// The pool itself, warm: the corpus through one pool twice, the second pass timed (each
// thread has loaded the library and compiled its hot code by then), --jobs 1 against 2.
if (existsSync(corpusDir)) {
  const { Piscina } = await import('piscina')
  const worker = new URL('dist/corpus-worker.js', root).pathname
  const files = readdirSync(corpusDir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => corpusDir + file)
  const warm = {}
  console.log('  warm pool (in this process, no CLI):')
  for (const jobs of [1, 2]) {
    const pool = new Piscina({ filename: worker, minThreads: jobs, maxThreads: jobs })
    const pass = async () => {
      let next = 0
      let chars = 0
      const lane = async () => {
        while (next < files.length) {
          const path = files[next++]
          const result = await pool.run({ path, options: {}, output: 'json-line' })
          chars += result.size
        }
      }
      const start = performance.now()
      await Promise.all(Array.from({ length: jobs * 2 }, lane))
      return { ms: performance.now() - start, chars }
    }
    await pass()
    const before = load()
    warm[jobs] = await pass()
    await pool.destroy()
    console.log(
      `  warm pool, --jobs ${jobs}: ${(((warm[jobs].chars / warm[jobs].ms) * 1000) / 1024).toFixed(0)} KB/s (the second pass of the corpus through one pool; load before ${before})`,
    )
  }
  console.log(`  speed-up of the warm pool: ${(warm[1].ms / warm[2].ms).toFixed(2)}x`)
}
