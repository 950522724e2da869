import type { Span } from '../model/position.js'

// The Markdown parser holds its whole event list and tree at once: about 160 bytes of memory
// for each character of a long list. Read in chunks of about `size` characters, a text costs
// one chunk's worth of parser memory at a time. A chunk ends only where CommonMark starts a
// new top-level block whatever came before: at a line that starts in column 1 after a blank
// line, or (when a text has no blank lines) at a heading or a bullet item in column 1; never
// inside fenced code, front matter or an HTML comment.

const fence = /^ {0,3}(`{3,}|~{3,})/
const bulletOrHeading = /^(?:[-*+][ \t]|#{1,6}[ \t])/

/** Spans `[start, end)` that cover the text, each ending at a safe boundary past `size`. */
export function markdownChunks(text: string, size = 16 * 1024): Span[] {
  const chunks: Span[] = []
  let chunkStart = 0
  let inFence: string | undefined
  let inComment = false
  let blankBefore = false
  let lineStart = 0
  // Front matter: from a first `---` line to the next `---` line.
  let inFrontMatter = /^---[ \t]*\r?\n/.test(text)
  let first = true
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200))
    const free = !inFence && !inComment && !inFrontMatter
    if (free && lineStart - chunkStart >= size && /^\S/.test(line)) {
      const late = lineStart - chunkStart >= 4 * size
      if (blankBefore || (late && bulletOrHeading.test(line))) {
        chunks.push({ start: chunkStart, end: lineStart })
        chunkStart = lineStart
      }
    }
    if (inFrontMatter && !first && /^(?:---|\.\.\.)[ \t]*\r?$/.test(line)) inFrontMatter = false
    else if (!inComment) {
      const marks = fence.exec(line)
      if (marks) {
        const mark = marks[1]!
        if (!inFence) inFence = mark
        else if (mark[0] === inFence[0] && mark.length >= inFence.length) inFence = undefined
      }
    }
    if (!inFence && !inFrontMatter) {
      const whole = text.slice(lineStart, lineEnd)
      const opened = whole.lastIndexOf('<!--')
      const closed = whole.lastIndexOf('-->')
      if (opened !== -1 && closed < opened + 4) inComment = true
      else if (closed !== -1) inComment = false
    }
    blankBefore = /^[ \t\r]*$/.test(line) && lineEnd - lineStart < 200
    first = false
    lineStart = lineEnd + 1
  }
  chunks.push({ start: chunkStart, end: text.length })
  return chunks
}
