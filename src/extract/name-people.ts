// A person's name for a phrase that names them: "Mr. Guterres" and (as a
// speaker) "Villanueva" give the full name written elsewhere in the text,
// "SCO Secretary-General Bolat Serikbayev" gives "Bolat Serikbayev". Uses the
// document's people when the entity step found them, else the names that end
// a run of capitalised words with a title ("Foreign Secretary Ramon Villanueva").
import type { Person } from '../model/entities.js'
import { isAgentWord } from './judge-agent.js'

const honorific = /^(?:Mr|Mrs|Ms|Dr|Madam|Mme|Sir|H\.?\s?E)\.?\s+/u
const titleWords = new Set(
  `President Vice-President Secretary-General Secretary Minister Prime Foreign Chairperson Chairman
  Chair Ambassador Envoy Spokesperson Spokesman Spokeswoman Director Director-General Representative
  Commissioner King Queen Prince Princess Emir Sheikh Chancellor Governor Mayor Senator Premier Deputy
  Executive High Special Head Chief General Excellency Counsellor Judge Justice Professor Prof Sultan
  Crown Vice Mr Mrs Ms Dr Madam Mme Sir`.split(/\s+/),
)
const nameWord = /^\p{Lu}[\p{L}'’-]*$/u
/** Capitalised words that end the names of bodies, never of people. */
const bodyWords =
  /^(?:Union|Commission|Council|Assembly|Nations|States|Organi[sz]ation|Committee|Secretariat|Republic|Kingdom|Federation|Bank|Fund|Forum|Group|Conference|Court|Agency|Office|Ministry|Government|Parliament|Affairs|Community|Centre|Center|Institute|Association|Summit|Meeting|Session)$/
const capitalRun =
  /\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:of[ \t]+the[ \t]+|of[ \t]+)?\p{Lu}[\p{L}'’.-]*)+/gu

function words(phrase: string): string[] {
  return phrase.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean)
}

/** The name after the last title in a titled phrase: "President of the General Assembly Dennis Francis". */
function nameAfterTitle(phrase: string): string | undefined {
  const list = words(phrase)
  const lastTitle = list.reduce((at, word, i) => (titleWords.has(word) ? i : at), -1)
  if (lastTitle < 0) return undefined
  // A given name and a surname: capitalised words after the title, at most two
  // (the words before them may still belong to the title: "General Assembly").
  const names: string[] = []
  for (let i = list.length - 1; i > lastTitle && names.length < 2; i--) {
    const word = list[i]!
    if (!nameWord.test(word) || titleWords.has(word)) break
    if (bodyWords.test(word) || isAgentWord(word.toLowerCase())) return undefined
    names.unshift(word)
  }
  return names.length > 0 ? names.join(' ') : undefined
}

/** People's names in one document, looked up by full name or surname. */
export class PeopleNames {
  private surnames: Map<string, string> | undefined

  constructor(
    private readonly people: readonly Person[],
    private readonly source: string,
  ) {}

  /** Full names by surname: the document's people, then titled names in the text (read once, when first needed). */
  private get bySurname(): Map<string, string> {
    if (this.surnames) return this.surnames
    const surnames = new Map<string, string>()
    for (const person of this.people) {
      const last = person.name.split(/\s+/).pop()
      if (last && !surnames.has(last)) surnames.set(last, person.name)
    }
    capitalRun.lastIndex = 0
    for (let run = capitalRun.exec(this.source); run; run = capitalRun.exec(this.source)) {
      const list = words(run[0])
      if (list.length < 3 || !list.slice(0, -2).some((word) => titleWords.has(word))) continue
      const [first, last] = list.slice(-2) as [string, string]
      if (titleWords.has(first) || titleWords.has(last) || surnames.has(last)) continue
      surnames.set(last, `${first} ${last}`)
    }
    this.surnames = surnames
    return surnames
  }

  /**
   * The person a phrase names, by full name, or undefined when it names no person.
   * A bare capitalised word counts as a surname only for a speaker ("Villanueva said").
   */
  name(phrase: string, speaking = false): string | undefined {
    for (const person of this.people) if (phrase.includes(person.name)) return person.name
    const bare = phrase.replace(honorific, '').trim()
    if (nameWord.test(bare) && !bare.includes(' ')) {
      const titled = honorific.test(phrase)
      if (!titled && !speaking) return undefined
      return this.bySurname.get(bare) ?? (titled ? phrase : undefined)
    }
    return nameAfterTitle(phrase)
  }
}
