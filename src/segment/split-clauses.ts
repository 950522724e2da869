// A "sentence" far longer than official sentences run (an OCR scan without its full stops,
// a resolution's operative clauses run together) is split at the clause boundaries such
// texts use, so that each clause can be read on its own (and be a proposal):
// a semicolon, a numbered or lettered clause ("(a)", "2."), and a capitalised operative
// verb after a comma or a word ("…, Welcome the …", "…; Acknowledge …").

/** Sentences longer than this are split at clause boundaries (and the split reported). */
export const runOnLength = 600

/** Operative verbs that open the clauses of official texts, in the plural and the third person. */
const operative =
  'Welcome|Acknowledge|Encourage|Request|Decide|Urge|Call|Note|Recognize|Recognise|Reaffirm|Support|Invite|Stress|Emphasize|Emphasise|Express|Commend|Agree|Adopt|Endorse|Approve|Recall|Underline|Underscore|Affirm|Condemn|Appreciate|Take|Instruct|Direct|Reiterate|Commit|Resolve|Pledge|Undertake|Task|Mandate|Authorize|Authorise|Declare|Establish|Launch|Highlight|Consider|Applaud|Deplore|Reject'
/** A boundary before a clause: after "; ", before "(a) ", "2. ", or an operative verb. */
const clauseStart = new RegExp(
  `;\\s+|,?\\s+(?=\\(?[a-z]\\)\\s|\\(?[ivx]{1,4}\\)\\s|\\d{1,2}[.)]\\s+\\p{Lu})|,?\\s+(?=(?:Also|Further|Furthermore|Strongly|Firmly|Once again)?\\s?(?:${operative})(?:s|es|d|ed)?\\s+\\p{Ll})`,
  'gu',
)
/** Clauses shorter than this stay with the one before: "Note, Welcome" is no split. */
const shortestClause = 40

/** Split points (offsets where a clause starts) of `text[from, to)`. */
export function clauseStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = []
  clauseStart.lastIndex = from
  let last = from
  for (
    let match = clauseStart.exec(text);
    match && match.index < to;
    match = clauseStart.exec(text)
  ) {
    const start = match.index + match[0].length
    if (start >= to) break
    if (start - last >= shortestClause && to - start >= shortestClause) {
      starts.push(start)
      last = start
    }
    if (match[0].length === 0) clauseStart.lastIndex++
  }
  return starts
}

/**
 * Ranges of a run-on sentence split at its clauses: `[from, to)` itself when it is not
 * longer than `runOnLength` or has no clause boundary.
 */
export function splitRunOn(text: string, from: number, to: number): Array<[number, number]> {
  if (to - from <= runOnLength) return [[from, to]]
  const starts = clauseStarts(text, from, to)
  if (starts.length === 0) return [[from, to]]
  const ranges: Array<[number, number]> = []
  let start = from
  for (const next of starts) {
    let end = next
    while (end > start && /[\s,;]/.test(text.charAt(end - 1))) end--
    if (text.charAt(end) === ';' || text.charAt(end) === ',') end++
    ranges.push([start, end])
    start = next
  }
  ranges.push([start, to])
  return ranges
}
