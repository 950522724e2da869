// Which candidate acts of a sentence are its acts: the first act of the main
// clause (or of reported speech), then the acts coordinated with it. A modal
// needs a subject that can act ("the meeting will be held" is a fact).
import { beliefVerbs } from './clause-words.js'
import { type ActCandidate, findActs } from './find-acts.js'
import { type ClauseKind, findSubject, type SubjectScan } from './find-subject.js'
import { firstMainVerb, type VerbRange } from './find-verbs.js'
import { isAgent, isAgentWord, isNonAgent } from './judge-agent.js'

/** An act of the sentence: the candidate, its clause, and the verb as the reader sees it. */
export interface ReadAct extends ActCandidate {
  clause: ClauseKind
  /** Who reported an act that has its own subject ("X told ... that Astana supported ..."). */
  speaker?: { from: number; to: number }
}

/** What a sentence proposes, by whom: ranges are into the sentence text. */
export interface SentenceReading {
  acts: ReadAct[]
  /** The actor's phrase: the subject, or the speaker of reported speech; empty when none is written. */
  actor: { from: number; to: number }
  /** Where the object starts: after the first act's verb phrase. */
  objectFrom: number
}

export interface ReadOptions {
  /** The sentence is attributed to a speaker at its end (", the ministers said."). */
  attributed?: boolean
  /** The subject is given before the sentence ("The Deputies" over "1. called on ..."). */
  subjectGiven?: boolean
}

