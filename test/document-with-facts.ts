// Documents for classification tests: parsed without extraction, then given the entity,
// date and proposal lists a test names, each located by its text in the source.
import type { CommuniqueDocument } from '../src/model/document.js'
import type { ActKind } from '../src/model/entities.js'
import { parse } from '../src/parse.js'

export interface Facts {
  dates?: Array<[text: string, value: string | null]>
  organizations?: Array<{ name: string; aliases?: string[]; mentions: string[] }>
  places?: Array<{ name: string; mentions: string[] }>
  people?: Array<{ name: string; mentions: string[] }>
  proposals?: Array<{
    starts: string
    actor: string | null
    acts: Array<[verb: string, kind: ActKind]>
  }>
}

function locate(source: string, text: string, from = 0) {
  const start = source.indexOf(text, from)
  if (start < 0) throw new Error(`not in the text: ${text}`)
  return { start, end: start + text.length, text }
}

/** `text` parsed, with the given facts located in it (each mention at its first place). */
export function documentWith(text: string, facts: Facts = {}): CommuniqueDocument {
  const document = parse(text, { extract: false })
  const mentions = (list: string[]) => list.map((mention) => locate(text, mention))
  document.dates = (facts.dates ?? []).map(([mention, value]) => ({
    ...locate(text, mention),
    value,
  }))
  document.organizations = (facts.organizations ?? []).map((o) => ({
    name: o.name,
    aliases: o.aliases ?? [],
    mentions: mentions(o.mentions),
  }))
  document.places = (facts.places ?? []).map((p) => ({
    name: p.name,
    mentions: mentions(p.mentions),
  }))
  document.people = (facts.people ?? []).map((p) => ({
    name: p.name,
    mentions: mentions(p.mentions),
  }))
  const sentences = document.blocks.flatMap((block) => block.sentences)
  document.proposals = (facts.proposals ?? []).map((p) => {
    const sentence = sentences.find((s) => s.text.startsWith(p.starts))
    if (!sentence) throw new Error(`no sentence starts with: ${p.starts}`)
    return {
      text: text.slice(sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
      actor: p.actor,
      acts: p.acts.map(([verb, kind]) => {
        const at = locate(text, verb, sentence.start)
        return { verb, kind, start: at.start, end: at.end }
      }),
      object: null,
      entities: [],
    }
  })
  return document
}
