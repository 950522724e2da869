import { kindNamed } from '../data/kind-words.js'
import type { Block, Dateline, DocumentKind } from '../model/document.js'

// The kind of a text: named by its title or its first lines ("Joint Statement",
// "Communiqué issued by ..."), else read from its form: a news report (a wire dateline,
// a byline, reported speech), a readout of a call, a resolution or decision (a body,
// preambular clauses, operative paragraphs), a press release (a press office's
// letterhead, a past-tense account of a meeting), else a declaration.

export interface KindFound {
  kind: DocumentKind
  rule: string
  block?: { start: number; end: number }
}

/** Verbs of reported speech: "said", "told reporters", "according to", "the document reads". */
const speech =
  /\b(?:said|says|told|according to|added|stressed in a statement|reported|reports|quoted|the (?:document|statement|text) reads)\b/i
/** A press office's letterhead: the text is its release. */
const pressOffice =
  /\b(?:press|media|information|communications?|news)\s+(?:office|division|service|section|unit|department|centre|center)\b|\bdepartment of (?:public )?information\b|\bpress secretary\b/i
/** A page's label for a release: "Press releases", "News release", "Communiqué de presse". */
const pressLabel = /\b(?:press|news|media)\s+releases?\b|\bcommuniqu[eé]s?\s+de\s+presse\b/i

/** The page carries a document's text: "Full text of ...", "Text of ...", "... reads:". */
const carriesText = /\b(?:full )?text of\b|\bpublishes\b.*\btext\b/i
/** The first sentence reports a call or talks: a readout. */
const readoutLead =
  /\b(?:telephone|phone|video)\s+(?:conversation|call|talks)\b|\bspoke\s+(?:by|on the)\s+(?:tele)?phone\b/i
/** A news lede's present perfect: "have held in-depth discussions", "has agreed to". */
const lede =
  /\b(?:have|has)\s+(?:\p{Ll}+ly\s+)?(?:held|met|agreed|reached|signed|adopted|called|pledged|vowed|decided|launched|\p{Ll}+ed)\b/u

/** A preamble's participles ("Recalling", "Noting", "Guided by"). */
const preamble =
  /^(?:\p{Lu}\p{Ll}+ing|Guided|Mindful|Convinced|Concerned|Aware|Deeply|Gravely|Alarmed|Bearing|Having|Taking)\b/u
/** An operative paragraph in the past tense ("agreed to suspend", "invited the ..."): decisions minuted. */
const pastOperative =
  /^(?:agreed|decided|invited|requested|adopted|approved|instructed|took note)\b/

/** A text without its quotations: what the writer says, not whom they quote. */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|«[^»]*»/g, ' ')
}

function isBody(block: Block): boolean {
  return block.type === 'paragraph' || block.type === 'listItem'
}

/** Whether the title reads as a headline about a text rather than the text's own name. */
function isHeadline(title: string): boolean {
  const words = title.split(/\s+/).filter((word) => word.length > 3)
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length
  return words.length > 0 && lower / words.length > 0.4
}

/** How strongly the text reads as a news report (2 or more: news). */
function newsScore(blocks: Block[], dateline: Dateline | null): number {
  let score = 0
  if (dateline && (dateline.agency || (dateline.place && /^\p{Lu}{3}/u.test(dateline.text))))
    score += 2
  if (
    blocks.some(
      (block) =>
        block.type === 'boilerplate' &&
        block.reason === 'publication' &&
        /^by\s+\p{Lu}/iu.test(block.text),
    )
  )
    score += 2
  if (
    blocks.some(
      (block) =>
        block.type === 'boilerplate' &&
        block.reason === 'copyright' &&
        /\b(?:news|agency|press|media)\b/i.test(block.text),
    )
  )
    score += 1
  const reported = blocks
    .filter(isBody)
    .flatMap((block) => block.sentences)
    .filter((sentence) => speech.test(sentence.text)).length
  return score + Math.min(reported, 2)
}

