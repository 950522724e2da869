import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Piece } from '../input/normalize.js'
import type { Span } from '../model/position.js'
import { alignPieces } from './align-pieces.js'
import { AnalysisSections } from './analysis-section.js'
import { boundNesting } from './bound-nesting.js'
import type { Candidate } from './candidate.js'
import { markdownChunks } from './markdown-chunks.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
/** For chunks after the first: a `---` line there is a thematic break, not front matter. */
const bodyParser = unified().use(remarkParse)

function span(node: Nodes): { start: number; end: number } | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : { start, end }
}

/**
 * An image's alt text, tied to where it is written (after `![`), so that its sentences and
 * mentions do not all span the whole image. Spaces stand for the image's other syntax.
 */
function altPieces(source: string, alt: string, at: Span, pieces: Piece[]): void {
  const from = at.start + 2
  pieces.push({ text: ' ', start: at.start, end: from, verbatim: false })
  if (source.startsWith(alt, from) && from + alt.length <= at.end) {
    pieces.push({ text: alt, start: from, end: from + alt.length, verbatim: true })
  } else {
    for (const piece of alignPieces(alt, source, from, at.end)) pieces.push(piece)
  }
  pieces.push({ text: ' ', start: at.end, end: at.end, verbatim: false })
}

/** The text pieces of inline content, each tied to its source. */
function inlinePieces(source: string, nodes: PhrasingContent[], pieces: Piece[]): void {
  for (const node of nodes) {
    const at = span(node)
    if (!at) continue
    if (node.type === 'text' || node.type === 'inlineCode') {
      const verbatim = source.slice(at.start, at.end) === node.value
      if (node.type === 'inlineCode' && !verbatim) {
        // Keep only the code, not its backticks.
        const inner = source.slice(at.start, at.end).indexOf(node.value) + at.start
        if (inner >= at.start) {
          pieces.push({
            text: node.value,
            start: inner,
            end: inner + node.value.length,
            verbatim: true,
          })
          continue
        }
      }
      if (verbatim) pieces.push({ text: node.value, start: at.start, end: at.end, verbatim })
      else for (const piece of alignPieces(node.value, source, at.start, at.end)) pieces.push(piece)
    } else if (node.type === 'break') {
      pieces.push({ text: ' ', start: at.start, end: at.end, verbatim: false })
    } else if (node.type === 'image' || node.type === 'imageReference') {
      if (node.alt) altPieces(source, node.alt, at, pieces)
    } else if ('children' in node) {
      inlinePieces(source, node.children as PhrasingContent[], pieces)
    }
  }
}

function lineCount(node: Nodes): number {
  return (node.position?.end.line ?? 1) - (node.position?.start.line ?? 1) + 1
}

function fromPhrasing(
  source: string,
  node: Nodes & Parent,
  extra: Partial<Candidate>,
): Candidate | undefined {
  const at = span(node)
  if (!at) return undefined
  const pieces: Piece[] = []
  inlinePieces(source, node.children as PhrasingContent[], pieces)
  if (!pieces.some((piece) => /\S/.test(piece.text))) {
    // Only markup (a heading that holds an HTML comment): keep what is written, not nothing.
    const first = node.children[0] && span(node.children[0] as Nodes)
    const last = node.children.at(-1) && span(node.children.at(-1) as Nodes)
    if (first && last && last.end > first.start) {
      pieces.length = 0
      pieces.push({
        text: source.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        verbatim: true,
      })
    }
  }
  return { ...at, pieces, lines: lineCount(node), ...extra }
}

function walk(source: string, nodes: RootContent[], out: Candidate[]): void {
  for (const node of nodes) {
    const at = span(node)
    if (!at) continue
    switch (node.type) {
      case 'heading': {
        const block = fromPhrasing(source, node, { syntax: 'heading', depth: node.depth })
        if (block) out.push(block)
        break
      }
      case 'paragraph': {
        const block = fromPhrasing(source, node, { syntax: 'paragraph' })
        if (block) out.push(block)
        break
      }
      case 'list': {
        let number = node.start ?? 1
        for (const item of node.children) {
          const marker = node.ordered ? `${number++}.` : '-'
          let first = true
          for (const child of item.children) {
            if (child.type === 'paragraph' || child.type === 'heading') {
              const block = fromPhrasing(source, child, {
                syntax: 'listItem',
                ...(first ? { marker } : {}),
              })
              if (block) {
                if (first) block.start = span(item)?.start ?? block.start
                out.push(block)
              }
              first = false
            } else walk(source, [child], out)
          }
        }
        break
      }
      case 'blockquote':
        walk(source, node.children, out)
        break
      case 'table':
        for (const row of node.children) {
          const pieces: Piece[] = []
          for (const cell of row.children) {
            inlinePieces(source, cell.children, pieces)
            const cellAt = span(cell)
            if (cellAt)
              pieces.push({ text: ' ', start: cellAt.end, end: cellAt.end, verbatim: false })
          }
          const rowAt = span(row)
          if (rowAt) out.push({ ...rowAt, pieces, lines: 1, syntax: 'paragraph' })
        }
        break
      case 'code':
      case 'html':
      case 'definition':
        out.push({
          ...at,
          pieces: [
            { text: source.slice(at.start, at.end), start: at.start, end: at.end, verbatim: true },
          ],
          lines: lineCount(node),
          syntax: node.type === 'code' ? 'code' : 'html',
        })
        break
      default:
        break
    }
  }
}

