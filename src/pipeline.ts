import type { Step } from './extract/context.js'
import { findNames } from './extract/find-names.js'
import { findOrganizations } from './extract/find-organizations.js'
import { findPeople } from './extract/find-people.js'
import { findPlaces } from './extract/find-places.js'
import { linkAcronyms } from './refine/link-acronyms.js'
import { mergeMentions } from './refine/merge-mentions.js'
import { resolveShortForms } from './refine/resolve-short-forms.js'

/**
 * The extraction pipeline, in order. Each step finds candidates or refines what
 * earlier steps found; adding a rule is adding a file and a line here.
 */
export const steps: Step[] = [
  // Words and runs of capitalised names of every analysed sentence, read once for the steps below.
  findNames,
  // Organizations by head word, owners, nested names, codes, short forms, parenthesised aliases.
  findOrganizations,
  // Countries, cities and provinces by gazetteer and by context, short names, no adjectives.
  findPlaces,
  // People with titles: "Title Name", "Title, Name", "Name, Title", honorifics, signatures.
  findPeople,
  // Codes to their expansions: defined aliases, initials, listed bodies; unknown codes dropped.
  linkAcronyms,
  // "the Forum", "the Council" and leading names ("Peace and Security Council") to their body.
  resolveShortForms,
  // One entry per organization, place and person, with every mention's span.
  mergeMentions,
]
