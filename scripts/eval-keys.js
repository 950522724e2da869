// How eval.js compares names, proposals' first words and actors: case, white space,
// quotation marks and dashes folded, a leading article dropped.

export function key(text) {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/^(?:the|The)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/**
 * The answers accepted for a gold actor (../shared/real-dev/README.md): its `actor_forms`
 * when it lists them, else the actor itself; for "We, the Leaders of ..." also what the
 * pronoun stands for. Compared without case and without a leading article.
 */
export function actorForms(g) {
  const forms = [...(g.actor_forms ?? [g.actor])]
  const apposed = /^(?:we|they|nous),\s+(.+)$/i.exec(String(g.actor ?? ''))
  if (apposed) forms.push(apposed[1])
  return forms.map(actorKey)
}

export function actorKey(text) {
  return key(text).replace(/^(?:(?:the|a|an|les?|la)\s+|l')/, '')
}

/**
 * A proposal's first words as matched: opening quotation marks and Markdown emphasis
 * (a proposal's text is its source text, `**approved**` in a Markdown input) do not count.
 */
export function startsKey(text) {
  return key(
    String(text ?? '')
      .replace(/\*{1,3}|\b_{1,3}|_{1,3}\b/g, '')
      .replace(/^["'“‘(]+\s*/, ''),
  )
}