/** YAML front matter at the start of a Markdown text: its text and where that text starts. */
export interface FrontMatterSource {
  value: string
  /** Offset of the first character of `value` in the source. */
  offset: number
  start: number
  end: number
}

/** What the Markdown reader finds besides the blocks. */
export interface MarkdownRead {
  candidates: Candidate[]
  frontMatter?: FrontMatterSource
  /** Stretches written by the exporter's analysis sections, left out of the blocks. */
  skipped: Span[]
  /** An analysis section that is never closed: its text is kept as body text. */
  unclosed?: Span
  /** Lines nested deeper than the limit, whose deeper structure was read as text. */
  deep?: Span & { lines: number }
}

/**
 * Make a chunk's tree speak of the whole input: offsets shifted by where the chunk starts,
 * values given back their original characters (see bound-nesting.ts). Iterative: trees can
 * be deep.
 */
function placeTree(tree: Root, shift: number, restore?: (value: string) => string): void {
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (shift !== 0 && node.position) {
      node.position.start.offset = (node.position.start.offset ?? 0) + shift
      node.position.end.offset = (node.position.end.offset ?? 0) + shift
    }
    if (restore) {
      if ('value' in node && typeof node.value === 'string') node.value = restore(node.value)
      if ('alt' in node && typeof node.alt === 'string') node.alt = restore(node.alt)
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child)
  }
}

/** YAML front matter at the very start of a text, as remark-frontmatter reads it. */
const frontMatterFence = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?=\r?\n|$)/

/** Front matter of a tree given by a processor without remark-frontmatter, read from the source. */
function givenFrontMatter(source: string, read: MarkdownRead): number {
  const fence = frontMatterFence.exec(source)
  if (!fence) return 0
  const value = fence[1] ?? ''
  const offset = source.indexOf('\n') + 1
  read.frontMatter = { value, offset, start: 0, end: fence[0].length }
  return fence[0].length
}

/**
 * Blocks of a Markdown text, its front matter and what was skipped. The tree is the one
 * given (by the unified plugin: remark-parse and any plugin after it, with positions in
 * `source`) or else the text is parsed here with remark-parse, nesting bounded, in chunks
 * (markdown-chunks.ts), each tree turned into blocks and let go before the next is parsed.
 * Nodes without a position (added by a plugin) are not the file's text and are left out.
 */
export function readMarkdown(source: string, given?: Root): MarkdownRead {
  const read: MarkdownRead = { candidates: [], skipped: [] }
  const sections = new AnalysisSections<Candidate>(read.candidates)
  if (given) {
    const first = given.children[0]
    const at = first && span(first)
    let from = 0
    if (first?.type === 'yaml' && at) {
      const offset = source.indexOf(first.value, source.indexOf('\n', at.start) + 1)
      read.frontMatter = { value: first.value, offset: Math.max(offset, at.start), ...at }
    } else {
      // A processor without remark-frontmatter reads the front matter as a rule and a
      // heading: read it from the source, and leave out the nodes it covers.
      from = givenFrontMatter(source, read)
    }
    for (const node of given.children) {
      if ((span(node)?.start ?? 0) >= from) walk(source, [node], sections.target(node))
    }
  } else {
    const bounded = boundNesting(source)
    if (bounded.deep) read.deep = { ...bounded.deep, lines: bounded.lines }
    for (const chunk of markdownChunks(bounded.text)) {
      // micromark drops a leading byte-order mark without counting it: parse after it, so
      // that offsets still point into the input.
      const bom = chunk.start === 0 && bounded.text.charCodeAt(0) === 0xfeff ? 1 : 0
      const text = bounded.text.slice(chunk.start + bom, chunk.end)
      const tree = (chunk.start === 0 ? parser : bodyParser).parse(text)
      placeTree(tree, chunk.start + bom, bounded.deep ? bounded.restore : undefined)
      const first = tree.children[0]
      const at = first && span(first)
      if (chunk.start === 0 && first?.type === 'yaml' && at) {
        const offset = source.indexOf(first.value, source.indexOf('\n', at.start) + 1)
        read.frontMatter = { value: first.value, offset: Math.max(offset, at.start), ...at }
      }
      for (const node of tree.children) walk(source, [node], sections.target(node))
    }
  }
  sections.finish()
  read.skipped = sections.skipped
  if (sections.unclosed) read.unclosed = sections.unclosed
  return read
}

/** Blocks of a Markdown text, parsed with remark-parse. */
export function markdownBlocks(source: string): Candidate[] {
  return readMarkdown(source).candidates
}
