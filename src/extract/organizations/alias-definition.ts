import { lookUp } from '../names/gazetteer.js'

/** An alias given in a parenthesis, with its offsets in the sentence's analysed text. */
export interface DefinedAlias {
  start: number
  end: number
  text: string
}

export interface Definition {
  aliases: DefinedAlias[]
  /** Where the defined name really ends when words come before the parenthesis ("... on disaster management (AHA Centre)"). */
  nameEnd: number
  /** Just after the closing parenthesis. */
  close: number
  /** The name ends in a lower-case head word that makes it a body ("Multinational Security Support mission (MSS)"). */
  headed: boolean
  /** The lower-case words before the parenthesis are kept only if the code spells them ("Agence française de développement (AFD)"). */
  spelled: boolean
}

// Lower-case words that may end a name before its acronym, the opening parenthesis and a
// "hereinafter ..." lead, each bounded so that the match stays short.
const opening =
  /^((?:\s+(?:on|for|of|in|and)(?:\s+[\p{Ll}-]{2,20}){1,4})|\s+at\s+the(?:\s+\p{Lu}[\p{L}-]{1,20}){1,3}|\s+(?:mission|office|centre|center|force|group|council|committee|commission|agency|fund|bank|programme|team)|(\s+\p{Ll}[\p{L}-]{2,20}(?:\s+(?:(?:de|du|des|del|la|el|y|et|d')\s+)?\p{Ll}[\p{L}-]{2,20}){0,3}))?\s*\(\s*(?:hereinafter(?:\s*[–—-])?(?:\s+(?:jointly|collectively|together))?(?:\s+(?:referred\s+to|called|named|known))?(?:\s+as)?\s+)?/u
const aliasPattern =
  /^["“‘']?((?:the\s+|The\s+)?)(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,5})["”’']?/u

/** The aliases in a parenthesis that starts at `from` (right after a name), if any. */
export function readDefinition(text: string, from: number): Definition | undefined {
  const window = text.slice(from, from + 240)
  const lead = opening.exec(window)
  if (!lead) return undefined
  const close = window.indexOf(')', lead[0].length)
  if (close === -1) return undefined
  const aliases: DefinedAlias[] = []
  let offset = lead[0].length
  while (offset < close) {
    const found = aliasPattern.exec(window.slice(offset, close))
    if (!found) return undefined
    const [whole, article, name] = found
    // A name with a code is recorded without its article ("the SCO" -> SCO, "the CICA
    // Secretariat" -> CICA Secretariat), a common noun with it ("the Organisation").
    const upper = /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(name!)
    const from2 = from + offset + whole!.indexOf(upper ? name! : article! || name!)
    const text2 = upper ? name! : `${article}${name}`
    aliases.push({ start: from2, end: from2 + text2.length, text: text2 })
    offset += whole!.length
    const rest = /^\s*(?:,|or|and|;)\s*/.exec(window.slice(offset, close))
    if (!rest || rest[0].length === 0) break
    offset += rest[0].length
  }
  if (aliases.length === 0 || !/^\s*$/.test(window.slice(offset, close))) return undefined
  const extension = lead[1] ?? lead[2] ?? ''
  return {
    aliases,
    nameEnd: from + extension.length,
    close: from + close + 1,
    headed: lead[1] !== undefined && /^\s+\p{Ll}+$/u.test(extension),
    spelled: lead[2] !== undefined,
  }
}

/** "BRICS (Brazil, Russia, India, China and South Africa)": a parenthesis at `from` that lists two or more places. */
export function listsMembers(text: string, from: number): boolean {
  const inner = /^\s*\(([^()]{3,200})\)/u.exec(text.slice(from, from + 220))?.[1]
  if (!inner) return false
  const parts = inner.split(/\s*(?:,\s*and|,|\band)\s+|\s*,\s*/u).filter(Boolean)
  return parts.length > 1 && parts.every((part) => lookUp(part.trim())?.type === 'place')
}
