// Which paragraphs of A feed which paragraphs of B. Paragraphs joined by sentences that
// keep their order form one link (A ¶1 -> B ¶1-3: a paragraph split in place); each
// paragraph pair joined by moved sentences is a link of its own, marked moved; a
// paragraph none of whose sentences is aligned is a link with one side empty (deleted or
// inserted). Moved sentences do not join links, so a few moves do not chain the whole
// text into one link.
import type { ParagraphLink, ParagraphReference } from '../../model/diff.js'
import type { OrderedGroup } from './align-sentences.js'
import { readingOrder } from './reading-order.js'
import type { VersionBody } from './sentence-units.js'

class DisjointSets {
  private readonly parent: Int32Array
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, k) => k)
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

interface Link {
  a: number[]
  b: number[]
  moved: boolean
}

function reference(body: VersionBody, paragraph: number): ParagraphReference {
  const block = body.paragraphs[paragraph]!
  return { index: paragraph + 1, start: block.start, end: block.end }
}

/** Whether a group holds body sentences (headings, closing lines and boilerplate are not paragraphs). */
function inBody(bodyA: VersionBody, group: OrderedGroup): boolean {
  return bodyA.units[group.a[0]!]!.kind === 'body'
}

/** Links of paragraphs joined by in-order groups, and of paragraphs no group touches. */
function inPlaceLinks(
  bodyA: VersionBody,
  bodyB: VersionBody,
  groups: readonly OrderedGroup[],
  touched: Set<number>,
): Link[] {
  const countA = bodyA.paragraphs.length
  const sets = new DisjointSets(countA + bodyB.paragraphs.length)
  for (const group of groups) {
    if (!group.inOrder || !inBody(bodyA, group)) continue
    const nodes = [
      ...group.a.map((i) => bodyA.units[i]!.bodyParagraph),
      ...group.b.map((j) => countA + bodyB.units[j]!.bodyParagraph),
    ]
    for (const node of nodes) sets.union(nodes[0]!, node)
  }
  const components = new Map<number, Link>()
  const add = (node: number) => {
    const root = sets.find(node)
    let link = components.get(root)
    if (!link) {
      link = { a: [], b: [], moved: false }
      components.set(root, link)
    }
    if (node < countA) {
      if (!link.a.includes(node)) link.a.push(node)
    } else if (!link.b.includes(node - countA)) link.b.push(node - countA)
  }
  for (const unit of bodyA.units) if (unit.bodyParagraph >= 0) add(unit.bodyParagraph)
  for (const unit of bodyB.units) if (unit.bodyParagraph >= 0) add(countA + unit.bodyParagraph)
  // A paragraph left alone but fed by moved sentences is not deleted or inserted.
  return [...components.values()].filter(
    (link) =>
      link.a.length * link.b.length > 0 ||
      !link.a.concat(link.b.map((p) => countA + p)).every((node) => touched.has(node)),
  )
}

/** Paragraph links from the aligned sentence groups. */
export function mapParagraphs(
  bodyA: VersionBody,
  bodyB: VersionBody,
  groups: readonly OrderedGroup[],
): ParagraphLink[] {
  const countA = bodyA.paragraphs.length
  const moved = new Map<string, Link>()
  const touched = new Set<number>()
  for (const group of groups) {
    if (group.inOrder || !inBody(bodyA, group)) continue
    for (const i of group.a) {
      for (const j of group.b) {
        const [pa, pb] = [bodyA.units[i]!.bodyParagraph, bodyB.units[j]!.bodyParagraph]
        touched.add(pa).add(countA + pb)
        if (!moved.has(`${pa} ${pb}`)) moved.set(`${pa} ${pb}`, { a: [pa], b: [pb], moved: true })
      }
    }
  }
  const links = [...inPlaceLinks(bodyA, bodyB, groups, touched), ...moved.values()]
  for (const link of links) {
    link.a.sort((x, y) => x - y)
    link.b.sort((x, y) => x - y)
  }
  const order = readingOrder(
    links.map((link) => ({ a: link.a[0] ?? -1, b: link.b[0] ?? -1, anchor: !link.moved })),
  )
  return order.map((k) => {
    const link = links[k]!
    const out: ParagraphLink = {
      a: link.a.map((p) => reference(bodyA, p)),
      b: link.b.map((p) => reference(bodyB, p)),
    }
    if (link.moved) out.moved = true
    return out
  })
}