const subjectlessStart = /^[\s"“‘'(]*$/
/** An opening adverbial phrase: "In a declaration adopted at the summit, ...". */
const introPhrase =
  /^(?:In|On|At|During|After|Before|Following|Speaking|Addressing|Opening|To|With|Under|As|For|By|Through|Since|Despite|Given|Against|Amid|Like|Having|Recalling|Noting)\b[^,]{0,160},\s*/u

/** The subject of the sentence's first verb: who speaks in "We take note of ... and support ...". */
export function mainSubject(
  text: string,
  ranges: readonly VerbRange[],
): { from: number; to: number } {
  const intro = introPhrase.exec(text)?.[0].length ?? 0
  const limit = ranges[0]?.from ?? text.length
  const verb = firstMainVerb(text, intro, limit)
  const first = verb >= 0 ? verb : limit
  if (first >= text.length || subjectlessStart.test(text.slice(0, first))) {
    return { from: first, to: first }
  }
  const scan = findSubject(text, first, ranges)
  if (scan.clause === 'coordinated') {
    // "We, the Leaders of ..., met": the subject is the first phrase, before the apposition;
    // "The Authority renewed ... and decided": the names the sentence opens with.
    const comma = text.indexOf(',')
    if (comma > 0 && comma < first) return { from: 0, to: comma }
    const named = leadingName.exec(text.slice(intro))
    return named ? { from: intro, to: intro + named[0].length } : { from: first, to: first }
  }
  return { from: scan.from, to: scan.to }
}

/** The capitalised names a sentence opens with: "The Authority", "Ms. Elena Marchetti". */
const leadingName =
  /^(?:(?:The|the|All|Both|Each)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|and|on|in|the|de)\s+)*\p{Lu}[\p{L}'’.-]*)*/u

/** The names a sentence opens with, after an opening phrase ("Following the discussion, Ms. X ..."). */
export function openingName(text: string): string {
  const intro = introPhrase.exec(text)?.[0].length ?? 0
  return leadingName.exec(text.slice(intro))?.[0] ?? ''
}

function phrase(text: string, range: { from: number; to: number }): string {
  return text
    .slice(range.from, range.to)
    .replace(/[“”"‘’]/g, '')
    .trim()
}

/** A clause without a subject: a resolution's operative verb ("Calls upon", "Decides to"). */
function isOperative(text: string, at: number): boolean {
  return subjectlessStart.test(text.slice(0, at)) && operativeVerb.test(text.slice(at, at + 40))
}

/** "Calls upon", "Further requests", "Strongly urges": a resolution's operative verb. */
const operativeVerb =
  /^(?:(?:Also|Further|Again|Once again|Hereby|Finally|\p{Lu}\p{Ll}+ly)\s+)?\p{L}\p{Ll}+s\b/u

/** A subject of one plural word that names no one who acts: "Prices", "Exports", "tensions". */
function isTrend(subject: string): boolean {
  return /^\p{L}+[^s]s$/u.test(subject) && !isAgentWord(subject.toLowerCase())
}

/** In reported speech, "will" commits the speaker only when the subject is the speaker's side. */
function speaksForItself(subject: string): boolean {
  return (
    /^(?:he|she|i|we|it)$/i.test(subject) ||
    /\b(?:country|government|nation|administration)\b/i.test(subject)
  )
}

/** "Our record should be a lesson, but it should not ...": the pronoun stands for a thing named before it. */
function pronounOfThing(
  text: string,
  scan: SubjectScan,
  main: { from: number; to: number },
): boolean {
  if (main.to > scan.from || main.from === main.to) return false
  const subject = phrase(text, main)
  return !/^(?:it|they|we|he|she|i)$/i.test(subject) && !isAgent(subject)
}

function hasAgent(
  text: string,
  candidate: ActCandidate,
  scan: SubjectScan,
  main: () => { from: number; to: number },
  options: ReadOptions,
  speaker: string,
): boolean {
  if (candidate.impersonal) return true
  // "A joint zone shall be set up by ...": what is done is the subject; not "It shall be extended".
  if (candidate.passive && !/^(?:it|this|that)$/i.test(phrase(text, scan))) {
    return (
      !isNonAgent(phrase(text, scan)) || scan.from === scan.to || Boolean(candidate.passive.agent)
    )
  }
  const range = scan.clause === 'coordinated' ? main() : scan
  const subject = phrase(text, range)
  if (!subject) {
    return scan.clause !== 'reported' && (options.subjectGiven || isOperative(text, range.from))
  }
  if (!candidate.modal) return !isNonAgent(subject, true)
  // "Prices will increase": an outcome, unless those who act make it ("the ministers will increase").
  if (
    /\b(?:increase|decrease|rise|grow|fall|double|triple)$/.test(candidate.verb) &&
    isTrend(subject)
  ) {
    return false
  }
  if (/^(?:i|you)$/i.test(subject)) return false
  // "It should be a matter of concern", "it must be said": no one is asked to act.
  if (/^it$/i.test(subject) && /^\s+(?:not\s+)?be\b/.test(text.slice(candidate.to))) return false
  if (/^(?:it|they)$/i.test(subject) && pronounOfThing(text, scan, main())) return false
  const commits = candidate.kind === 'commit'
  if (scan.clause === 'reported') {
    if (!commits) return true
    // "announced that the Ministry will provide": a commitment; "believes that the world will ...": a forecast.
    const speech = scan.speech ? text.slice(scan.speech.from, scan.speech.to).toLowerCase() : ''
    const believed = speech.split(/\s+/).some((word) => beliefVerbs.has(word))
    if (believed || /^you$/i.test(subject)) return false
    // "the Banks said they would ...": "they" are the speakers themselves.
    if (/^they$/i.test(subject)) return /\sand\s|s$/.test(speaker.trim())
    return speaksForItself(subject) || isAgent(subject)
  }
  // "..., the sources said": a "would" is theirs only when the subject is their side.
  if (options.attributed && candidate.reportedOnly) return speaksForItself(subject)
  if (options.attributed && !commits) return true
  return isAgent(subject)
}

function accepts(
  candidate: ActCandidate,
  clause: ClauseKind,
  options: ReadOptions,
  inSpeech: boolean,
): boolean {
  if (clause === 'excluded' || clause === 'nested') return false
  // "told reporters that Astana supported the plan and would send ...": "would" goes on with the speech.
  if (candidate.reportedOnly) {
    return (
      clause === 'reported' || options.attributed === true || (clause === 'coordinated' && inSpeech)
    )
  }
  return true
}

/** Who speaks in reported speech; undefined when the speech verb is itself not the sentence's. */
function speakerOf(
  text: string,
  scan: SubjectScan,
  ranges: readonly VerbRange[],
  main: () => { from: number; to: number },
): { from: number; to: number } | undefined {
  if (!scan.speech) return undefined
  const speaker = findSubject(text, scan.speech.from, ranges)
  if (speaker.clause === 'coordinated') return main()
  if (speaker.clause !== 'main') return undefined
  if (speaker.from === speaker.to && !isOperative(text, scan.speech.from)) return undefined
  return { from: speaker.from, to: speaker.to }
}

/** The acts of a sentence and who makes them, or undefined when it proposes nothing. */
export function readSentence(
  text: string,
  options: ReadOptions = {},
  candidates: readonly ActCandidate[] = findActs(text),
): SentenceReading | undefined {
  if (candidates.length === 0 || /\?["”’)]*\s*$/.test(text)) return undefined
  let mainRange: { from: number; to: number } | undefined
  const main = () => {
    mainRange ??= mainSubject(text, candidates)
    return mainRange
  }
  const acts: ReadAct[] = []
  let actor: { from: number; to: number } | undefined
  let refusedModal = false
  /** The act before was said by a speaker: a verb joined to it is said too. */
  let inSpeech = false
  for (const candidate of candidates) {
    const scan = findSubject(text, candidate.from, candidates)
    const speaker = scan.clause === 'reported' ? speakerOf(text, scan, candidates, main) : undefined
    const said = speaker ? text.slice(speaker.from, speaker.to) : ''
    // "we must take a stand and commit to ...": a verb joined to a refused modal shares its fate.
    const refused =
      (scan.clause === 'coordinated' && refusedModal) ||
      !accepts(candidate, scan.clause, options, inSpeech) ||
      !hasAgent(text, candidate, scan, main, options, said)
    if (refused || (scan.clause === 'reported' && !speaker)) {
      refusedModal = candidate.modal
      continue
    }
    refusedModal = false
    inSpeech = scan.clause === 'reported' || (scan.clause === 'coordinated' && inSpeech)
    // "the chairperson said the council encouraged ...": an act verb with its own subject is
    // that subject's act; "said member states should ..." is the speaker's.
    const ownAct = scan.clause === 'reported' && !candidate.modal && scan.from < scan.to
    const clause = ownAct ? 'main' : scan.clause
    if (acts.length === 0) {
      actor = clause === 'reported' ? speaker : clause === 'coordinated' ? main() : scan
    }
    const reported = ownAct ? (speaker ? { speaker } : {}) : reportedVerb(text, candidate, scan)
    acts.push({ ...candidate, clause, ...reported })
  }
  const first = acts[0]
  if (!first || !actor) return undefined
  return { acts, actor: { from: actor.from, to: actor.to }, objectFrom: first.to }
}

/** Reported acts name the speech verb too: "said ... should", from the speech verb on. */
function reportedVerb(
  text: string,
  candidate: ActCandidate,
  scan: SubjectScan,
): Partial<ActCandidate> {
  if (scan.clause !== 'reported' || !scan.speech) return {}
  const speech = text.slice(scan.speech.from, scan.speech.to).toLowerCase()
  return { verb: `${speech} ... ${candidate.verb}`, from: scan.speech.from }
}
