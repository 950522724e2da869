// The object of a proposal: what is proposed, the words after the first act's
// verb phrase ("that ...", "the parties to agree to ...") to the end of the
// sentence, without its final punctuation or an attribution (", the ministers said").

/** The object's range in the sentence text, or undefined when nothing follows the act. */
export function findObject(
  text: string,
  from: number,
  to: number,
): { from: number; to: number } | undefined {
  let start = from
  let end = Math.min(to, text.length)
  const lead = /^[\s,:]*(?:that\s+)?/u.exec(text.slice(start, end))
  start += lead?.[0].length ?? 0
  end = trimTail(text, start, end)
  // "...; and" closing a list item.
  const last = text.slice(Math.max(start, end - 4), end)
  if (/\s(?:and|or)$/.test(last)) end = trimTail(text, start, end - (last.endsWith('and') ? 3 : 2))
  // A closing quote that opens nowhere in the object belongs to the sentence.
  const object = text.slice(start, end)
  if (/[”"]$/.test(object) && !/[“"]/.test(object.slice(0, -1))) end--
  return end > start ? { from: start, to: end } : undefined
}

/** Back from `end` over white space and closing punctuation. */
function trimTail(text: string, start: number, end: number): number {
  let at = end
  while (at > start && /[\s.;:,!]/.test(text.charAt(at - 1))) at--
  return at
}
