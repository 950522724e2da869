import type { Step } from './extract/context.js'
import { findDates, resolveRelativeDates } from './extract/dates/index.js'
import { findNames } from './extract/names/index.js'
import {
  findOrganizations,
  linkAcronyms,
  resolveShortForms,
} from './extract/organizations/index.js'
import { findPeople } from './extract/people/index.js'
import { findPlaces } from './extract/places/index.js'
import { findProposals } from './extract/proposals/index.js'
import { mergeMentions } from './refine/merge-mentions.js'

/**
 * The extraction pipeline, in order. Each step finds candidates or refines what
 * earlier steps found; adding a rule is adding a file and a line here.
 */
export const steps: Step[] = [
  // Dates of every analysed sentence: chrono-node for calendar dates, own rules for months,
  // years and relative words (extract/dates/find-dates.ts lists its parsers and refiners).
  findDates,
  // Relative and incomplete dates ("on Thursday", "17 October") valued by the document's date.
  resolveRelativeDates,
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
  // Proposals: who proposes, supports or commits to what. Last: each proposal references
  // the organizations, places, people and dates its object mentions, and names people
  // by the full names the entity steps found.
  findProposals,
]
