// Redis connections and the BullMQ queue, loaded on first use (the rest of the library
// and the CLI never pay for them).
import type { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import { defaultQueueName } from './queue-keys.js'

export interface QueueOptions {
  /** Redis URL: redis://host:port/db. */
  redis: string
  /** Queue name (default `communique`): several corpora can share one Redis. */
  queue?: string
}

export async function connectRedis(url: string): Promise<Redis> {
  const { Redis } = await import('ioredis')
  // BullMQ's blocking commands need maxRetriesPerRequest null; commands wait for a reconnect.
  const connection = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false })
  connection.on('error', () => {}) // reconnects on its own; failures surface in commands
  return connection
}

export async function openQueue(
  options: QueueOptions,
): Promise<{ queue: Queue; connection: Redis; name: string }> {
  const { Queue } = await import('bullmq')
  const connection = await connectRedis(options.redis)
  const name = options.queue ?? defaultQueueName
  const queue = new Queue(name, { connection })
  queue.on('error', () => {})
  return { queue, connection, name }
}
