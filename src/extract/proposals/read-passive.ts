// A modal with a passive: "A joint zone shall be set up by the customs services",
// "An annual fair should be organized". The thing done is the subject; who acts
// is the agent after "by", else the parties that issue the text.

/** Participles of doing (not "based", "held", "seen": states, meetings, views). */
const participle =
  /^\s+(?:\p{Ll}+ly\s+)?(?!(?:based|guided|seen|considered|regarded|noted|welcomed|reminded|held|deemed|expected|concerned|faced|affected|needed|required|allowed|entitled)\b)(\p{Ll}+(?:ed|en)|set|built|made|done|put|kept|run|sent|given|taken|laid|sought|paid)(?:\s+(?:up|out|down|forward|in place))?\b/u

/** "by the customs services of both countries" up to a comma, a preposition of place or time, or the end. */
const agentAfter =
  /^[^,;.]{0,60}?\bby\s+(?!(?:the\s+)?(?:end|time|middle|beginning|start|close|deadline|date|year|month|week|spring|summer|autumn|fall|winter)\b|\p{N}|(?:January|February|March|April|May|June|July|August|September|October|November|December|next|early|mid|late)\b)((?:the\s+)?(?:\p{L}[\p{L}'’-]*)(?:\s+(?!(?:in|on|at|before|after|within|during|from|until|through|for)\b)[\p{L}'’-]+){0,8})/u

export interface Passive {
  /** The agent's range in the text, when "by ..." names it. */
  agent?: { from: number; to: number }
}

/** The passive after a modal that ends at `end` (before "be" or, after "will be", before the participle). */
export function passiveAfter(text: string, end: number, beRead: boolean): Passive | undefined {
  let at = end
  if (!beRead) {
    const be = /^\s+(?:not\s+)?be\b/.exec(text.slice(at, at + 12))
    if (!be) return undefined
    at += be[0].length
  }
  const done = participle.exec(text.slice(at, at + 60))
  if (!done) return undefined
  at += done[0].length
  const by = agentAfter.exec(text.slice(at, at + 160))
  if (!by) return {}
  const from = at + by[0].length - by[1]!.length
  return { agent: { from, to: at + by[0].length } }
}
