// Who a subject phrase stands for: pronouns through the subjects before them
// ("It supports ..." after "The Forum ..." is the Forum; "They" the last plural
// subject; "He" the last person), "we" and subjectless clauses through the
// issuing parties, people through their full names ("Mr. Guterres" is
// "António Guterres").
import { headWord, isAgent, isAgentWord } from './judge-agent.js'
import type { PeopleNames } from './name-people.js'

/** Who speaks for a document: "we" and the body of its operative clauses. */
export interface IssuingParties {
  /** Whom "we" names in a declaration (the issuer, or "We, the Leaders of ..."). */
  we: string | null
  /** Who acts in clauses without a subject ("Calls upon Member States ..."): a resolution's body. */
  body: string | null
  /** Whom "the two sides" names when the text defines it ("... (hereinafter “the two sides”)"). */
  sides?: string | null
  /** The issuer the metadata names: who speaks when the text names no one else. */
  issuer?: string | null
}

/** An actor, with what a later pronoun may take from it. */
interface Resolved {
  actor: string | null
  kind: PronounKind
}

/** The phrase as an actor: no parenthesis, no quotes, white space folded, "The" made "the". */
export function cleanActor(phrase: string): string {
  return phrase
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/,\s+(and|or)\s+/g, ' $1 ')
    .replace(/[“”"‘’]+(?=\s|$)|^[“”"‘’]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.—–-]+$/u, '')
    .trim()
    .replace(leadingAdverbs, '')
    .replace(/\s+(?:all|both|together|alone|themselves|ourselves|itself)$/i, '')
    .replace(/^The /, 'the ')
}

/** Sentence adverbs that the subject scan may carry at the start: "Today I", "Therefore, we". */
const leadingAdverbs =
  /^(?:(?:today|tomorrow|yesterday|even|separately|meanwhile|now|therefore|thus|hence|so|and|but|also|finally|lastly|first|firstly|second|secondly|third|thirdly|fourth|fourthly|moreover|furthermore|however|indeed|again|here|together|yet|still|then|likewise|similarly|accordingly|consequently|in addition|of course|above all|in short|in conclusion|in this regard|in that regard|to that end|to this end|for our part|for its part)\b,?\s+)+/i

function isPlural(actor: string): boolean {
  if (/\sand\s/.test(actor) && !/\s(?:of|for)\s/.test(actor)) return true
  const head = headWord(actor)
  if (!/[^s]s$/.test(head)) return false
  return /^\p{Ll}/u.test(head) || isAgentWord(head.toLowerCase())
}

