// Names: every analysed sentence's words, runs of capitalised words and the names they
// split into, read once for the organization, place and people steps.
export { findNames } from './find-names.js'
