// Who "we" is and who acts in subjectless clauses. The group that declares
// itself comes first ("We, the G20 Finance Ministers and Central Bank
// Governors, met ..."; a long enumeration is shortened with the body named in
// the title: "We, the Leaders of Brazil, Russia, ..." in "... Declaration of
// the BRICS Summit" -> "BRICS Leaders"), then a declaration's issuer (metadata).
// A resolution's body is the phrase that opens it ("The General Assembly,").
// "The two sides" is what the text defines so ("(hereinafter “the two sides”)").
import type { Block, CommuniqueDocument } from '../../model/document.js'
import { isAgent } from './judge-agent.js'
import type { IssuingParties } from './resolve-actor.js'

/** How many sentences from the start are read for "We, the ..." and "The <Body>,". */
const openingSentences = 12

const weGroup = /^We,\s+(?:the\s+)?(.+?),\s+(?=(?!(?:the|and|a|an|of)\s)\p{Ll})/u
const bodyOpening =
  /^The\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|for|on|in|\p{Lu}[\p{L}'’-]*))*?)\s*(?:,|\()/u
const acronym = /\b(?:[A-Z][A-Z0-9]{1,9}|G\d{1,2})\b/

function opening(blocks: readonly Block[]): string[] {
  const texts: string[] = []
  for (const block of blocks) {
    if (block.type !== 'paragraph' && block.type !== 'listItem') continue
    for (const sentence of block.sentences) {
      texts.push(sentence.text)
      if (texts.length >= openingSentences) return texts
    }
  }
  return texts
}

/** "Leaders of A, B, C and D" with a title naming "BRICS" -> "BRICS Leaders". */
function shortenGroup(group: string, title: string | null): string {
  const match = /^(.+?)\s+of\s+(.+)$/.exec(group)
  if (!match) return group
  const listed = (match[2]!.match(/,/g) ?? []).length >= 2
  const named = title ? acronym.exec(title)?.[0] : undefined
  return listed && named ? `${named} ${match[1]}` : group
}

/** "Council of Foreign Ministers of the Organisation of Islamic Cooperation" -> "Council of Foreign Ministers". */
function shortenBody(body: string): string {
  const trimmed = body.replace(/\s+(?:of|the|and|for|on|in)$/u, '').trim()
  const cut = trimmed.lastIndexOf(' of the ')
  if (cut < 0) return trimmed
  const head = trimmed.slice(0, cut)
  const capitals = head.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).length
  return capitals >= 2 ? head : trimmed
}

/** "between the Republic of Indonesia and the Federal Republic of Germany (hereinafter “the two sides”)". */
const sidesDefined = [
  /between\s+((?:the\s+)?\p{Lu}[^(),;]{2,160}?)\s*\(hereinafter[^()]{0,30}?[“"‘'](?:the\s+)?(?:two\s+)?sides[”"’']\)/u,
  /(?:by|of)\s+((?:the\s+)?\p{Lu}[^(),;]{2,160}?)\s*\(hereinafter[^()]{0,30}?[“"‘'](?:the\s+)?(?:two\s+)?sides[”"’']\)/u,
]

function findSides(texts: readonly string[]): string | null {
  for (const pattern of sidesDefined) {
    for (const text of texts) {
      const found = pattern.exec(text)
      if (found) return found[1]!.replace(/^The\s/, 'the ')
    }
  }
  return null
}

/** "ASEAN Leaders’ Review and Decision on ...": the group whose text it is. */
function titleGroup(title: string, blocks: readonly Block[]): string | null {
  // The title, or a short line near the start that a page kept above the text.
  const lines = [title, ...blocks.slice(0, 8).map((block) => block.text.slice(0, 200))]
  for (const line of lines) {
    const found = groupTitle.exec(line)
    if (found) return `the ${found[1]}`
  }
  return null
}

const groupTitle =
  /^((?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3}(?:Leaders|Ministers|Heads of State and Government))['’]s?\s+\p{Lu}/u

/** Bodies whose "we" is their members: "We" in a committee's communiqué. */
const memberBody = /^(?:Committee|Council|Commission|Board|Assembly|Conference|Group)$/

/**
 * "We" in the communiqué of a committee is its members: "the members of the IMFC" for the
 * International Monetary and Financial Committee, by the acronym the text uses.
 */
function membersOf(issuer: string | null, blocks: readonly Block[]): string | null {
  // "Commitment of Port of Spain": an issuer read from a document's name acts for no one.
  if (!issuer || !isAgent(issuer)) return null
  const name = issuer.split(/\s+of\s+(?:the\s+)?/)[0]!.trim()
  const words = name.split(/\s+/)
  if (!memberBody.test(words.at(-1) ?? '')) return issuer
  const initials = words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('')
  const acronym = new RegExp(`\\b${initials}\\b`)
  const used = initials.length >= 2 && blocks.some((block) => acronym.test(block.text))
  return `the members of the ${used ? initials : name}`
}

const summitName =
  /(?:\p{Lu}\p{L}+\s+)?Summit\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/u

/**
 * "Fifth Summit of the Americas": those who declare at a summit are its heads of state and
 * government. The summit is named in the title or on a short line a page kept above the text.
 */
function summitLeaders(title: string, blocks: readonly Block[]): string | null {
  const lines = [title, ...blocks.slice(0, 8).map((block) => block.text.slice(0, 200))]
  for (const line of lines) {
    const summit = summitName.exec(line)
    if (summit) return `the Heads of State and Government at the ${summit[0]}`
  }
  return null
}

/** The issuing parties of a document, from its metadata and its opening sentences. */
export function findIssuingParties(document: CommuniqueDocument): IssuingParties {
  const texts = opening(document.blocks)
  let group: string | null = null
  let body: string | null = null
  for (const text of texts) {
    const found = weGroup.exec(text)
    if (found && !group) {
      const named = found[1]!.replace(/\s*\([^()]*\)/g, '').trim()
      group = shortenGroup(named, document.metadata.title)
    }
    const opened = bodyOpening.exec(text)
    if (opened && !body && !/^The\s+\S+\s+(?:is|are|was|were|has|have)\b/.test(text)) {
      body = shortenBody(opened[1]!)
    }
  }
  // The group the text itself names ("We, the ...") is surer than an issuer read from a signature.
  const issuer = document.metadata.kind !== 'news' ? document.metadata.issuer : null
  const title = document.metadata.title ?? ''
  const we =
    group ??
    titleGroup(title, document.blocks) ??
    membersOf(issuer, document.blocks) ??
    summitLeaders(title, document.blocks)
  return { we, body, sides: findSides(texts), issuer: document.metadata.issuer }
}
