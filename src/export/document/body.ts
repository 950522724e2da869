import type { Heading, List, PhrasingContent, RootContent } from 'mdast'
import { findDateline } from '../../metadata/dateline.js'
import type { Block, CommuniqueDocument } from '../../model/document.js'
import { emphasis, heading, list, listItem, paragraph, strong } from '../markdown/mdast-nodes.js'
import type { Locator } from './locate.js'

/** A written list marker Markdown can say itself: a bullet, or a number and a dot or parenthesis. */
const bullet = /^[-–—•*▪◦·●]$/
const number = /^(\d{1,9})[.)]$/

/** The list a list item belongs in, and the text to write for it. */
function listEntry(block: Block): { start?: number; text: string } {
  const marker = block.marker ?? '-'
  // Plain text keeps the marker at the start of the text; Markdown does not.
  const written = block.text.startsWith(`${marker} `)
  const numbered = number.exec(marker)
  if (numbered) {
    return {
      start: Number(numbered[1]),
      text: written ? block.text.slice(marker.length + 1) : block.text,
    }
  }
  if (bullet.test(marker) && written) return { text: block.text.slice(marker.length + 1) }
  // Letters and roman numerals ("(a)", "iv.") stay in the text of a bulleted item.
  return { text: block.text }
}

/**
 * The dateline in bold at the head of the text it was cut from: after a space
 * when that reads back as the same dateline, else after an em dash.
 */
function withDateline(dateline: string | undefined, text: string): PhrasingContent[] {
  if (dateline === undefined) return [{ type: 'text', value: text }]
  const spaced = findDateline(`${dateline} ${text}`)?.text === dateline
  return [strong(dateline), { type: 'text', value: `${spaced ? ' ' : ' — '}${text}` }]
}

const boilerplateComment = '<!-- communique:boilerplate'

/** Whether a block is read as body text in the export (publication lines carry the date). */
export function isWritten(block: Block): boolean {
  return block.type !== 'boilerplate' || block.reason === 'publication'
}

/**
 * The document's text as Markdown: headings, paragraphs, list items grouped
 * into lists (a new list where the numbering or the kind of marker breaks),
 * signature lines as paragraphs in italics. A news dateline cut from the head of a
 * paragraph (`metadata.dateline`) is written back at its head; a dateline on
 * a line of its own stays a paragraph. Boilerplate other than publication
 * lines goes to the analysis instead, leaving in its place an HTML comment
 * with its reason and line:column (`<!-- communique:boilerplate share 5:1 -->`).
 */
export function body(document: CommuniqueDocument, locator: Locator): RootContent[] {
  const out: RootContent[] = []
  const { title, sources } = document.metadata
  // The title is written as a heading only when the text does not already hold it: a
  // heading of that text or ending with it ("[Title] …" in a record), or the written block
  // it was read from.
  const from = sources.title
  const inText = document.blocks.some(
    (b) =>
      (b.type === 'heading' && title !== null && b.text.endsWith(title)) ||
      (from !== undefined && isWritten(b) && b.start <= from.start && from.end <= b.end),
  )
  if (title !== null && !inText) out.push(heading(1, title))
  const lists = new ListNesting(out)
  let dateline: string | undefined
  for (const block of document.blocks) {
    if (!isWritten(block)) {
      lists.close()
      addFurniture(out, block, locator)
    } else if (block.type === 'dateline' && document.metadata.dateline?.start === block.start) {
      dateline = block.text
    } else {
      if (block.type === 'listItem' || isNumbered(block)) lists.add(block, dateline)
      else {
        lists.close()
        out.push(blockNode(block, dateline))
      }
      dateline = undefined
    }
  }
  if (dateline !== undefined) out.push(paragraph(dateline))
  return out
}

/** A numbered paragraph ("10. The Ministers ...") is written as an item of an ordered list. */
function isNumbered(block: Block): boolean {
  return (
    block.type === 'paragraph' &&
    block.marker !== undefined &&
    number.test(block.marker) &&
    block.text.startsWith(`${block.marker} `)
  )
}

function blockNode(block: Block, dateline: string | undefined): RootContent {
  if (block.type === 'heading') {
    return heading((block.depth ?? 2) as Heading['depth'], withDateline(dateline, block.text))
  }
  if (block.type === 'signature') return paragraph(emphasis(block.text))
  return paragraph(withDateline(dateline, block.text))
}

/**
 * Lists rebuilt from the columns at which their items start in the source: an item
 * further right than the one before is nested in it, one further left closes lists; an
 * item joins the list before it at its column when the kind of marker and the
 * numbering go on, and starts a new list beside it otherwise.
 */
class ListNesting {
  private levels: Array<{ column: number; list: List; parent: RootContent[] }> = []

  constructor(private readonly out: RootContent[]) {}

  close(): void {
    this.levels = []
  }

  add(block: Block, dateline: string | undefined): void {
    const entry = listEntry(block)
    const item = listItem(paragraph(withDateline(dateline, entry.text)))
    const column = markerColumn(block)
    while (this.levels.length > 0 && column < this.levels[this.levels.length - 1]!.column) {
      this.levels.pop()
    }
    let top = this.levels[this.levels.length - 1]
    if (top && column === top.column && continues(top.list, entry.start)) {
      top.list.children.push(item)
      return
    }
    let parent = this.out
    if (top && column > top.column)
      parent = top.list.children[top.list.children.length - 1]!.children
    else if (top) {
      parent = top.parent
      this.levels.pop()
      top = undefined
    }
    const fresh = list([item], entry.start)
    parent.push(fresh)
    this.levels.push({ column, list: fresh, parent })
  }
}

/** The column of an item's marker: where its text starts, less the marker a Markdown item's text leaves out. */
function markerColumn(block: Block): number {
  const marker = block.marker ?? ''
  const outside = marker && !block.text.startsWith(marker) ? marker.length + 1 : 0
  return Math.max(1, block.position.start.column - outside)
}

function continues(list: List, start: number | undefined): boolean {
  if (list.ordered !== (start !== undefined)) return false
  return start === undefined || (list.start ?? 1) + list.children.length === start
}

/**
 * Where furniture was, a comment with its reason and place: hidden when rendered, and
 * read by `parse` as markup, so the blocks around it keep their roles.
 */
function addFurniture(out: RootContent[], block: Block, locator: Locator): void {
  const last = out[out.length - 1]
  const entry = `${block.reason} ${locator.label(block.start)}`
  if (last?.type === 'html' && last.value.startsWith(boilerplateComment)) {
    last.value = `${last.value.slice(0, -' -->'.length)}, ${entry} -->`
  } else out.push({ type: 'html', value: `${boilerplateComment} ${entry} -->` })
}
