// A reader of the YAML that front matter holds: a map of keys to values, where the keys
// communique reads (title, date, place, issuer, kind) take single values. It reads block
// maps with plain, quoted and block scalars (folded over lines as YAML folds them), and
// sees nested maps, lists and flow collections as collections without reading inside;
// it reports malformed YAML (an unclosed quote, a line that is not a key, a tab in the
// indentation). Written here rather than taken from the `yaml` package so that a browser
// bundle of parse does not carry a full YAML parser (95 KB minified) for five keys;
// test/metadata/read-yaml-map.test.ts checks it against `yaml` on the same inputs.

export interface YamlScalar {
  kind: 'scalar'
  /** The value as YAML's core schema reads it, as text (`null` for null). */
  value: string | null
  /** Offsets of the value's source in the YAML text (quotes included). */
  range: [number, number]
}

export interface YamlCollection {
  kind: 'collection'
  range: [number, number]
}

export interface YamlPair {
  key: string
  /** `null` for a key without a value (YAML null). */
  value: YamlScalar | YamlCollection | null
  keyRange: [number, number]
}

export interface YamlMapRead {
  /** The top-level pairs; empty when the YAML is not a map (a list, a lone scalar). */
  pairs: YamlPair[]
  /** The first problem that makes the YAML invalid, with its offset. */
  error?: { code: string; pos: number }
}

interface Line {
  start: number
  /** The line without its line break. */
  text: string
  indent: number
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    lines.push({ start, text: line, indent: line.length - line.trimStart().length })
    start += raw.length + 1
  }
  return lines
}

const isBlank = (line: Line) => /^\s*(?:#.*)?$/.test(line.text)

/** YAML 1.2 core schema: what a plain scalar means, as text. */
function plainValue(text: string): string | null {
  if (/^(?:~|null|Null|NULL|)$/.test(text)) return null
  if (/^[-+]?[0-9]+$/.test(text)) return String(Number.parseInt(text, 10))
  if (/^0o[0-7]+$/.test(text)) return String(Number.parseInt(text.slice(2), 8))
  if (/^0x[0-9a-fA-F]+$/.test(text)) return String(Number.parseInt(text.slice(2), 16))
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) {
    return String(Number.parseFloat(text))
  }
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? '-Infinity' : 'Infinity'
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return 'NaN'
  return text
}

/** A plain scalar's text on one line: up to a comment (` #`), without trailing space. */
function plainLine(text: string): string {
  const comment = text.search(/\s#/)
  return (comment === -1 ? text : text.slice(0, comment)).trimEnd()
}

/** Fold lines as YAML folds a flow scalar: one break a space, n breaks n - 1 newlines. */
function fold(parts: string[]): string {
  let out = parts[0] ?? ''
  let breaks = 0
  for (const part of parts.slice(1)) {
    if (part === '') {
      breaks++
      continue
    }
    out += breaks === 0 ? ` ${part}` : '\n'.repeat(breaks) + part
    breaks = 0
  }
  return out
}

const doubleEscapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
}

/** A quoted scalar starting at `at` in `text`; its end (after the quote) and value. */
function readQuoted(text: string, at: number): { end: number; value: string } | undefined {
  const quote = text[at]
  let raw = ''
  let k = at + 1
  for (; k < text.length; k++) {
    const char = text[k]!
    if (quote === "'" && char === "'") {
      if (text[k + 1] === "'") {
        raw += "'"
        k++
        continue
      }
      break
    }
    if (quote === '"' && char === '"') break
    if (quote === '"' && char === '\\') {
      const next = text[k + 1] ?? ''
      const hex = { x: 2, u: 4, U: 8 }[next]
      if (hex) {
        raw += String.fromCodePoint(Number.parseInt(text.slice(k + 2, k + 2 + hex), 16))
        k += 1 + hex
      } else if (next === '\n') {
        raw += '\u0001' // an escaped line break: joins the lines without a space
        k++
      } else {
        raw += doubleEscapes[next] ?? next
        k++
      }
      continue
    }
    raw += char
  }
  if (k >= text.length) return undefined
  // Fold the lines of a quoted scalar: leading and trailing white space of each goes.
  const lines = raw.split('\n')
  const parts = lines.map((line, index) => {
    let part = index === 0 ? line : line.trimStart()
    if (index < lines.length - 1) part = part.trimEnd()
    return part
  })
  const value = lines.length === 1 ? raw : fold(parts)
  return { end: k + 1, value: value.replace(/\u0001\s*/g, '') }
}

