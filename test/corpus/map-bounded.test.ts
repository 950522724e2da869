import { describe, expect, it } from 'vitest'
import { mapBounded } from '../../src/corpus/map-bounded.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A task whose duration depends on the item, recording how many results are held at once. */
function tracked() {
  const state = { held: 0, peak: 0, pulled: 0 }
  function* items(count: number) {
    for (let i = 0; i < count; i++) {
      state.pulled++
      yield i
    }
  }
  const task = async (item: number) => {
    state.held++
    state.peak = Math.max(state.peak, state.held)
    await sleep(((item * 7) % 5) * 3)
    return item
  }
  // The consumer releases a result when it receives it.
  const release = () => state.held--
  return { state, items, task, release }
}

describe('mapBounded', () => {
  it('yields in input order by default, whatever order the tasks finish in', async () => {
    const { items, task, release } = tracked()
    const out: number[] = []
    for await (const value of mapBounded(items(20), task, { limit: 4 })) {
      release()
      out.push(value)
    }
    expect(out).toEqual([...Array(20).keys()])
  })

  it('yields as tasks finish when unordered, every item once', async () => {
    const { items, task, release } = tracked()
    const out: number[] = []
    for await (const value of mapBounded(items(20), task, { limit: 4, ordered: false })) {
      release()
      out.push(value)
    }
    expect(out).not.toEqual([...Array(20).keys()])
    expect([...out].sort((a, b) => a - b)).toEqual([...Array(20).keys()])
  })

  it.each([1, 3, 8])(
    'holds at most limit=%i results, running or waiting their turn',
    async (limit) => {
      const { state, items, task, release } = tracked()
      for await (const _ of mapBounded(items(40), task, { limit })) {
        await sleep(2) // a slow consumer
        release()
      }
      expect(state.peak).toBeLessThanOrEqual(limit)
      expect(state.peak).toBe(limit) // and it does use the room it has
    },
  )

  it('pulls the input only as room frees, and stops pulling when the consumer stops', async () => {
    const { state, items, task, release } = tracked()
    let consumed = 0
    for await (const _ of mapBounded(items(1000), task, { limit: 3 })) {
      release()
      expect(state.pulled).toBeLessThanOrEqual(consumed + 1 + 3)
      if (++consumed === 5) break
    }
    expect(state.pulled).toBeLessThanOrEqual(5 + 3)
  })

  it('throws the abort reason once the signal aborts', async () => {
    const controller = new AbortController()
    const slow = async (item: number) => {
      await sleep(item === 2 ? 10_000 : 1)
      return item
    }
    const seen: number[] = []
    const run = async () => {
      for await (const value of mapBounded([0, 1, 2, 3], slow, {
        limit: 2,
        signal: controller.signal,
      })) {
        seen.push(value)
        if (value === 1) setTimeout(() => controller.abort(new Error('stopped')), 5)
      }
    }
    await expect(run()).rejects.toThrow('stopped')
    expect(seen).toEqual([0, 1])
  })

  it('rethrows a task that rejects', async () => {
    const failing = async (item: number) => {
      if (item === 1) throw new Error('task 1 failed')
      return item
    }
    const run = async () => {
      for await (const _ of mapBounded([0, 1, 2], failing, { limit: 2 })) {
      }
    }
    await expect(run()).rejects.toThrow('task 1 failed')
  })
})
