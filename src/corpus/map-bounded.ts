// A bounded, optionally ordered, concurrent map over an (async) iterable: at most `limit`
// results are held at once, counting the tasks still running and the results finished but
// waiting for an earlier one to be yielded. The input is pulled only as room frees, so a
// corpus of any size costs `limit` results of memory, never the whole corpus.

export interface MapBoundedOptions {
  /** Results held at once: running tasks plus finished ones waiting their turn (at least 1). */
  limit: number
  /** Yield in input order (default) or as tasks finish. */
  ordered?: boolean
  /** Stop pulling, and throw its reason, once aborted. */
  signal?: AbortSignal
}

type Settled<R> = { index: number; value: R }

/** Reject with the signal's reason when it aborts (never settles otherwise). */
function aborted(signal: AbortSignal | undefined): Promise<never> | undefined {
  if (!signal) return undefined
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason)
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
}

export async function* mapBounded<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  task: (item: T, index: number) => Promise<R>,
  options: MapBoundedOptions,
): AsyncGenerator<R> {
  const limit = Math.max(1, Math.floor(options.limit))
  const ordered = options.ordered !== false
  const { signal } = options
  const abort = aborted(signal)
  abort?.catch(() => {}) // observed below; never an unhandled rejection
  const iterator =
    Symbol.asyncIterator in items
      ? (items as AsyncIterable<T>)[Symbol.asyncIterator]()
      : (items as Iterable<T>)[Symbol.iterator]()
  const running = new Map<number, Promise<Settled<R>>>()
  const finished = new Map<number, R>()
  let started = 0
  let next = 0 // the index to yield next when ordered
  let exhausted = false
  try {
    while (true) {
      signal?.throwIfAborted()
      while (!exhausted && running.size + finished.size < limit) {
        const item = await iterator.next()
        if (item.done) {
          exhausted = true
          break
        }
        const index = started++
        const promise = task(item.value, index).then((value) => ({ index, value }))
        promise.catch(() => {}) // a rejection is rethrown when raced, not reported twice
        running.set(index, promise)
      }
      if (ordered && finished.has(next)) {
        const value = finished.get(next) as R
        finished.delete(next++)
        yield value
        continue
      }
      if (running.size === 0) {
        if (exhausted) return
        continue
      }
      const racers: Array<Promise<Settled<R>>> = [...running.values()]
      const settled = await (abort ? Promise.race([...racers, abort]) : Promise.race(racers))
      running.delete(settled.index)
      if (!ordered) yield settled.value
      else finished.set(settled.index, settled.value)
    }
  } finally {
    if (!exhausted) await iterator.return?.()
  }
}
