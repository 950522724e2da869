// The order in which a diff lists things: by their place in B, with what only A has
// placed right after the A item it followed (so a deleted sentence shows where it was).

/** An item with its first index in A and in B (-1 for a side it does not have). */
export interface Placed {
  a: number
  b: number
  /** Whether it keeps its place (false for moved items, which do not anchor deletions). */
  anchor: boolean
}

/** Indexes of `items` in reading order. */
export function readingOrder(items: readonly Placed[]): number[] {
  // For each A index, the B index of the anchored item holding it.
  const anchoredB = new Map<number, number>()
  for (const item of items)
    if (item.a >= 0 && item.b >= 0 && item.anchor) anchoredB.set(item.a, item.b)
  const sortedA = [...anchoredB.keys()].sort((x, y) => x - y)
  const precedingB = (a: number): number => {
    let low = 0
    let high = sortedA.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (sortedA[mid]! < a) low = mid + 1
      else high = mid
    }
    return low === 0 ? -1 : anchoredB.get(sortedA[low - 1]!)!
  }
  const keys = items.map((item) =>
    item.b >= 0 ? [item.b, 0, item.a] : [precedingB(item.a), 1, item.a],
  )
  return [...items.keys()].sort((x, y) => {
    const kx = keys[x]!
    const ky = keys[y]!
    return kx[0]! - ky[0]! || kx[1]! - ky[1]! || kx[2]! - ky[2]!
  })
}
