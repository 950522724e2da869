import type { Heading, PhrasingContent, RootContent } from 'mdast'
import { findDateline } from '../metadata/dateline.js'
import type { Block, CommuniqueDocument } from '../model/document.js'
import type { Locator } from './locate.js'
import { emphasis, heading, list, listItem, paragraph, strong } from './mdast-nodes.js'

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
  const { title } = document.metadata
  if (title !== null && !document.blocks.some((b) => b.type === 'heading' && b.text === title)) {
    out.push(heading(1, title))
  }
  let dateline: string | undefined
  for (const block of document.blocks) {
    if (!isWritten(block)) {
      addFurniture(out, block, locator)
    } else if (block.type === 'dateline' && document.metadata.dateline?.start === block.start) {
      dateline = block.text
    } else {
      if (block.type === 'listItem') addListItem(out, block, dateline)
      else out.push(blockNode(block, dateline))
      dateline = undefined
    }
  }
  if (dateline !== undefined) out.push(paragraph(dateline))
  return out
}

function blockNode(block: Block, dateline: string | undefined): RootContent {
  if (block.type === 'heading') {
    return heading((block.depth ?? 2) as Heading['depth'], withDateline(dateline, block.text))
  }
  if (block.type === 'signature') return paragraph(emphasis(block.text))
  return paragraph(withDateline(dateline, block.text))
}

/** A list item joins the list before it when the kind of marker and the numbering go on. */
function addListItem(out: RootContent[], block: Block, dateline: string | undefined): void {
  const entry = listEntry(block)
  const item = listItem(paragraph(withDateline(dateline, entry.text)))
  const last = out[out.length - 1]
  const continues =
    last?.type === 'list' &&
    last.ordered === (entry.start !== undefined) &&
    (entry.start === undefined || (last.start ?? 1) + last.children.length === entry.start)
  if (continues) last.children.push(item)
  else out.push(list([item], entry.start))
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