function named(text: string, rule: string, block: Block): KindFound | undefined {
  const found = kindNamed(text)
  return found ? { kind: found.kind, rule, block } : undefined
}

/** The kind of the text and the rule (and line) that decided it. */
export function readKind(
  blocks: Block[],
  front: Block[],
  title: Block | undefined,
  dateline: Dateline | null,
): KindFound {
  const news = newsScore(blocks, dateline) >= 2
  if (title) {
    const byTitle = named(title.text, 'title', title)
    // A headline that names a kind ("Leaders adopt Joint Statement") is news when the text reads as news.
    if (byTitle && (!news || !isHeadline(title.text) || carriesText.test(title.text)))
      return byTitle
  }
  // The page files the text as a release ("Home › News › Press releases", "Press Release No. 31/2025").
  const label = blocks
    .slice(0, 10)
    .find((block) => block.text.length <= 160 && pressLabel.test(block.text))
  if (label) return { kind: 'press-release', rule: 'page-label', block: label }
  const letterhead = front.find((block) => block.text.length <= 200 && pressOffice.test(block.text))
  if (letterhead) return { kind: 'press-release', rule: 'letterhead', block: letterhead }
  if (news) return { kind: 'news', rule: 'news' }
  // The short lines of the front, and the first headings of the body ("Conclusions – 27 June 2024").
  for (const block of blocks.slice(0, 12)) {
    if (block === title || block.type === 'boilerplate' || block.text.length > 160) continue
    if (isBody(block) && (!front.includes(block) || /[.;:,]$/.test(block.text))) continue
    const found = named(block.text, 'front', block)
    if (found) return found
  }
  const body = blocks.filter(isBody)
  const lead = body[0]?.sentences[0]
  if (lead && readoutLead.test(lead.text))
    return { kind: 'readout', rule: 'readout', block: body[0] }
  const form = resolutionForm(blocks)
  if (form) return form
  const meeting = /\b(?:met|was held|were held|took place|convened|gathered)\b/
  const firstPerson = /\b(?:we|our|us|nous|nosotros)\b/i
  // An unsigned account in the third person: a news lede in the present perfect ("Leaders
  // have held talks"), or a release telling of a meeting in the past tense ("The Council met").
  const unsigned =
    lead &&
    body.length >= 3 &&
    !blocks.some((block) => block.type === 'signature') &&
    !body.some((block) => block.marker)
  if (unsigned && lede.test(lead.text) && !firstPerson.test(unquoted(lead.text)))
    return { kind: 'news', rule: 'lede', block: body[0] }
  if (
    unsigned &&
    meeting.test(lead.text) &&
    !body.slice(0, 6).some((block) => firstPerson.test(unquoted(block.text)))
  )
    return { kind: 'press-release', rule: 'account', block: body[0] }
  return { kind: 'declaration', rule: 'default' }
}

/**
 * A resolution's form: "The General Assembly," (a body, alone on its line), preambular
 * participles, then operative paragraphs; minuted in the past tense ("1. agreed to ...")
 * it is a decision.
 */
function resolutionForm(blocks: Block[]): KindFound | undefined {
  const index = blocks.findIndex(
    (block) =>
      block.type !== 'boilerplate' &&
      /^The\s+\p{Lu}[\p{L}'’ -]{2,80},?$/u.test(block.text) &&
      block.text.split(' ').length <= 12,
  )
  if (index === -1) return undefined
  const next = blocks.slice(index + 1, index + 4).filter((block) => block.type !== 'boilerplate')
  if (!next.some((block) => preamble.test(block.text))) return undefined
  const operative = blocks.slice(index + 1).filter((block) => block.marker)
  const past = operative.filter((block) =>
    pastOperative.test(block.text.slice(block.marker!.length).trim()),
  ).length
  const kind = operative.length > 0 && past * 2 >= operative.length ? 'decision' : 'resolution'
  return { kind, rule: 'form', block: blocks[index]! }
}
