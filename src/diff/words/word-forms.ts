// The comparable form of a word: case, accents, British/American spelling, inflection
// and irregular verb forms folded, so "Organisation"/"organizations" and "speaks"/"spoke"
// compare equal. Not a linguistic stemmer: both sides go through the same folding.
import { irregularBase } from './irregular-verbs.js'

const marks = /\p{M}/gu

const stopwords = new Set(
  (
    'a an the of and or nor but to in on at for by with from as into onto upon over under ' +
    'about after before between through during within without against among towards toward ' +
    'that this these those which who whom whose what where when while there here than then so ' +
    'such it its itself they them their theirs we our ours us he him his she her hers i me my ' +
    'you your be have do will would shall should can could may might must also all any each ' +
    'both other more most very well further further same own just only even if not no'
  ).split(' '),
)

// British -> American endings, applied to the lowercased word.
const spellings: Array<[RegExp, string]> = [
  [/(?<=\w{2})is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/(?<=\w{3})yse(s|d)?$/, 'yze$1'],
  [/(?<=\w{2})our(s|ed|ing|able)?$/, 'or$1'],
  [/(?<=\w{3})tre(s)?$/, 'ter$1'],
  [/(?<=\w{3})gramme(s)?$/, 'gram$1'],
  [/(?<=\w{3})ogue(s)?$/, 'og$1'],
]

function stripSuffix(word: string): string {
  if (word.length <= 3) return word
  let stem = word
  let verbal = false
  if (/ies$/.test(stem) && stem.length > 4) stem = `${stem.slice(0, -3)}y`
  else if (/ied$/.test(stem) && stem.length > 4) stem = `${stem.slice(0, -3)}y`
  else if (/(?:ss|us|is)$/.test(stem)) return stem
  else if (/s$/.test(stem)) stem = stem.slice(0, -1)
  else if (/ing$/.test(stem) && stem.length > 5) [stem, verbal] = [stem.slice(0, -3), true]
  else if (/ed$/.test(stem) && stem.length > 4) [stem, verbal] = [stem.slice(0, -2), true]
  // A final e goes ("agree"/"agreed", "note"/"noted" meet); after -ed/-ing only from "ee".
  if (stem.length > 3 && (verbal ? stem.endsWith('ee') : stem.endsWith('e')))
    stem = stem.slice(0, -1)
  // A doubled final consonant ("committed"/"commit", "called"/"call") is one.
  if (/([bdgklmnprt])\1$/.test(stem)) stem = stem.slice(0, -1)
  return stem
}

function lower(word: string): string {
  return word
    .normalize('NFKD')
    .replace(marks, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
}

/** A word lowercased, accents dropped, British spelling made American ("Organisation" -> "organization"). */
export function spellingForm(word: string): string {
  let folded = lower(word)
  for (const [pattern, replacement] of spellings) folded = folded.replace(pattern, replacement)
  return folded
}

/** The folded comparable form of a word (lowercase, no accents, no inflection). */
export function wordForm(word: string): string {
  const folded = lower(word).replace(/'s?$/, '')
  if (stopwords.has(folded)) return folded
  const irregular = irregularBase(folded)
  if (irregular) return irregular
  return stripSuffix(spellingForm(folded))
}

/** True for grammatical words that carry little of a sentence's meaning. */
export function isStopword(form: string): boolean {
  return stopwords.has(form)
}
