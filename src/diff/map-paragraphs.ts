// Which paragraphs of A feed which paragraphs of B: paragraphs joined by any aligned
// sentence form one link (A ¶1 -> B ¶1-3); paragraphs none of whose sentences is
// aligned are links with one side empty (deleted or inserted paragraphs).
import type { ParagraphLink, ParagraphReference } from '../model/diff.js'
import type { OrderedGroup } from './align-sentences.js'
import { readingOrder } from './reading-order.js'
import type { VersionBody } from './sentence-units.js'

class DisjointSets {
  private readonly parent: number[]
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, k) => k)
  }
  find(x: number): number {
    let root = x
    while (this.parent[root] !== root) root = this.parent[root]!
    while (this.parent[x] !== root) {
      const next = this.parent[x]!
      this.parent[x] = root
      x = next
    }
    return root
  }
  union(x: number, y: number): void {
    const [rx, ry] = [this.find(x), this.find(y)]
    if (rx !== ry) this.parent[Math.max(rx, ry)] = Math.min(rx, ry)
  }
}

function reference(body: VersionBody, paragraph: number): ParagraphReference {
  const block = body.blocks[paragraph]!
  return { index: paragraph + 1, start: block.start, end: block.end }
}

/** Paragraph links from the aligned sentence groups. */
export function mapParagraphs(
  bodyA: VersionBody,
  bodyB: VersionBody,
  groups: readonly OrderedGroup[],
): ParagraphLink[] {
  const countA = bodyA.blocks.length
  const sets = new DisjointSets(countA + bodyB.blocks.length)
  const inOrder = new Set<number>()
  for (const group of groups) {
    const nodes = [
      ...group.a.map((i) => bodyA.units[i]!.paragraph),
      ...group.b.map((j) => countA + bodyB.units[j]!.paragraph),
    ]
    for (const node of nodes.slice(1)) sets.union(nodes[0]!, node)
    if (group.inOrder) for (const node of nodes) inOrder.add(node)
  }
  const components = new Map<number, { a: number[]; b: number[]; anchor: boolean }>()
  const paragraphsWithSentences = [
    ...new Set(bodyA.units.map((unit) => unit.paragraph)),
    ...new Set(bodyB.units.map((unit) => countA + unit.paragraph)),
  ]
  for (const node of paragraphsWithSentences) {
    const root = sets.find(node)
    if (!components.has(root)) components.set(root, { a: [], b: [], anchor: false })
    const component = components.get(root)!
    if (node < countA) component.a.push(node)
    else component.b.push(node - countA)
    if (inOrder.has(node)) component.anchor = true
  }
  const list = [...components.values()].map((c) => ({
    ...c,
    a: c.a.sort((x, y) => x - y),
    b: c.b.sort((x, y) => x - y),
  }))
  const order = readingOrder(
    list.map((c) => ({ a: c.a[0] ?? -1, b: c.b[0] ?? -1, anchor: c.anchor })),
  )
  return order.map((k) => ({
    a: list[k]!.a.map((p) => reference(bodyA, p)),
    b: list[k]!.b.map((p) => reference(bodyB, p)),
  }))
}
