import type { Block, Dateline } from '../model/document.js'
import { readDate } from './read-date.js'

export interface FoundIssuer {
  name: string
  block: { start: number; end: number }
}

const signingFor = /^(?:for|on behalf of) (?:the )?(.+?):?$/i
const signingLead = /^(?:done|signed|adopted|issued|made|approved|place|date)\b/i
const weThe = /^(?:\d+\.\s*)?We,\s+(?:the\s+)?(.{3,160}?),\s+(?=\p{Ll})/u
const titleOf =
  /^(?:joint |final |chair(?:man)?['’]s |presidential )?(?:statement|declaration|communiqu[eé]|resolution|initiative|decision|appeal|memorandum|press release)\b.*? of (?:the )?(.+?)(?: on | regarding | concerning | at | [“"«]|$)/i
const subject =
  /^The ((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}'’-]*))*?\s+\p{Lu}[\p{L}'’-]*)\s*(?:\(|,)/u
/** Head nouns of bodies that issue texts ("Council of Foreign Ministers of ..."). */
const institution =
  /^(?:[\p{L}'’-]+\s+){0,4}?(?:council|commission|committee|assembly|forum|organi[sz]ation|union|league|secretariat|conference|parliament|government|ministry|community|group|movement|authority|bank|fund|board|office|agency|court|summit)\b/iu
const eventLead =
  /^(?:\d\w*|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+th)?\s*(?:meeting|session|summit)\s+of\s+(?:the\s+)?/i
/** A name that ends in an event word ("10th Summit"): any lead words are matched by the search. */
const eventWord = /\b(?:meeting|summit|session|conference|forum)$/i

function strip(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .replace(/[.,;:]+$/, '')
    .trim()
}

/**
 * Who issues the text: the signing lines ("For the X:" lines, or the signature's
 * name line), else the "We, the X," opening, else the body named in the title
 * ("Joint Statement of the X on ..."), else a news agency from the dateline.
 */
export function readIssuer(
  blocks: Block[],
  title: string | null,
  dateline: Dateline | null,
): FoundIssuer | undefined {
  const signature = blocks.filter((block) => block.type === 'signature')
  const parties = signature
    .map((block) => ({ block, match: signingFor.exec(block.text) }))
    .filter((entry) => entry.match && /:$/.test(entry.block.text))
  if (parties.length > 0) {
    return {
      name: parties.map((entry) => strip(entry.match![1]!)).join(' and '),
      block: parties[0]!.block,
    }
  }
  const named = signature.find(
    (block) => !readDate(block.text) && !signingLead.test(block.text) && !/:$/.test(block.text),
  )
  if (named && signature.length <= 4) return { name: strip(named.text), block: named }

  const opening = blocks.find((block) => block.type === 'paragraph' || block.type === 'listItem')
  const we = opening ? weThe.exec(opening.text) : null
  // "We, the Leaders of A, the B and the C, ..." lists parties rather than naming one issuer.
  if (opening && we && !opening.text.slice(we[0].length).trimStart().startsWith('the ')) {
    return { name: strip(we[1]!), block: opening }
  }
  if (dateline?.agency) return { name: dateline.agency, block: dateline }
  const subjectMatch = opening && !dateline ? subject.exec(opening.text) : null
  if (opening && subjectMatch && institution.test(subjectMatch[1]!)) {
    return { name: strip(subjectMatch[1]!), block: opening }
  }

  const titleBlock = blocks.find((block) => block.type === 'heading')
  const fromTitle = title ? titleOf.exec(title) : null
  const body = fromTitle ? strip(fromTitle[1]!).replace(eventLead, '') : ''
  if (titleBlock && body && !eventWord.test(body)) return { name: body, block: titleBlock }
  return undefined
}