/** A block scalar (`|` or `>`) whose header is on `lines[index]` at `at`. */
function readBlock(
  lines: Line[],
  index: number,
  header: string,
  parentIndent: number,
): { value: string; last: number; end: number } {
  const literal = header.startsWith('|')
  const chomp = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip'
  const explicit = /\d/.exec(header)
  let last = index
  const body: Line[] = []
  for (let k = index + 1; k < lines.length; k++) {
    const line = lines[k]!
    if (line.text.trim() !== '' && line.indent <= parentIndent) break
    body.push(line)
    last = k
  }
  const indent = explicit
    ? parentIndent + Number(explicit[0])
    : Math.min(...body.filter((l) => l.text.trim() !== '').map((l) => l.indent))
  // Trailing blank lines are not content: they count only for chomping.
  let contentEnd = body.length
  while (contentEnd > 0 && body[contentEnd - 1]!.text.trim() === '') contentEnd--
  last = index + contentEnd
  const content = body.slice(0, contentEnd).map((l) => l.text.slice(indent))
  const value0 = literal ? content.join('\n') : fold(content)
  let value = value0
  const trailing = body.length - contentEnd
  if (content.length > 0) {
    if (chomp === 'clip') value += '\n'
    if (chomp === 'keep') value += '\n'.repeat(1 + trailing)
  }
  const lastLine = lines[last]!
  return { value, last, end: lastLine.start + lastLine.text.length }
}

