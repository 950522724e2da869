// A person's name for a phrase that names them: "Mr. Guterres" and (as a
// speaker) "Villanueva" give the full name written elsewhere in the text,
// "SCO Secretary-General Bolat Serikbayev" gives "Bolat Serikbayev". Uses the
// document's people when the entity step found them, else the names that end
// a run of capitalised words with a title ("Foreign Secretary Ramon Villanueva").
import type { Person } from '../../model/entities.js'
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
  // "High Commissioner for Refugees": a lower-case word after the title (but "of the") ends it.
  const tail = list.slice(lastTitle + 1)
  if (tail.some((word) => /^\p{Ll}/u.test(word) && !/^(?:of|the)$/.test(word))) return undefined
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

/** A titled surname as written, without a leading article: "the Foreign Minister Park" -> "Foreign Minister Park". */
function asNamed(phrase: string): string {
  return phrase.replace(/^(?:the|The)\s+/, '').trim()
}

/** "Brazilian" in "Brazilian President Lúcia Andrade Figueiredo": a nationality before a title. */
const nationality = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic|an|i)$/u
/** "the Brazilian leader", "the Kenyan foreign minister": a person named by nationality and role. */
const role =
  /^the (\p{Lu}\p{Ll}+) (?:leader|president|prime minister|premier|minister|foreign minister|chancellor|head of state|head of government|king|emir|monarch|envoy)$/iu

/** Names found once per document: full names by surname and by the nationality before their title. */
interface NameIndex {
  bySurname: Map<string, string>
  byNationality: Map<string, string>
}

/** People's names in one document, looked up by full name, surname or nationality and role. */
export class PeopleNames {
  private index: NameIndex | undefined

  constructor(
    private readonly people: readonly Person[],
    private readonly source: string,
  ) {}

  /** True when the document's people include someone named so, in full or by surname. */
  isPerson(name: string): boolean {
    return this.people.some((person) => person.name === name || person.name.endsWith(` ${name}`))
  }

  /** The full name a person's last words stand for, from the document's people. */
  private fullName(tail: string): string | undefined {
    return this.people.find((person) => person.name === tail || person.name.endsWith(` ${tail}`))
      ?.name
  }

  /** The document's people by surname, then titled names in the text (read once, when first needed). */
  private get names(): NameIndex {
    if (this.index) return this.index
    const index: NameIndex = { bySurname: new Map(), byNationality: new Map() }
    for (const person of this.people) {
      const last = person.name.split(/\s+/).pop()
      if (last && !index.bySurname.has(last)) index.bySurname.set(last, person.name)
    }
    capitalRun.lastIndex = 0
    for (let run = capitalRun.exec(this.source); run; run = capitalRun.exec(this.source)) {
      const list = words(run[0])
      if (list.length < 3 || !list.slice(0, -2).some((word) => titleWords.has(word))) continue
      const [first, last] = list.slice(-2) as [string, string]
      if (titleWords.has(first) || titleWords.has(last)) continue
      const full = this.fullName(last) ?? `${first} ${last}`
      if (!index.bySurname.has(last)) index.bySurname.set(last, full)
      const adjective = list[0]!.toLowerCase()
      if (
        nationality.test(list[0]!) &&
        titleWords.has(list[1]!) &&
        !index.byNationality.has(adjective)
      ) {
        index.byNationality.set(adjective, full)
      }
    }
    this.index = index
    return index
  }

  /**
   * The person a phrase names, by full name, or undefined when it names no person.
   * A bare capitalised word counts as a surname only for a speaker ("Villanueva said").
   */
  name(phrase: string, speaking = false): string | undefined {
    for (const person of this.people) {
      if (!phrase.includes(person.name)) continue
      // "Foreign Minister Haddad" when the people list has only "Haddad": as written.
      return person.name.includes(' ') || !nameAfterTitle(phrase) ? person.name : asNamed(phrase)
    }
    const described = role.exec(phrase)
    if (described) return this.names.byNationality.get(described[1]!.toLowerCase())
    const bare = phrase.replace(honorific, '').trim()
    if (nameWord.test(bare) && !bare.includes(' ')) {
      const titled = honorific.test(phrase)
      if (!titled && !speaking) return undefined
      return this.names.bySurname.get(bare) ?? (titled ? phrase : undefined)
    }
    const titled = nameAfterTitle(phrase)
    if (!titled) return undefined
    // "Foreign Minister ... Kiprono Mutai" -> the full name; "Foreign Minister Park",
    // "President Biden": the person as the text names them, title and surname.
    return titled.includes(' ') ? (this.fullName(titled) ?? titled) : asNamed(phrase)
  }
}
