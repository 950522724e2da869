// Organizations: names by head word, owners, aliases; codes linked to their expansions;
// short forms ("the Forum") resolved to their body.
export { findOrganizations } from './find-organizations.js'
export { linkAcronyms } from './link-acronyms.js'
export { resolveShortForms } from './resolve-short-forms.js'
