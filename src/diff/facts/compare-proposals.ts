// Proposals of the two sides of an entry: a substantive change when an act changes kind
// (propose, support, commit, normative) or the actor changes. A proposal found on one side
// only is not a change by itself (the words are there; a reworded act may not be read as
// one); a negated act is reported as a negation.
import { actPatterns } from '../../extract/proposals/act-lexicon.js'
import type { Act } from '../../model/entities.js'
import { keysOfName, nameKey } from './entity-keys.js'
import type { Located, Side, SideToken } from './side-facts.js'

export interface ProposalDifference {
  /** The act or actor on each side, located by token (absent on the side that lacks it). */
  a?: Located<Act | string>
  b?: Located<Act | string>
  detail: string
}

const pronouns = new Set(['it', 'they', 'we', 'he', 'she', 'this', 'which', 'who', 'i', 'you'])

/**
 * The people who make up a meeting or body, named collectively ("the leaders", "the
 * parties", "the heads of state"): a report names the actor this way where the text says
 * "We" or names the body; kept as data.
 */
const collectiveActors = new Set([
  'leaders',
  'heads',
  'parties',
  'sides',
  'members',
  'participants',
  'ministers',
  'delegations',
  'signatories',
  'pair',
  'duo',
  'presidents',
  'governments',
])

/** The first word of an actor's name after articles and numbers ("the two leaders of X" -> "leaders"). */
function headWord(key: string): string {
  return (
    key.split(' ').find((word) => !['the', 'two', 'three', 'both', 'all'].includes(word)) ?? key
  )
}

/**
 * Same actor: equal names, a pronoun on one side, the same head noun, a collective name
 * of members on one side (the members and their body act as one), or names that meet
 * through acronyms.
 */
export function sameActor(x: string, y: string, acronyms: ReadonlyMap<string, string>): boolean {
  const kx = nameKey(x)
  const ky = nameKey(y)
  if (kx === ky || pronouns.has(kx) || pronouns.has(ky)) return true
  if (collectiveActors.has(headWord(kx)) || collectiveActors.has(headWord(ky))) return true
  if (kx.split(' ').pop() === ky.split(' ').pop()) return true
  const keys = new Set(keysOfName(x, acronyms))
  return keysOfName(y, acronyms).some((key) => keys.has(key))
}

function locateSpan<T>(
  tokens: readonly SideToken[],
  fact: T,
  start: number,
  end: number,
): Located<T> | undefined {
  let first = -1
  let last = -1
  tokens.forEach((token, k) => {
    if (token.source.end <= start || token.source.start >= end) return
    if (first < 0) first = k
    last = k
  })
  return first < 0 ? undefined : { fact, first, last, matched: false }
}

/** Tokens of the first place the side's text names the actor. */
function locateActor(side: Side, actor: string): Located<string> | undefined {
  const words = actor.split(/\s+/).filter(Boolean)
  for (let k = 0; k + words.length <= side.tokens.length; k++) {
    if (words.every((word, w) => side.tokens[k + w]!.text.toLowerCase() === word.toLowerCase())) {
      return { fact: actor, first: k, last: k + words.length - 1, matched: false }
    }
  }
  return undefined
}

function actors(side: Side): string[] {
  return side.proposals.flatMap((p) =>
    p.actor && !pronouns.has(nameKey(p.actor)) ? [p.actor] : [],
  )
}

/**
 * Whether an act's verb phrase is one the act lexicon knows ("will propose", "decides to"):
 * a change is reported only for those, never for a word misread as an act.
 */
export function inLexicon(verb: string): boolean {
  const words = verb.split(/\s+/)
  // Try the phrase from each of its words ("will also propose": from "will" and from "propose").
  for (let from = 0; from < words.length; from++) {
    const text = words.slice(from).join(' ')
    for (const pattern of actPatterns) {
      pattern.pattern.lastIndex = 0
      if (pattern.pattern.test(text)) return true
    }
  }
  return false
}

/** The substantive differences between the proposals of the two sides of an entry. */
export function proposalDifferences(
  a: Side,
  b: Side,
  acronyms: ReadonlyMap<string, string>,
): ProposalDifference[] {
  if (a.proposals.length === 0 || b.proposals.length === 0) return []
  const differences: ProposalDifference[] = []
  const kinds = (side: Side) =>
    new Set(side.proposals.flatMap((p) => p.acts.map((act) => act.kind)))
  const kindsA = kinds(a)
  const kindsB = kinds(b)
  for (const [side, others, name] of [
    [a, kindsB, 'a'],
    [b, kindsA, 'b'],
  ] as const) {
    for (const act of side.proposals.flatMap((p) => p.acts)) {
      if (others.has(act.kind) || !inLexicon(act.verb)) continue
      const located = locateSpan<Act>(side.tokens, act, act.start, act.end)
      if (located)
        differences.push({
          [name]: located,
          detail: `act "${act.verb}" (${act.kind}) only in ${name.toUpperCase()}`,
        })
    }
  }
  const actorsA = actors(a)
  const actorsB = actors(b)
  if (
    actorsA.length > 0 &&
    actorsB.length > 0 &&
    !actorsA.some((x) => actorsB.some((y) => sameActor(x, y, acronyms)))
  ) {
    const difference: ProposalDifference = { detail: `actor "${actorsA[0]}" -> "${actorsB[0]}"` }
    const locatedA = locateActor(a, actorsA[0]!)
    const locatedB = locateActor(b, actorsB[0]!)
    if (locatedA) difference.a = locatedA
    if (locatedB) difference.b = locatedB
    differences.push(difference)
  }
  return differences
}
