// A small curated table of words that official texts and the reports that restate them use
// for the same thing, kept as data: each group's word forms (as `wordForm` folds them)
// count as one word when sentences are scored for alignment. It only makes rewordings
// easier to align; what changed is still reported word by word. Ordinals and numbers
// written in words count as their digits ("twentieth" = "20th" = "20").
import { numberWordValue } from '../facts/number-values.js'
import { wordForm } from '../words/word-forms.js'

/** Groups of words with one meaning in official texts (the first names the group). */
export const synonymGroups: readonly (readonly string[])[] = [
  ['thank', 'thanks', 'gratitude', 'grateful', 'appreciation', 'appreciate'],
  ['leader', 'head', 'heads', 'leaders'],
  ['establish', 'establishment', 'set', 'create', 'creation', 'found', 'founding', 'foundation'],
  ['state', 'country', 'nation'],
  ['joint', 'common'],
  ['modernize', 'modernization', 'modernise', 'modernisation', 'upgrade'],
  ['meet', 'met', 'gather', 'convene', 'meeting', 'summit', 'session'],
  ['decide', 'decision', 'decided'],
  ['adopt', 'adoption', 'approve', 'approval', 'endorse'],
  ['appoint', 'appointment'],
  ['declare', 'declaration', 'proclaim', 'proclamation'],
  ['underline', 'stress', 'emphasize', 'emphasise', 'underscore', 'highlight'],
  ['reaffirm', 'reiterate', 'renew', 'confirm'],
  ['note', 'observe', 'notes'],
  ['welcome', 'hail', 'praise', 'commend'],
  ['condemn', 'denounce', 'deplore'],
  ['urge', 'call', 'appeal'],
  ['support', 'back', 'backing'],
  ['discuss', 'discussion', 'talk', 'talks', 'exchange'],
  ['agreement', 'accord', 'treaty'],
  ['memorandum', 'mou'],
  ['minister', 'ministers'],
  ['report', 'reported'],
  ['work', 'activity', 'activities'],
  ['cooperation', 'collaboration', 'partnership'],
  ['assist', 'assistance', 'help', 'aid'],
  ['strengthen', 'enhance', 'reinforce', 'deepen', 'bolster'],
  ['sign', 'signed', 'signing', 'conclude'],
  ['award', 'present', 'confer'],
]

let canonical: Map<string, string> | undefined

/** The form that stands for a word form's group (itself when it is in none). */
export function synonymForm(form: string): string {
  if (!canonical) {
    canonical = new Map()
    for (const group of synonymGroups) {
      const head = wordForm(group[0]!)
      for (const word of group) canonical.set(wordForm(word), head)
    }
  }
  const number = numberWordValue(form)
  if (number !== undefined) return String(number)
  return canonical.get(form) ?? form
}
