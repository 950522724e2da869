// Myers' O(ND) difference of two token sequences, as the changed stretches between the
// tokens kept on both sides. Tokens are whole words or punctuation marks, so a change
// never starts or ends inside a word.

/** Tokens `[aStart, aEnd)` of A replaced by tokens `[bStart, bEnd)` of B (either may be empty). */
export interface Hunk {
  aStart: number
  aEnd: number
  bStart: number
  bEnd: number
}

export interface TokenDiff {
  hunks: Hunk[]
  /** True when the edit distance exceeded the bound and the middle was reported as one change. */
  bounded: boolean
}

/** The changed stretches between `a` and `b`, compared with `===`. */
export function diffTokens(
  a: readonly string[],
  b: readonly string[],
  maxEdits: number,
): TokenDiff {
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++
  const n = a.length - prefix - suffix
  const m = b.length - prefix - suffix
  if (n === 0 && m === 0) return { hunks: [], bounded: false }
  const whole = { aStart: prefix, aEnd: prefix + n, bStart: prefix, bEnd: prefix + m }
  if (n === 0 || m === 0) return { hunks: [whole], bounded: false }
  const trace = forwardTrace(a, b, prefix, n, m, maxEdits)
  if (!trace) return { hunks: [whole], bounded: true }
  return { hunks: backtrack(trace, prefix, n, m), bounded: false }
}

/** The V array before each step, until the end is reached; undefined past `maxEdits`. */
function forwardTrace(
  a: readonly string[],
  b: readonly string[],
  offset: number,
  n: number,
  m: number,
  maxEdits: number,
): Int32Array[] | undefined {
  const max = Math.min(n + m, maxEdits)
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[max + k]! < v[max + k + 2]!)
      let x = down ? v[max + k + 2]! : v[max + k]! + 1
      let y = x - k
      while (x < n && y < m && a[offset + x] === b[offset + y]) {
        x++
        y++
      }
      v[max + k + 1] = x
      if (x >= n && y >= m) return trace
    }
  }
  return undefined
}

/** Walk the trace back from the end: one deleted or inserted token per step. */
function backtrack(trace: Int32Array[], offset: number, n: number, m: number): Hunk[] {
  const max = (trace[0]!.length - 3) / 2
  const edits: Hunk[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d]!
    const k = x - y
    const down = k === -d || (k !== d && v[max + k]! < v[max + k + 2]!)
    const previousK = down ? k + 1 : k - 1
    const previousX = v[max + previousK + 1]!
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) {
      x--
      y--
    }
    const aStart = offset + previousX
    const bStart = offset + previousY
    edits.push(
      down
        ? { aStart, aEnd: aStart, bStart, bEnd: bStart + 1 }
        : { aStart, aEnd: aStart + 1, bStart, bEnd: bStart },
    )
    x = previousX
    y = previousY
  }
  return mergeAdjacent(edits.reverse())
}

/** Join edits that touch into one stretch. */
function mergeAdjacent(edits: Hunk[]): Hunk[] {
  const out: Hunk[] = []
  for (const edit of edits) {
    const last = out[out.length - 1]
    if (last && last.aEnd === edit.aStart && last.bEnd === edit.bStart) {
      last.aEnd = edit.aEnd
      last.bEnd = edit.bEnd
    } else out.push({ ...edit })
  }
  return out
}
