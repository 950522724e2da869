// Candidate acts in one sentence: every verb phrase of the lexicon that is used
// as a finite verb (not "its support", "to support", "was supported by",
// "does not support", "we must not forget").
import type { ActKind } from '../../model/entities.js'
import type { ActPattern } from './act-lexicon.js'
import {
  adverbs,
  mentalAfterModal,
  negations,
  nounMarkers,
  passiveMarkers,
  predictionAfterWill,
} from './clause-words.js'
import { isAgentWord } from './judge-agent.js'
import { matchActPatterns } from './match-act-patterns.js'
import { actionAfterOf, actionFollows } from './read-action.js'
import { type Passive, passiveAfter } from './read-passive.js'
import {
  isCapitalized,
  isWord,
  type Token,
  tokenAfter,
  tokenBefore,
  wordOrNothing,
} from './sentence-words.js'

/** A verb phrase that may make the sentence a proposal. Offsets are into the sentence text. */
export interface ActCandidate {
  kind: ActKind
  /** The verb phrase, lower-cased, without the adverbs inside it ("agreed to", "will promote"). */
  verb: string
  from: number
  to: number
  modal: boolean
  impersonal: boolean
  reportedOnly: boolean
  /** A modal with a passive ("shall be set up by ..."): the subject is what is done. */
  passive?: Passive
}

const subjectEnders = new Set(['we', 'they', 'i', 'you', 'it', 'he', 'she', 'and', 'but', 'or'])
const auxiliaries = new Set(['do', 'does', 'did', 'have', 'has', 'had', 'will', 'shall', 'would'])

function isAdverb(word: string): boolean {
  const lower = word.toLowerCase()
  return adverbs.has(lower) || (/ly$/.test(lower) && !isCapitalized(word))
}

/** The token before `pos`, skipping adverbs ("we also fully support"). */
function meaningfulBefore(text: string, pos: number): Token | undefined {
  let token = tokenBefore(text, pos)
  for (let hops = 0; hops < 4 && token && isWord(token) && isAdverb(token.text); hops++) {
    token = tokenBefore(text, token.from)
  }
  return token
}

