// People with titles; one entry per person (merge-people.ts, run by refine/merge-mentions.ts).
export { findPeople } from './find-people.js'
