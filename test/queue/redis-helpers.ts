// Helpers for the tests against a real Redis server: the URL .ci/run exports, a server of
// our own for the restart test, the CLI as a child process, and a corpus small enough for
// CI but long enough to kill a worker in the middle of it.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

export const redisUrl = process.env.COMMUNIQUE_TEST_REDIS
export const redisServer = process.env.COMMUNIQUE_TEST_REDIS_SERVER
export const noRedis = `skipped: COMMUNIQUE_TEST_REDIS is not set (.ci/run starts a Redis server and sets it; locally: redis-server --port 6390 --appendonly yes --dir /tmp/r & COMMUNIQUE_TEST_REDIS=redis://127.0.0.1:6390 npx vitest run test/queue/redis.test.ts)`

const root = new URL('../..', import.meta.url).pathname
const cliPath = join(root, 'dist/cli.js')

export interface Ran {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Start the CLI; `done` resolves when it exits. */
export function startCli(args: string[]): { child: ChildProcess; done: Promise<Ran> } {
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr!.on('data', (chunk) => {
    stderr += chunk
  })
  const done = new Promise<Ran>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return { child, done }
}

export function runCli(args: string[]): Promise<Ran> {
  return startCli(args).done
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      )
    })
  })
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Wait until `check` holds, polling; throws after `ms`. */
export async function until(
  check: () => Promise<boolean>,
  ms: number,
  what: string,
  every = 200,
): Promise<void> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check().catch(() => false)) return
    await sleep(every)
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** A Redis server of the test's own, append-only in `dir` (kept across restarts). */
export function startRedisServer(port: number, dir: string): ChildProcess {
  return spawn(
    redisServer!,
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--appendonly',
      'yes',
      '--save',
      '',
      '--dir',
      dir,
    ],
    { stdio: 'ignore' },
  )
}

const sources = [
  'fixtures/corpus/2023/basin-ministers-communique.txt',
  'fixtures/corpus/2023/fisheries-statement.md',
  'fixtures/corpus/2024/nairobi-declaration.txt',
  'fixtures/corpus/2024/nairobi-news.txt',
  'fixtures/corpus/2024/platform-update.txt',
]

/**
 * Write `count` documents into `dir` (two folders): each a fixture text followed by
 * `paragraphs` numbered paragraphs of its own, so that every document differs and takes
 * a moment to parse.
 */
export function writeCorpus(dir: string, count: number, paragraphs: number): string[] {
  const written: string[] = []
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!
    const folder = join(dir, i % 2 === 0 ? 'even' : 'odd')
    mkdirSync(folder, { recursive: true })
    const extension = source.endsWith('.md') ? 'md' : 'txt'
    const body = Array.from(
      { length: paragraphs },
      (_, j) =>
        `${j + 1}. In session ${i + 1}, the Lake Basin Water Council asked the secretariat in Kampala to report on station ${j + 1} of the river flow network by ${(j % 28) + 1} May 2025, and the African Development Bank agreed to review its grant.`,
    ).join('\n\n')
    const path = join(folder, `doc-${String(i + 1).padStart(2, '0')}.${extension}`)
    writeFileSync(path, `${readFileSync(join(root, source), 'utf8')}\n${body}\n`)
    written.push(path)
  }
  return written.sort()
}

/** The lines of an NDJSON text, as a sorted list (a set with duplicates kept). */
export function lineSet(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .sort()
}