// A plain key runs to its colon (it holds no colon or hash; trailing blanks are trimmed after),
// so that no two quantifiers compete for the same characters (linear on any line).
const keyPattern =
  /^(?:"((?:[^"\\]|\\.)*)"[ \t]*|'((?:[^']|'')*)'[ \t]*|([^\s#'"\-?:,[\]{}&*!|>%@`][^:#]*|[-?:][^\s:#][^:#]*)):(?=[ \t]|$)/

/** Read the top-level map of a front matter's YAML. */
export function readYamlMap(text: string): YamlMapRead {
  const lines = splitLines(text)
  const pairs: YamlPair[] = []
  const fail = (code: string, pos: number): YamlMapRead => ({ pairs, error: { code, pos } })
  let sawContent = false
  // A map may be indented as a whole: its keys are at the first content line's indent.
  const base = lines.find((line) => !isBlank(line))?.indent ?? 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (isBlank(line)) continue
    if (/^ *\t/.test(line.text)) return fail('TAB_AS_INDENT', line.start)
    if (line.indent !== base) {
      return fail(sawContent ? 'BAD_INDENT' : 'UNEXPECTED_INDENT', line.start)
    }
    const key = keyPattern.exec(line.text.slice(base))
    if (!key) {
      // A list or a lone scalar is valid YAML but not a map; after pairs it is an error.
      if (pairs.length === 0 && !sawContent) return { pairs: [] }
      return fail('BAD_MAP_KEY', line.start)
    }
    sawContent = true
    const name =
      key[1] !== undefined
        ? (readQuoted(`"${key[1]}"`, 0)?.value ?? key[1])
        : key[2] !== undefined
          ? key[2].replace(/''/g, "'")
          : key[3]!.trimEnd()
    const keyEnd = base + key[0].length
    const keyRange: [number, number] = [line.start + base, line.start + keyEnd - 1]
    const after = line.text.slice(keyEnd)
    const restAt = keyEnd + (after.length - after.trimStart().length)
    const rest = line.text.slice(restAt)
    const valueStart = line.start + restAt
    // The lines that belong to this value: more indented than the key, or blank.
    let last = index
    for (let k = index + 1; k < lines.length; k++) {
      const next = lines[k]!
      if (!isBlank(next) && next.indent <= base) break
      if (!isBlank(next)) last = k
    }
    const following = lines.slice(index + 1, last + 1).filter((l) => !isBlank(l))
    const end = (k: number) => lines[k]!.start + plainLine(lines[k]!.text).length
    if (rest === '' || rest.startsWith('#')) {
      if (following.length === 0) {
        // YAML's null node sits where the value would start.
        const at = valueStart
        pairs.push({ key: name, value: { kind: 'scalar', value: null, range: [at, at] }, keyRange })
        continue
      }
      const first = following[0]!.text.trimStart()
      if (/^(?:- |-$|[^\s#'"][^:#]*:(?:\s|$)|\? )/.test(first)) {
        pairs.push({
          key: name,
          value: {
            kind: 'collection',
            range: [following[0]!.start + following[0]!.indent, end(last)],
          },
          keyRange,
        })
      } else {
        const parts = lines.slice(index + 1, last + 1).map((l) => plainLine(l.text.trimStart()))
        pairs.push({
          key: name,
          value: {
            kind: 'scalar',
            value: plainValue(fold(parts)),
            range: [following[0]!.start + following[0]!.indent, end(last)],
          },
          keyRange,
        })
      }
      index = last
      continue
    }
    if (rest.startsWith('[') || rest.startsWith('{')) {
      pairs.push({
        key: name,
        value: { kind: 'collection', range: [valueStart, end(last)] },
        keyRange,
      })
      index = last
      continue
    }
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const block = text.slice(valueStart)
      const quoted = readQuoted(block, 0)
      if (!quoted) return fail('MISSING_CHAR', valueStart)
      const after = valueStart + quoted.end
      const lineEnd = text.indexOf('\n', after)
      const tail = text.slice(after, lineEnd === -1 ? text.length : lineEnd)
      if (!/^(?:[ \t]*|[ \t]+#.*)\r?$/.test(tail)) return fail('UNEXPECTED_TOKEN', after)
      pairs.push({
        key: name,
        value: { kind: 'scalar', value: quoted.value, range: [valueStart, after] },
        keyRange,
      })
      while (index < lines.length - 1 && lines[index + 1]!.start < after) index++
      continue
    }
    if (/^[|>]/.test(rest)) {
      const read = readBlock(lines, index, rest, base)
      pairs.push({
        key: name,
        value: { kind: 'scalar', value: read.value, range: [valueStart, read.end] },
        keyRange,
      })
      index = Math.max(index, read.last)
      continue
    }
    if (/^[&*!]/.test(rest)) {
      // Anchors, aliases and tags: not read here; the value counts as a collection.
      pairs.push({
        key: name,
        value: { kind: 'collection', range: [valueStart, end(last)] },
        keyRange,
      })
      index = last
      continue
    }
    if (/^(?:- |-$)/.test(rest)) return fail('BLOCK_AS_IMPLICIT_KEY', valueStart)
    const parts = [
      plainLine(rest),
      ...lines.slice(index + 1, last + 1).map((l) => plainLine(l.text.trimStart())),
    ]
    if (following.some(({ text: part }) => /^[^\s#'"][^:#]*:(?:\s|$)/.test(part.trimStart()))) {
      return fail('MULTILINE_IMPLICIT_KEY', following[0]!.start)
    }
    pairs.push({
      key: name,
      value: { kind: 'scalar', value: plainValue(fold(parts)), range: [valueStart, end(last)] },
      keyRange,
    })
    index = last
  }
  return { pairs }
}
