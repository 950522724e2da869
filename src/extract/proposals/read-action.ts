// Whether the words after an act name a course of action: "commitment to
// defend", "committed to strengthening", "commitment to the full implementation
// of" do; "committed to peace and stability", "recommit ourselves to a world
// ...", "commitment to the purposes and principles" do not (support for a
// principle is no proposal). Also "the importance of" + an action ("of members
// taking account", "of continuing joint efforts"), not + a plain noun.
import { type Token, tokenAfter, wordOrNothing } from './sentence-words.js'

/** Words that open a noun phrase. */
const determiners =
  /^(?:the|a|an|our|their|its|his|her|this|these|those|that|all|any|each|every|both|some|such|new|more|further|greater|closer|additional)$/i

/** Nouns made from verbs of doing: "implementation", "protection", "establishment". */
const actionNoun = /^\p{Ll}[\p{Ll}-]*(?:tion|sion|ment|ance|ence|ening|ing|al|ure)s?$/u

/** Words in -ing that are not gerunds. */
const notGerund =
  /^(?:during|including|regarding|concerning|according|notwithstanding|following|pending|something|nothing|everything|anything|thing|king|ring|spring|string|morning|evening|ceiling|building|meeting|gathering|briefing|hearing|setting|beginning|wording|funding)$/i

/** Verb endings that mark a word as a verb whatever follows: "strengthen", "prioritize". */
const verbEnding = /^\p{Ll}+(?:en|i[sz]e|ate|ify)$/u

/** Degree and manner words between "to" and the verb ("to further strengthen", "to swiftly finalise"). */
function skipAdverbs(text: string, token: Token | undefined): Token | undefined {
  let at = token
  for (
    let hops = 0;
    hops < 3 && at && /^(?:\p{Ll}+ly|further|jointly|also|both|then)$/u.test(at.text);
    hops++
  ) {
    at = wordOrNothing(tokenAfter(text, at.to))
  }
  return at
}

function isGerund(word: string): boolean {
  return /^\p{Ll}{2,}ing$/u.test(word) && !notGerund.test(word)
}

/** The head of a noun phrase that starts at `token`: the first word that is not an adjective. */
function headOfPhrase(text: string, token: Token): Token | undefined {
  let at: Token | undefined = token
  for (let hops = 0; hops < 4 && at; hops++) {
    const next = tokenAfter(text, at.to)
    // A word followed by "of", a comma, "and" or the end closes the phrase.
    if (!next || !/^[\p{Ll}-]+$/u.test(next.text)) return at
    if (/^(?:of|for|in|on|and|or|to|with|by|at|from|between|among|as)$/.test(next.text)) return at
    at = next
  }
  return at
}

/**
 * Does the text after `pos` (just after "to") start an action: a verb with what it takes,
 * a gerund, or a noun phrase whose head is a noun of doing?
 */
export function actionFollows(text: string, pos: number, depth = 0): boolean {
  const first = skipAdverbs(text, wordOrNothing(tokenAfter(text, pos)))
  if (!first || !/^\p{Ll}/u.test(first.text)) return false
  const word = first.text
  if (isGerund(word)) return true
  if (determiners.test(word)) {
    const start = wordOrNothing(tokenAfter(text, first.to))
    const head = start && headOfPhrase(text, start)
    return head !== undefined && actionNoun.test(head.text) && !notGerund.test(head.text)
  }
  if (isVision(text, first)) return false
  if (verbEnding.test(word) && !actionNoun.test(word)) return true
  if (abstractNoun.test(word)) return false
  // A bare word is a verb unless nothing follows it in its phrase ("to peace and stability");
  // "to advance and increase cooperation": the second verb decides.
  const next = tokenAfter(text, first.to)
  if (next && /^(?:and|or)$/.test(next.text) && depth < 2)
    return actionFollows(text, next.to, depth + 1)
  return next !== undefined && !/^(?:and|or|[,.;:)])$/.test(next.text)
}

/** "to realise ASEAN as a region of lasting peace": a vision, not a course of action. */
function isVision(text: string, verb: Token): boolean {
  if (!/^(?:reali[sz]e|make|turn|transform|build|keep)$/.test(verb.text)) return false
  return /^[^,;.]{0,60}?\s(?:as|into)\s+an?\s/u.test(text.slice(verb.to, verb.to + 80))
}

/** Endings of nouns of states and ideas: "stability", "multilateralism", "democracy", "peace". */
const abstractNoun = /^\p{Ll}+(?:ity|ism|ness|cy|dom|hood|ship|ace|ice|ty)$/u

/** Words that make the noun after them an action going on: "continued progress". */
const continuing = /^(?:continued|continuing|further|early|swift|prompt|timely|speedy|sustained)$/i

/** "the importance of" + an action: a gerund within a few words, or "continued"/"further" + noun. */
export function actionAfterOf(text: string, pos: number): boolean {
  let token = wordOrNothing(tokenAfter(text, pos))
  // "the importance of the meeting": after a determiner a word in -ing is a noun.
  if (token && /^(?:the|a|an|this|that|these|those|its|their|our)$/i.test(token.text)) {
    token = wordOrNothing(tokenAfter(text, token.to))
    return token !== undefined && continuing.test(token.text)
  }
  if (token && continuing.test(token.text)) return true
  for (let hops = 0; hops < 4 && token; hops++) {
    if (isGerund(token.text.toLowerCase()) && /^\p{Ll}/u.test(token.text)) return true
    if (/^(?:of|for|in|on|to|with|by|at|from)$/i.test(token.text)) return false
    token = wordOrNothing(tokenAfter(text, token.to))
  }
  return false
}
