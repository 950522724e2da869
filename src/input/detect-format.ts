/** Signals that a text is Markdown rather than plain text copied from a page. */
const signals: RegExp[] = [
  /^#{1,6} \S/m, // ATX heading
  /^\S.*\n(?:=+|-+)[ \t]*$/m, // setext heading
  /^(?:[-*+]|\d{1,3}\.) \S.*\n(?:[-*+]|\d{1,3}\.) \S/m, // two consecutive list items
  // Lengths are bounded so that a line of unclosed brackets or marks costs linear time.
  /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/, // inline link
  /(?:\*\*|__)\S[^*\n]{0,300}\S(?:\*\*|__)/, // strong emphasis
  /^```/m, // fenced code
  /^> \S/m, // block quote
  /^\|.*\|\s*\n\|\s*:?-{3,}/m, // table
]

/** YAML front matter: a `---` line first, `key: value` lines, a closing `---` line. */
const frontMatter = /^---[ \t]*\r?\n(?:\w[\w-]*:.*\r?\n|[ \t#-].*\r?\n|\r?\n)*?---[ \t]*(?:\r?\n|$)/

/** Whether a text reads as Markdown: YAML front matter, an ATX heading, or two other signals. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  if (signals[0]!.test(sample) || frontMatter.test(sample)) return true
  let count = 0
  for (const signal of signals.slice(1)) if (signal.test(sample) && ++count >= 2) return true
  return false
}
