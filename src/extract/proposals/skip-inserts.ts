// Phrases set into a sentence between a subject and its verb, read backwards
// from a comma: ", in our opinion,", ", which sent troops last year,", ", meeting
// in Jeju, South Korea, in May,", ", the country's largest business lobby,".

/** Words that open a phrase that is not the subject ("in", "following", "particularly"). */
export const prepositions =
  /^(?:in|on|at|by|for|with|from|to|during|under|through|after|before|following|including|as|like|particularly|especially|notably)$/i

/** A comma segment that is set into a sentence: ", in particular ...", ", which ...", ", meeting in ...". */
function isInsertLike(segment: string): boolean {
  const first = segment.split(/\s+/)[0] ?? ''
  return (
    prepositions.test(first) ||
    /^\p{Ll}+(?:ing|ed)$/u.test(first) ||
    /^(?:those|in particular|notably|which|who|whose|whom|where|of which|in which)\b/iu.test(
      segment,
    )
  )
}

/**
 * Where the inserted phrase that ends at the comma at `comma` starts (its opening comma), if
 * there is one: ", in our opinion,", ", meeting in Jeju, South Korea, in May,", and an
 * apposition after a name (", the country's most powerful business lobby,").
 */
export function insertBefore(text: string, comma: number): number | undefined {
  let end = comma
  let open: number | undefined
  for (let steps = 0; steps < 4; steps++) {
    const start = text.lastIndexOf(',', end - 1)
    if (start < 0) break
    const segment = text.slice(start + 1, end).trim()
    const before = text.slice(Math.max(0, text.lastIndexOf(',', start - 1) + 1), start).trim()
    const place = /^(?:\p{Lu}[\p{L}'’-]*\s?){1,3}$/u.test(segment) && isInsertLike(before)
    const apposition =
      /^(?:the|a|an)\s/i.test(segment) && /\p{Lu}[\p{L})]*$/u.test(before) && steps === 0
    if (!(isInsertLike(segment) || place || apposition)) break
    // ", emphasizing that the facilities, including ..., had to": the clause of the verb, not an insert.
    if (/\bthat\s/.test(segment)) break
    open = start
    end = start
  }
  return open
}
