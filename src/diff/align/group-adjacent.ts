// Splits and merges: an unmatched sentence next to a matched one, in the same paragraph,
// whose words are found in what the match's other side has left unexplained, joins the
// match ("calls on X, and it urges Y" -> "calls on X." + "It urges Y.").
import { containment, joinProfiles, type Profile, similarity } from './sentence-profile.js'
import type { SentenceUnit } from './sentence-units.js'

const empty: Profile = { weights: new Map(), total: 0, content: [] }

/** A group of adjacent A sentences matched with a group of adjacent B sentences. */
export interface Group {
  a: number[]
  b: number[]
  similarity: number
}

/**
 * Share of an unmatched sentence that must be found in the other side's words left
 * unexplained by the group, and in all of the other side's words (a third sentence merged
 * shares a subject or a verb with the two already joined: "The Assembly decides to lift
 * X" + "... is also lifted" -> "They lifted X, ... and ...").
 */
const minLeftover = 0.25
const minContainment = 0.5
/** How much a join may lower the group's similarity (a third sentence merged adds words of its own). */
const joinSlack = 0.05

interface Proposal {
  group: Group
  side: 'a' | 'b'
  unit: number
  score: number
}

function profileOf(units: readonly SentenceUnit[], indexes: number[]): Profile {
  return indexes.length === 1
    ? units[indexes[0]!]!.profile
    : joinProfiles(indexes.map((i) => units[i]!.profile))
}

function identical(
  group: Group,
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
): boolean {
  return (
    group.a.length === 1 &&
    group.b.length === 1 &&
    unitsA[group.a[0]!]!.sentence.text === unitsB[group.b[0]!]!.sentence.text
  )
}

/** Joins proposed for the groups: each adjacent unmatched sentence of the same paragraph that fits. */
function proposeJoins(
  groups: readonly Group[],
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
  usedA: Set<number>,
  usedB: Set<number>,
): Proposal[] {
  const proposals: Proposal[] = []
  for (const group of groups) {
    // Two identical sentences leave no words for a neighbour to take.
    if (group.similarity === 1 && identical(group, unitsA, unitsB)) continue
    for (const side of ['a', 'b'] as const) {
      if (group[side === 'a' ? 'b' : 'a'].length > 1) continue
      const units = side === 'a' ? unitsA : unitsB
      const used = side === 'a' ? usedA : usedB
      const own = group[side]
      const paragraph = units[own[0]!]!.paragraph
      for (const unit of [own[0]! - 1, own[own.length - 1]! + 1]) {
        if (unit < 0 || unit >= units.length || used.has(unit)) continue
        if (units[unit]!.paragraph !== paragraph) continue
        const score = scoreJoin(group, side, unit, unitsA, unitsB)
        if (score > 0) proposals.push({ group, side, unit, score })
      }
    }
  }
  return proposals
}

/** Extend groups with adjacent unmatched sentences of the same paragraph; one side only grows. */
export function groupAdjacent(
  groups: Group[],
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
  usedA: Set<number>,
  usedB: Set<number>,
): void {
  let active = groups
  while (active.length > 0) {
    const proposals = proposeJoins(active, unitsA, unitsB, usedA, usedB)
    // Best first; ties by place (a sum of A and B indexes, the same whichever version is A).
    const place = (p: Proposal) => p.group.a[0]! + p.group.b[0]! + p.unit
    proposals.sort((x, y) => y.score - x.score || place(x) - place(y))
    const changed = new Set<Group>()
    for (const { group, side, unit } of proposals) {
      const used = side === 'a' ? usedA : usedB
      if (changed.has(group) || used.has(unit) || group[side === 'a' ? 'b' : 'a'].length > 1)
        continue
      group[side].push(unit)
      group[side].sort((x, y) => x - y)
      used.add(unit)
      group.similarity = similarity(profileOf(unitsA, group.a), profileOf(unitsB, group.b))
      changed.add(group)
    }
    active = [...changed]
  }
}

/** How well `unit` (on `side`) joins the group: its containment, or 0 when it does not. */
function scoreJoin(
  group: Group,
  side: 'a' | 'b',
  unit: number,
  unitsA: readonly SentenceUnit[],
  unitsB: readonly SentenceUnit[],
): number {
  const [ownUnits, otherUnits] = side === 'a' ? [unitsA, unitsB] : [unitsB, unitsA]
  const own = profileOf(ownUnits, group[side])
  const other = profileOf(otherUnits, side === 'a' ? group.b : group.a)
  const part = ownUnits[unit]!.profile
  const share = containment(part, other, own)
  if (share < minLeftover || containment(part, other, empty) < minContainment) return 0
  const joined = similarity(joinProfiles([own, part]), other)
  return joined > similarity(own, other) - joinSlack ? share : 0
}
