// Whether a subject can act: a party, a body, a person, a pronoun; not a
// document, an event or an idea ("This Memorandum shall enter into force",
// "the meeting will be held", "cooperation should be based on ...").

/** Nouns for those who can act: countries, bodies, groups of people. */
const agentNouns = new Set(
  `countries country states state nations nation governments government parties party sides side
  members member leaders leader ministers minister heads head delegations delegation participants
  participant organizations organisations organization organisation institutions institution banks
  bank actors actor stakeholders stakeholder community communities council councils forum committee
  committees secretariat secretariats commission assembly conference people peoples everyone everybody
  partners partner donors donor authorities authority agencies agency bodies body sector sectors
  society societies business businesses companies company economies world union group groups bloc
  presidency chair chairman chairperson president presidents envoy envoys secretary-general secretary
  representatives representative officials official experts youth women men children citizens
  scientists universities region regions cities city provinces province governors legislators
  parliaments parliament court courts observers investors lenders creditors producers industry
  industries humanity mankind all each both we us they republic kingdom federation administration
  ministry ministries centre center centres centers fund funds university chamber chambers
  institute institutes academy academies customs services service police army armies navy
  ports port municipality municipalities towns town villages village`.split(/\s+/),
)

/** Heads that are documents, events or times, even when capitalised. */
const nonAgentNouns = new Set(
  `memorandum agreement agreements declaration statement resolution communiqué communique charter
  treaty convention protocol document text plan strategy programme program decision report article
  provision provisions meeting meetings summit session sessions event visit talks round negotiations
  election elections exercise festival games year anniversary ceremony this that these those which
  there what it one`.split(/\s+/),
)

/** Endings of abstract nouns ("cooperation", "development", "evidence"). */
const abstract = /(?:tion|ment|ism|ity|ness|ance|ence|ship|ing|age|ure|cy|ty)s?$/

const pronouns = new Set(['we', 'i', 'you', 'they', 'he', 'she', 'it'])

/** True for a lower-cased word that names an agent ("countries", "council"). */
export function isAgentWord(word: string): boolean {
  return agentNouns.has(word)
}

/** Adjectives that follow the noun they describe. */
const postnominal = /^(?:concerned|involved|affected|present|represented|responsible)$/i

/** The head word of a noun phrase: the last word before "of", "for", a comma or a parenthesis. */
export function headWord(phrase: string): string {
  const core =
    phrase.split(
      /\s+(?:of|for|in|on|at|from|with|to|against|by|under|over|between|among|within|without|through|into|towards|about|across|after|before|during|since|like|including|that|which|who)\s+|[,(]/,
    )[0] ?? ''
  const words = core.trim().split(/\s+/)
  // "the countries concerned", "the parties involved": an adjective after its noun.
  if (words.length > 1 && postnominal.test(words.at(-1)!)) words.pop()
  return words[words.length - 1] ?? ''
}

/** True when a subject phrase can act (pronouns are judged after they are resolved). */
export function isAgent(phrase: string): boolean {
  const trimmed = phrase.trim()
  if (!trimmed) return false
  const lower = trimmed.toLowerCase()
  if (pronouns.has(lower)) return true
  // "the two ports", "both cities": parties counted as such.
  if (/^(?:the (?:two|three|four|five|six|\d+)|both(?: the)?) \p{Ll}+s$/u.test(lower)) return true
  // "X and Y": agent when either side is.
  // Split with the same case rule as the test ("Staff AND personnel"), and recurse only on
  // shorter parts, so that no phrase can be judged by judging itself again.
  if (!/\s(?:of|for)\s/.test(lower)) {
    const parts = trimmed.split(/\s+and\s+/i)
    if (parts.length > 1) return parts.some((part) => isAgent(part))
  }
  const head = headWord(trimmed)
  const headLower = head.toLowerCase().replace(/['’]s$/, '')
  if (nonAgentNouns.has(headLower) || nonAgentNouns.has(singular(headLower))) return false
  if (agentNouns.has(headLower)) return true
  if (!/^\p{Lu}/u.test(head)) return false
  // A proper name: a capitalised head, but not an abstract noun capitalised by its place
  // at the start of the sentence ("Cooperation should ...", "Membership in the Council must ...").
  const first = trimmed.split(/\s+/)[0]
  return !(first === head && abstract.test(headLower))
}

function singular(word: string): string {
  return word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '')
}

/** Meetings and sessions: they act as bodies when they call for or approve ("Summit approved ..."). */
const eventNouns = new Set(['meeting', 'summit', 'session', 'conference', 'forum'])

/**
 * True when a subject names a document or an idea: it proposes nothing. An event may
 * ("Summit approved the plan") when `events` is true.
 */
export function isNonAgent(phrase: string, events = false): boolean {
  const head = headWord(phrase.trim())
  const lower = head.toLowerCase().replace(/['’]s$/, '')
  if (events && eventNouns.has(singular(lower))) return false
  if ((nonAgentNouns.has(lower) || nonAgentNouns.has(singular(lower))) && !pronouns.has(lower)) {
    return true
  }
  return /^\p{Ll}/u.test(head) && !agentNouns.has(lower) && abstract.test(lower)
}