/** Can the word before an ambiguous verb end its subject ("We support", not "financial support")? */
function endsSubject(text: string, token: Token | undefined, verbWord: string): boolean {
  // At the start of a sentence: an operative clause ("Requests ...") or a list item ("called on ...").
  if (token === undefined) return verbWord.length > 0
  if (!isWord(token)) return /[,;:)”"—–]/.test(token.text)
  const lower = token.text.toLowerCase()
  // "the most significant and direct threat": "and" after an adjective joins adjectives.
  if (lower === 'and' || lower === 'or') {
    const previous = wordOrNothing(tokenBefore(text, token.from))?.text ?? ''
    if (/^\p{Ll}+(?:ant|ent|al|ive|ous|ic|ful|ary|ible|able)$/u.test(previous)) return false
  }
  if (subjectEnders.has(lower) || auxiliaries.has(lower)) return true
  if (/['’]s$/i.test(token.text)) return false
  return isCapitalized(token.text) || isAgentWord(lower)
}

function verbOf(match: RegExpExecArray): string {
  const groups = match.groups ?? {}
  let verb = groups.a ?? ''
  for (const part of [groups.n, groups.b, groups.c]) if (part) verb += ` ${part.trim()}`
  return verb.toLowerCase()
}

/** After a modal: the next word or "be" + word, skipping "not", "also", adverbs. */
function verbAfterModal(text: string, pos: number): string {
  let token = wordOrNothing(tokenAfter(text, pos))
  for (
    let hops = 0;
    hops < 4 && token && (isAdverb(token.text) || /^(?:not|never)$/i.test(token.text));
    hops++
  ) {
    token = wordOrNothing(tokenAfter(text, token.to))
  }
  // "should, on the basis of ..., take": an inserted phrase, the verb comes after it.
  if (!token) return tokenAfter(text, pos)?.text === ',' ? 'after-inserted-phrase' : ''
  if (token.text.toLowerCase() !== 'be') return token.text.toLowerCase()
  const next = wordOrNothing(tokenAfter(text, token.to))
  return `be ${next ? next.text.toLowerCase() : ''}`
}

/** The passive after a modal match, if any. */
function passiveOf(text: string, match: RegExpExecArray): Passive | undefined {
  const word = match.groups?.a?.toLowerCase() ?? ''
  const end = match.index + match[0].length
  if (/^(?:will|shall|would)$/.test(word)) {
    return match.groups?.b?.toLowerCase() === 'be' ? passiveAfter(text, end, true) : undefined
  }
  return /^(?:should|must)$/.test(word) ? passiveAfter(text, end, false) : undefined
}

/** Before "will" or "need", words that make it a noun: "our will", "the need", "political will". */
const modalNounMarkers =
  /^(?:the|a|an|its|their|our|his|her|my|your|this|that|of|political|good|own|free|collective|common|popular|general|people['’]s)$/i

function keepModal(text: string, match: RegExpExecArray, entry: ActPattern): boolean {
  const word = match.groups?.a?.toLowerCase() ?? ''
  const previous = wordOrNothing(tokenBefore(text, match.index))?.text ?? ''
  if (modalNounMarkers.test(previous)) return false
  const end = match.index + match[0].length
  if (text.charAt(end) === ':') return true
  const next = /^(?:will|shall|would)$/.test(word)
    ? (match.groups?.b?.toLowerCase() ?? '')
    : verbAfterModal(text, end)
  // "will remain seized", not "it will remain true".
  if (
    next === 'remain' &&
    !/^\s+(?:\p{Ll}+ly\s+)?(?:seized|engaged|committed|ready|open|available|united|determined|steadfast|vigilant|focused|involved)\b/u.test(
      text.slice(end),
    )
  ) {
    return false
  }
  const passive = passiveOf(text, match)
  // "shall be set up by ...", "should be organized": a course of action in the passive.
  if (passive && (passive.agent || /^(?:should|must)$/.test(word))) return true
  if (!next || mentalAfterModal.test(next)) return false
  // "I would like to conclude by ...": a closing word; "should conclude an agreement": an act.
  if (
    next === 'conclude' &&
    !/^\s+(?:an?|the|its|their|our)\s/.test(text.slice(end).replace(/^\s*\p{L}+/u, ' '))
  ) {
    return false
  }
  if (isProcedure(text, end, next, /^(?:will|shall|would)$/.test(word))) return false
  // "Russia must not prevail", "this should never happen": a wish about events, no act.
  if (/^(?:prevail|happen|occur|recur|exist|persist|win)$/.test(next)) return false
  // "will be held", "will have", "will face": a description of fact or an outcome, not an act.
  if (/^(?:will|shall|would)$/.test(word) && (predictionAfterWill.test(next) || next === 'not')) {
    return false
  }
  if (entry.ambiguous) return endsSubject(text, tokenBefore(text, match.index), match[0])
  return true
}

/**
 * "It will hold its next meeting in ...", "its participants would sign a joint statement": the
 * meeting's own procedure, not a course of action it proposes.
 */
function isProcedure(text: string, end: number, verb: string, verbRead: boolean): boolean {
  if (!/^(?:hold|convene|sign|adopt|issue|release|publish|meet)$/.test(verb)) return false
  // After "will" the match holds the verb; after "should" the verb comes next.
  const rest = verbRead
    ? text.slice(end, end + 100)
    : text.slice(end, end + 100).replace(/^\s*\p{L}+/u, '')
  return /^\s+(?:(?:its|their|the) next\s+(?:\p{Ll}+\s+)?(?:meeting|session|summit|round)|(?:again|next)\b|(?:an?|the)\s+(?:joint\s+)?(?:\p{Ll}+\s+)?(?:statement|declaration|communiqu[ée]|press release|press conference|news conference))/u.test(
    rest,
  )
}

/** Nouns that name a course of action: "new approaches are needed to ...". */
const courseNoun =
  /^(?:\p{Ll}+(?:tion|sion|ment|ance|ence|ure|al)s?|approach(?:es)?|steps?|efforts?|actions?|reforms?|polic(?:y|ies)|solutions?|work|investments?|resources|funds|funding)$/u

/** "It is important to remember that ...": a reminder, not a course of action. */
function keepImpersonal(text: string, match: RegExpExecArray): boolean {
  // "new approaches are needed to", not "missiles are urgently needed to".
  if (/^(?:is|are)\s.*(?:needed|required)\s+to$/i.test(match[0])) {
    const subject = wordOrNothing(tokenBefore(text, match.index))?.text.toLowerCase() ?? ''
    if (!courseNoun.test(subject)) return false
  }
  const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 120)
  const verb = /^(?:\s+for\s+[^,.;]{1,80}?)?\s+to\s+(?:\p{Ll}+ly\s+)?(be\s+\p{L}+|\p{L}+)/u.exec(
    rest,
  )
  return !verb || !mentalAfterModal.test(verb[1]!)
}

function keepLexical(text: string, match: RegExpExecArray, entry: ActPattern): boolean {
  const plain = wordOrNothing(tokenBefore(text, match.index))
  if (plain && nounMarkers.has(plain.text.toLowerCase())) return false
  const first = match.groups?.a ?? match[0]
  // Capitalised inside a sentence, the word is part of a name ("the Rapid Support Forces").
  if (isCapitalized(first) && !/^[\s"“‘'(]*$/.test(text.slice(0, match.index))) return false
  const before = meaningfulBefore(text, match.index)
  const beforeWord = wordOrNothing(before)?.text.toLowerCase()
  if (beforeWord === 'to') return false
  if (beforeWord && (negations.has(beforeWord) || /n['’]t$/.test(beforeWord))) return false
  const head = match.groups?.a?.toLowerCase() ?? ''
  if (/ed$/.test(head) && !/^(?:have|has|had) /.test(head)) {
    if (beforeWord && passiveMarkers.has(beforeWord)) return false
    // "the fund agreed upon at the Conference", "the plan endorsed by": a participle.
    const after = tokenAfter(text, match.index + match[0].length)?.text.toLowerCase() ?? ''
    if (/^(?:by|at|in|during|under|last|earlier)$/.test(after)) return false
  }
  if (entry.ambiguous && !endsSubject(text, before, first)) return false
  // "support for", "requests from": the noun, not the verb.
  const next = tokenAfter(text, match.index + match[0].length)?.text.toLowerCase() ?? ''
  if (entry.ambiguous && /^(?:for|of|from|among|towards|through|within)$/.test(next)) return false
  if (entry.needsTo) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 240)
    const clause = rest.split(/[;.:?]/)[0] ?? ''
    // "... to take part", or a lead-in "... to:".
    if (!/(?:^|\s)to(?: \p{Ll}|\s*$)/u.test(clause)) return false
  }
  return true
}

/** "commitment to defend", "the importance of establishing": an action must follow. */
function keepAction(text: string, match: RegExpExecArray, entry: ActPattern): boolean {
  const end = match.index + match[0].length
  const wants = entry.action ?? (/committed to$/i.test(match[0]) ? 'to' : undefined)
  if (wants === 'to') return actionFollows(text, end)
  if (wants === 'of') return actionAfterOf(text, end)
  return true
}

/** "agreed that exchanges serve as a basis ...": a shared view, not a decision. */
function agreesOnView(text: string, match: RegExpExecArray): boolean {
  if (!/\bthat$/i.test(match[0]) || !/^agree/i.test(match[0])) return false
  const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 160)
  const verb =
    /\b(?:will|shall|should|must|would|could|can|may|is|are|was|were|serves?|served|remains?|remained|constitutes?|represents?|plays?|has been|have been)\b/i.exec(
      rest,
    )
  return verb !== null && !/^(?:will|shall|should|must|would|could|can|may)$/i.test(verb[0])
}

/** "Determined to ...", "..., resolved to ...": only where a clause starts. */
function keepClauseStart(text: string, match: RegExpExecArray): boolean {
  const before = tokenBefore(text, match.index)
  if (!before) return true
  if (!isWord(before)) return /[,;:(—–]/.test(before.text)
  return /^(?:and|firmly|fully|therefore)$/i.test(before.text)
}

function passiveField(text: string, match: RegExpExecArray): Pick<ActCandidate, 'passive'> {
  const passive = passiveOf(text, match)
  return passive ? { passive } : {}
}

/** Candidate acts of a sentence, in order, without overlaps (the longer phrase wins). */
export function findActs(text: string): ActCandidate[] {
  const found: ActCandidate[] = []
  for (const { entry, match } of matchActPatterns(text)) {
    const keep = entry.impersonal
      ? keepImpersonal(text, match)
      : entry.modal
        ? keepModal(text, match, entry)
        : entry.clauseStart
          ? keepClauseStart(text, match)
          : keepLexical(text, match, entry)
    if (!keep || !keepAction(text, match, entry) || agreesOnView(text, match)) continue
    found.push({
      kind: entry.kind,
      verb: verbOf(match),
      from: match.index,
      to: match.index + match[0].length,
      modal: entry.modal === true,
      ...(entry.modal ? passiveField(text, match) : {}),
      impersonal: entry.impersonal === true,
      reportedOnly: entry.reportedOnly === true,
    })
  }
  found.sort((x, y) => x.from - y.from || y.to - x.to)
  const kept: ActCandidate[] = []
  for (const candidate of found) {
    const last = kept[kept.length - 1]
    if (last && candidate.from < last.to) continue
    kept.push(candidate)
  }
  return kept
}
