// A speaker named at the end of a sentence: "..., the ministers said.",
// "...,” Mr. Guterres said.", "..., said the spokesperson.", "..., according to
// the statement." The speaker makes the sentence's acts, unless the source is
// a document ("the statement said": the subject stays the actor).
import { isNonAgent } from './judge-agent.js'

export interface Attribution {
  /** Where the attribution starts in the sentence text: the object ends before it. */
  from: number
  /** The speaker's phrase, when the source is someone who can act. */
  speaker?: string
  /** The attribution closes a quotation: the speaker's own words, whatever their subject. */
  quoted?: boolean
}

const speechVerb =
  '(?:said|says|told (?:[^,.;]{1,40}?)|added|stressed|noted|stated|declared|announced|explained|insisted|emphasi[sz]ed|underlined|underscored|urged|warned)'
const tail = '\\s*[.!]?["”’]?\\s*$'
/** "said on Tuesday", "said last week": when, after the speech verb. */
const when =
  '(?:\\s+(?:on\\s+\\p{Lu}\\p{L}+|\\p{Lu}\\p{L}+day|last\\s+\\p{Ll}+|this\\s+\\p{Ll}+|yesterday|today|earlier|in\\s+a\\s+statement))?'
/** ", after talks failed ...": a clause that closes the attribution. */
const closing =
  '(?:,\\s+(?:after|as|while|when|before|adding|citing|following|during|in)\\b[^“”"]{0,240})?'
const speakerAfter = new RegExp(
  `(?:,["”’]?|["”’],?)\\s+(?!(?:as|which|who|that|while|when|if|because|and|but|so)\\s)(?<who>[^,;“”"]{2,80}?)\\s+${speechVerb}(?:\\s+\\p{Ll}+ly)?${when}${closing}${tail}`,
  'u',
)
const speakerInverted = new RegExp(
  `,["”’]?\\s+(?:said|says|added|stressed|noted)\\s+(?<who>(?:the\\s+)?\\p{Lu}[^,;“”"]{1,80}?)(?:,\\s+[^“”"]{1,150}?)?${tail}`,
  'u',
)
const source = new RegExp(`,\\s+according to\\s+(?<who>[^,;“”"]{2,120}?)${tail}`, 'u')

/** Documents and media: sources that are not speakers. */
const documentSource =
  /\b(?:statement|declaration|communiqu[ée]|report|reports|document|text|agreement|media|agency|website|release|resolution|outcome|letter|minutes)\b/i

/** The attribution at the end of a sentence, if any. */
export function findAttribution(sentence: string): Attribution | undefined {
  // The attribution ends the sentence: only its last words are read.
  const offset = Math.max(0, sentence.length - 480)
  const found = attributionIn(sentence.slice(offset))
  return found && { ...found, from: found.from + offset }
}

function attributionIn(text: string): Attribution | undefined {
  const cited = source.exec(text)
  // "according to X": X is where the news comes from, not who acts.
  if (cited) return { from: cited.index }
  const match = speakerAfter.exec(text) ?? speakerInverted.exec(text)
  const who = match?.groups?.who
  if (!match || !who) return undefined
  const from = match.index
  const trimmed = who.trim()
  if (documentSource.test(trimmed) || isNonAgent(trimmed) || /^(?:it|this|that)$/i.test(trimmed)) {
    return { from }
  }
  return { from, speaker: trimmed, quoted: /["“”]/.test(text.slice(0, from + 3)) }
}
