// The queue against a real Redis server (.ci/run starts one and sets COMMUNIQUE_TEST_REDIS):
// workers in separate processes give the one-process CLI's NDJSON, a worker killed with
// SIGKILL loses nothing, a Redis restart with AOF loses nothing, and a poison document
// fails at once with its reason. Each test has a queue of its own.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { beforeAll, describe, expect, it } from 'vitest'
import { corpusIndexSchema } from '../../src/model/corpus-index.js'
import {
  freePort,
  lineSet,
  noRedis,
  type Ran,
  redisServer,
  redisUrl,
  runCli,
  sleep,
  startCli,
  startRedisServer,
  until,
  writeCorpus,
} from './redis-helpers.js'

if (!redisUrl) console.warn(noRedis)

let dir: string
let corpus: string
let expected: string[]

function worker(url: string, queue: string) {
  return startCli(['worker', '--redis', url, '--queue', queue, '--jobs', '1', '--until-empty'])
}

async function collect(
  url: string,
  queue: string,
  ...more: string[]
): Promise<{ ran: Ran; lines: string[] }> {
  const out = join(dir, `${queue}.ndjson`)
  const ran = await runCli(['collect', '--redis', url, '--queue', queue, '--out', out, ...more])
  return { ran, lines: lineSet(readFileSync(out, 'utf8')) }
}

/** Wait until a worker holds a job (taken, locked, not finished). */
async function untilActive(url: string, queue: string): Promise<void> {
  const connection = new Redis(url, { maxRetriesPerRequest: null })
  connection.on('error', () => {})
  const bull = new Queue(queue, { connection })
  try {
    await until(async () => (await bull.getActiveCount()) > 0, 180_000, 'a job taken', 25)
  } finally {
    await bull.close()
    connection.disconnect()
  }
}

function resultCount(url: string, queue: string): Promise<number> {
  const redis = new Redis(url)
  redis.on('error', () => {})
  return redis.hlen(`communique:${queue}:results`).finally(() => redis.disconnect())
}

describe.skipIf(!redisUrl)('queue on Redis', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'communique-queue-'))
    corpus = join(dir, 'corpus')
    writeCorpus(corpus, 12, 60)
    const parsed = await runCli(['parse', corpus, '--format', 'ndjson', '--jobs', '2'])
    expect(parsed.code).toBe(0)
    expected = lineSet(parsed.stdout)
    expect(expected).toHaveLength(12)
  }, 240_000)

  it('two worker processes give the one-process NDJSON, and the index is built from it', async () => {
    const queue = `t-${randomUUID()}`
    const enqueued = await runCli(['enqueue', '--redis', redisUrl!, '--queue', queue, corpus])
    expect(enqueued.code).toBe(0)
    const runs = await Promise.all([worker(redisUrl!, queue).done, worker(redisUrl!, queue).done])
    expect(runs.map((run) => run.code)).toEqual([0, 0])
    const indexFile = join(dir, `${queue}.index.json`)
    const { ran, lines } = await collect(redisUrl!, queue, '--index', indexFile)
    expect(ran.code).toBe(0)
    expect(lines).toEqual(expected)
    const index = corpusIndexSchema.parse(JSON.parse(readFileSync(indexFile, 'utf8')))
    expect(index.documents).toHaveLength(12)
    // Enqueued again: every result is there, nothing is added.
    const again = await runCli(['enqueue', '--redis', redisUrl!, '--queue', queue, corpus])
    expect(again.stderr).toMatch(/0 added, 12 already done/)
  }, 300_000)

  it('loses nothing when a worker is killed with SIGKILL mid-run', async () => {
    const queue = `t-${randomUUID()}`
    expect((await runCli(['enqueue', '--redis', redisUrl!, '--queue', queue, corpus])).code).toBe(0)
    // The doomed worker takes a job, and dies holding its lock; the survivor, started
    // after, must find the job stalled and run it.
    const doomed = worker(redisUrl!, queue)
    await untilActive(redisUrl!, queue)
    doomed.child.kill('SIGKILL')
    expect((await doomed.done).signal).toBe('SIGKILL')
    expect(await resultCount(redisUrl!, queue)).toBeLessThan(12) // mid-run
    const survivor = worker(redisUrl!, queue)
    const end = await survivor.done
    expect(end.code).toBe(0)
    const { ran, lines } = await collect(redisUrl!, queue)
    expect(ran.code).toBe(0)
    expect(lines).toEqual(expected)
  }, 300_000)

  it.skipIf(!redisServer)(
    'loses nothing when Redis restarts mid-run with AOF on',
    async () => {
      const port = await freePort()
      const data = mkdtempSync(join(tmpdir(), 'communique-redis-'))
      const url = `redis://127.0.0.1:${port}`
      let server = startRedisServer(port, data)
      const ping = async () => {
        const redis = new Redis(url, { lazyConnect: true, retryStrategy: () => null })
        redis.on('error', () => {})
        try {
          await redis.connect()
          return (await redis.ping()) === 'PONG'
        } finally {
          redis.disconnect()
        }
      }
      try {
        await until(ping, 20_000, 'the Redis server')
        const queue = `t-${randomUUID()}`
        expect((await runCli(['enqueue', '--redis', url, '--queue', queue, corpus])).code).toBe(0)
        const running = worker(url, queue)
        await until(async () => (await resultCount(url, queue)) >= 2, 180_000, 'two results')
        expect(await resultCount(url, queue)).toBeLessThan(12) // mid-run
        server.kill('SIGTERM') // a clean shutdown writes the AOF out
        await new Promise((resolve) => server.once('exit', resolve))
        await sleep(1500)
        server = startRedisServer(port, data)
        await until(ping, 20_000, 'the restarted Redis server')
        const end = await running.done
        expect(end.code).toBe(0)
        const { ran, lines } = await collect(url, queue)
        expect(ran.code).toBe(0)
        expect(lines).toEqual(expected)
      } finally {
        server.kill('SIGTERM')
      }
    },
    300_000,
  )

  it('fails a poison document at once, with its reason, and collects it as an error', async () => {
    const queue = `t-${randomUUID()}`
    const poisonDir = join(dir, `poison-${queue}`)
    writeCorpus(poisonDir, 1, 1)
    const poison = join(poisonDir, 'poison.txt')
    writeFileSync(poison, Buffer.from([0x54, 0x68, 0, 0, 0, 0x01, 0x02, 0x00, 0x41]))
    expect(
      (await runCli(['enqueue', '--redis', redisUrl!, '--queue', queue, poisonDir])).code,
    ).toBe(0)
    const run = await worker(redisUrl!, queue).done
    expect(run.code).toBe(0)
    const connection = new Redis(redisUrl!, { maxRetriesPerRequest: null })
    const bull = new Queue(queue, { connection })
    try {
      const failed = await bull.getFailed()
      expect(failed).toHaveLength(1)
      expect(failed[0]!.data.path).toBe(poison)
      expect(failed[0]!.attemptsMade).toBe(1) // not three tries
      expect(failed[0]!.failedReason).toMatch(/^binary: /)
    } finally {
      await bull.close()
      connection.disconnect()
    }
    const { ran, lines } = await collect(redisUrl!, queue)
    expect(ran.code).toBe(1)
    expect(ran.stderr).toContain(`${poison}: binary`)
    const records = lines.map((line) => JSON.parse(line))
    expect(records.find((record) => record.path === poison).error.code).toBe('binary')
    expect(records.filter((record) => record.document)).toHaveLength(1)
  }, 300_000)
})