/** A name word of a group's full form: "Foreign", "Affairs", "77", "ASEM". */
const nameWord = /^(?:\p{Lu}[\p{L}'’-]*|\p{N}+)$/u

/** "Ministers of Foreign Affairs of the Group of 77 and China", "Leaders of ASEM members": the first full form of a group. */
function findLongForm(source: string, head: string): string | undefined {
  const at = new RegExp(`\\b${head}\\s+of\\s+`, 'u').exec(source.slice(0, 20_000))
  if (!at) return undefined
  const words = source.slice(at.index + at[0].length, at.index + at[0].length + 200).split(/\s+/)
  const kept: string[] = []
  for (const word of words) {
    if (nameWord.test(word.replace(/[,.;:]$/, ''))) {
      kept.push(word.replace(/[,.;:]$/, ''))
      if (/[,.;:]$/.test(word)) break
      continue
    }
    if (/^(?:of|the|and|for|on)$/.test(word) && kept.length > 0) {
      kept.push(word)
      continue
    }
    // "Leaders of ASEM members": one group noun may close the name.
    if (/^(?:members|countries|states|nations|partners)[,.;:]?$/.test(word) && kept.length > 0) {
      kept.push(word.replace(/[,.;:]$/, ''))
    }
    break
  }
  while (kept.length > 0 && /^(?:of|the|and|for|on)$/.test(kept.at(-1)!)) kept.pop()
  if (!kept.some((word) => nameWord.test(word))) return undefined
  const written = source.slice(at.index, at.index + head.length)
  return `${written} of ${kept.join(' ')}`
}

/** The subject phrases of the sentences before, most recent first. */
export type Antecedents = () => Iterable<string>

/** What a pronoun can stand for: one body or country, a group, a person, two or more people. */
type PronounKind = 'singular' | 'plural' | 'person' | 'people'

const pronouns: Record<string, PronounKind> = {
  it: 'singular',
  they: 'plural',
  he: 'person',
  she: 'person',
}

/** "The two leaders", "both presidents": the people named together before. */
const pairOfPeople =
  /^(?:the two|both(?: the)?) (?:leaders|presidents|prime ministers|ministers|foreign ministers|heads of state)$/i

/** "the two sides", "both sides". */
const bothSides = /^(?:the (?:two )?|both )sides$/i

function kindOf(clean: string): PronounKind | undefined {
  return pronouns[clean.toLowerCase()] ?? (pairOfPeople.test(clean) ? 'people' : undefined)
}

/** Resolves subject phrases to actors: pronouns through the subjects before them. */
export class ActorResolver {
  constructor(
    private readonly parties: IssuingParties,
    private readonly names: PeopleNames,
    /** The text, for the full form of a group a pronoun stands for. */
    private readonly source = '',
    /** The names of the document's organizations, for the body "the Council" stands for. */
    private readonly bodies: readonly string[] = [],
  ) {}

  /**
   * "The Council" after "the Security Council": the one organization whose name ends with
   * that head ("Security Council"), when the text names only one; else the phrase as written.
   */
  private bodyNamed(clean: string): string | undefined {
    const short = /^the (\p{Lu}\p{Ll}+)$/u.exec(clean)
    if (!short || !isAgentWord(short[1]!.toLowerCase())) return undefined
    const head = short[1]!
    const named = new Set(
      this.bodies.filter((name) => name.endsWith(` ${head}`) || headWord(name) === head),
    )
    if (named.size !== 1) return undefined
    const [name] = named
    return name!.endsWith(` ${head}`) && /^\p{Lu}/u.test(name!) ? `the ${name}` : undefined
  }

  /** Full forms found, by short form. */
  private readonly longForms = new Map<string, string>()

  /**
   * The fullest form the text gives a group a pronoun stands for: "They" after "The Ministers
   * recalled ..." is "the Ministers of Foreign Affairs of the Group of 77 and China" when the text
   * names them so first.
   */
  private longForm(actor: string): string {
    const short = /^(?:the\s+)?(\p{L}+(?:\s+of\s+State(?:\s+and\s+Government)?)?)$/iu.exec(actor)
    if (!short || !isPlural(actor) || !isAgentWord(headWord(actor).toLowerCase())) return actor
    const head = short[1]!
    let full = this.longForms.get(head)
    if (full === undefined) {
      full = findLongForm(this.source, head) ?? ''
      this.longForms.set(head, full)
    }
    return full ? actor.replace(head, full) : actor
  }

  /** The actor a phrase names (empty phrase: a clause without a subject). */
  resolve(phrase: string, antecedents: Antecedents, speaking = false): string | null {
    const clean = cleanActor(phrase)
    const kind = kindOf(clean)
    if (!kind) return this.readOnce(clean, speaking).actor
    return this.antecedent(kind, antecedents) ?? clean
  }

  /** Phrases read before, by phrase and whether a speaker says them: most repeat ("We"). */
  private readonly known = new Map<string, Resolved>()

  private readOnce(clean: string, speaking: boolean): Resolved {
    const key = `${speaking ? 's' : 'n'}${clean}`
    let resolved = this.known.get(key)
    if (!resolved) {
      resolved = this.read(clean, speaking)
      this.known.set(key, resolved)
    }
    return resolved
  }

  /** The most recent subject before that a pronoun of this kind can stand for. */
  private antecedent(kind: PronounKind, antecedents: Antecedents): string | null {
    for (const phrase of antecedents()) {
      const clean = cleanActor(phrase)
      if (!clean || kindOf(clean) || /^(?:we|us|i|let us)$/i.test(clean)) continue
      const resolved = this.readOnce(clean, false)
      if (!resolved.actor || !isAgent(resolved.actor)) continue
      // "They" stands for a group or for two or more people.
      if (resolved.kind === kind || (kind === 'plural' && resolved.kind === 'people')) {
        return this.longForm(resolved.actor)
      }
    }
    return null
  }

  private read(clean: string, speaking: boolean): Resolved {
    const lower = clean.toLowerCase()
    const plain = (actor: string | null, kind: PronounKind): Resolved => ({ actor, kind })
    if (!clean) return plain(this.parties.body ?? this.parties.we, 'plural')
    if (lower === 'we' || lower === 'us' || lower === 'let us') {
      return plain(this.parties.we ?? 'we', 'plural')
    }
    if (lower === 'i') return plain('I', 'person')
    if (bothSides.test(clean) && this.parties.sides) return plain(this.parties.sides, 'plural')
    const parts = clean.split(/\s+and\s+/)
    if (parts.length > 1) {
      // "Macron and Truss", "President Biden and President Yoon": each person as named.
      const people = parts.map((part) => this.names.name(part))
      if (people.every(Boolean)) return plain(people.join(' and '), 'people')
      // "Macron and Truss": people the text names, each as written or by full name.
      if (parts.every((part, i) => people[i] || this.names.isPerson(part))) {
        return plain(parts.map((part, i) => people[i] ?? part).join(' and '), 'people')
      }
    }
    const person = this.names.name(clean, speaking)
    if (person) return plain(person, 'person')
    const body = this.bodyNamed(clean)
    if (body) return plain(body, 'singular')
    return plain(clean, isPlural(clean) ? 'plural' : 'singular')
  }
}
