import type { Root, RootContent } from 'mdast'
import type { CommuniqueDocument } from '../../model/document.js'
import { analysisEnd, analysisStart } from '../../segment/analysis-section.js'
import { emphasis, paragraph } from '../markdown/mdast-nodes.js'
import { body } from './body.js'
import { frontMatter } from './front-matter.js'
import { Locator } from './locate.js'
import { boilerplateSection } from './section-boilerplate.js'
import { datesSection } from './section-dates.js'
import { organizationsSection } from './section-organizations.js'
import { peopleSection } from './section-people.js'
import { placesSection } from './section-places.js'
import { proposalsSection } from './section-proposals.js'
import { warningsSection } from './section-warnings.js'

/** Which parts of a document `toMdast` and `toMarkdown` write; each is on unless set to `false`. */
export interface MarkdownOptions {
  /** YAML front matter with the metadata. */
  frontMatter?: boolean
  /** The title and the text: headings, paragraphs, lists, signature. */
  body?: boolean
  organizations?: boolean
  places?: boolean
  people?: boolean
  dates?: boolean
  proposals?: boolean
  /** Page furniture left out of the text. */
  boilerplate?: boolean
  warnings?: boolean
}

/** The analysis sections in the order they are written. */
function analysis(
  document: CommuniqueDocument,
  options: MarkdownOptions,
  locator: Locator,
): RootContent[] {
  const on = (key: keyof MarkdownOptions) => options[key] !== false
  return [
    ...(on('organizations') ? organizationsSection(document.organizations, locator) : []),
    ...(on('places') ? placesSection(document.places, locator) : []),
    ...(on('people') ? peopleSection(document.people, locator) : []),
    ...(on('dates') ? datesSection(document.dates, locator) : []),
    ...(on('proposals') ? proposalsSection(document.proposals, document.blocks, locator) : []),
    ...(on('boilerplate') ? boilerplateSection(document.blocks, locator) : []),
    ...(on('warnings') ? warningsSection(document.warnings) : []),
  ]
}

/**
 * A document as an mdast tree: YAML front matter, the title and text, then
 * the analysis (organizations, places, people, dates, proposals, boilerplate,
 * warnings, each item with the line:column of the original input). The
 * analysis sits between two HTML comments (`<!-- communique:analysis -->`)
 * that `parse` recognises and skips, so the Markdown parses back to the same
 * document text. Empty sections are left out.
 */
export function toMdast(document: CommuniqueDocument, options: MarkdownOptions = {}): Root {
  const children: RootContent[] = []
  const locator = new Locator(document)
  if (options.frontMatter !== false) children.push(frontMatter(document.metadata))
  if (options.body !== false) children.push(...body(document, locator))
  const sections = analysis(document, options, locator)
  const note = paragraph(
    emphasis('Found by communique; places are line:column in the original input.'),
  )
  if (sections.length > 0) {
    children.push(
      { type: 'html', value: analysisStart },
      { type: 'thematicBreak' },
      note,
      ...sections,
      {
        type: 'html',
        value: analysisEnd,
      },
    )
  }
  return { type: 'root', children }
}
