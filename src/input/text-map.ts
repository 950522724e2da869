import type { TextNode } from '../model/document.js'
import type { MappedText } from './normalize.js'

// Anchors are flat pairs [textOffset, sourceOffset, ...] sorted by text offset.
// Two pairs may share a text offset: the first says where the text before it
// ends in the source (after a repair that shortened it), the second where the
// text from it on starts (after folded white space).

function lastAtOrBefore(anchors: readonly number[], t: number, strict: boolean): number {
  let low = 0
  let high = anchors.length / 2
  while (low < high) {
    const mid = (low + high) >> 1
    const at = anchors[mid * 2]!
    if (strict ? at < t : at <= t) low = mid + 1
    else high = mid
  }
  return low - 1
}

/** Source offset where the character at text offset `t` starts. */
export function startInSource(anchors: readonly number[], base: number, t: number): number {
  const i = lastAtOrBefore(anchors, t, false)
  if (i < 0) return base + t
  return anchors[i * 2 + 1]! + (t - anchors[i * 2]!)
}

/** Source offset where the text before offset `t` ends. */
export function endInSource(anchors: readonly number[], base: number, t: number): number {
  const i = lastAtOrBefore(anchors, t, true)
  const next = i + 1
  if (next * 2 < anchors.length && anchors[next * 2] === t) return anchors[next * 2 + 1]!
  if (i < 0) return base + t
  return anchors[i * 2 + 1]! + (t - anchors[i * 2]!)
}

/**
 * Cut `[from, to)` of a mapped text into a node: its source span, its text and
 * the relative map (omitted when text and source move in step).
 */
export function sliceMapped(
  mapped: MappedText,
  from: number,
  to: number,
): Pick<TextNode, 'start' | 'end' | 'text' | 'map'> {
  const start = startInSource(mapped.anchors, 0, from)
  const end = Math.max(start, endInSource(mapped.anchors, 0, to))
  const map: number[] = []
  // Anchors strictly inside the range, and at its end only the first (where the text ends).
  for (
    let k = lastAtOrBefore(mapped.anchors, from, false) + 1;
    k * 2 < mapped.anchors.length;
    k++
  ) {
    const t = mapped.anchors[k * 2]!
    if (t > to || (t === to && map[map.length - 2] === to - from)) break
    map.push(t - from, mapped.anchors[k * 2 + 1]! - start)
  }
  const node: Pick<TextNode, 'start' | 'end' | 'text' | 'map'> = {
    start,
    end,
    text: mapped.text.slice(from, to),
  }
  if (!isIdentity(map)) node.map = map
  return node
}

function isIdentity(map: number[]): boolean {
  for (let i = 0; i < map.length; i += 2) if (map[i] !== map[i + 1]) return false
  return true
}

/** The node's mapped text, with anchors made absolute again. */
export function nodeMapped(node: TextNode): MappedText {
  const anchors: number[] = [0, node.start]
  const map = node.map ?? []
  for (let i = 0; i < map.length; i += 2) anchors.push(map[i]!, map[i + 1]! + node.start)
  return { text: node.text, anchors }
}

/**
 * The source span `[start, end)` of the text `[from, to)` of a node's analysed
 * text: the one function every stage uses to point back at the input.
 */
export function sourceSpan(
  node: TextNode,
  from: number,
  to: number,
): { start: number; end: number } {
  const anchors = nodeMapped(node).anchors
  const start = startInSource(anchors, node.start, from)
  const end = Math.max(start, endInSource(anchors, node.start, to))
  return { start: Math.min(start, node.end), end: Math.min(end, node.end) }
}
