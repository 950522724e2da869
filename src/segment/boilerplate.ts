import type { BoilerplateReason } from '../model/document.js'

/** A rule that recognises one kind of page furniture by the text of a block. */
interface BoilerplateRule {
  reason: BoilerplateReason
  /** Longest block the rule applies to: furniture is short. */
  maxLength: number
  test: RegExp
  /** The rule holds only for a block that is not a sentence of prose. */
  notProse?: boolean
}

/** A sentence of prose: eight words or more, many in lower case, ending as sentences end. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word))
  if (words.length < 8 || !/[.!?;:]["'”’)]*$/.test(text)) return false
  return words.filter((word) => /^\p{Ll}/u.test(word)).length / words.length >= 0.4
}

// Ordered: the first rule that matches names the reason.
const rules: BoilerplateRule[] = [
  {
    reason: 'copyright',
    maxLength: 400,
    test: /^(?:copyright\b|©|\(c\)\s*\d{4})|©|\ball rights reserved\b/i,
  },
  {
    reason: 'licence',
    maxLength: 200,
    test: /(?:ICP\s*备|\bICP\b.*\d{6,}|\blicen[cs]e (?:no|number)\b|备案号)/i,
  },
  {
    reason: 'contact',
    maxLength: 300,
    test: /^(?:contact(?: us| information)?\b|(?:tel|phone|fax|e-?mail|address)\s*[:.])/i,
  },
  // A telephone number or an e-mail address makes a block contact details only when the
  // block is not a sentence of prose ("... write to pledges@un.org.").
  {
    reason: 'contact',
    maxLength: 300,
    test: /\b(?:tel|fax)\s*[:.]\s*\+?[\d(]|[\w.+-]+@[\w-]+\.[\w.-]+/i,
    notProse: true,
  },
  {
    reason: 'share',
    maxLength: 80,
    test: /^(?:share(?: this(?: article| story| page)?)?|print(?: this(?: page| article))?|e-?mail(?: this)?|tweet|facebook|twitter|x|whatsapp|linkedin|telegram|weibo|wechat|copy link|font size|[A+\- ]*\s*text size)\s*[:|]?(?:\s*(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|print|weibo|wechat|[|/·•]))*\s*$/i,
  },
  {
    reason: 'cookie',
    maxLength: 600,
    // A notice about the site's own cookies, not a sentence that names cookies.
    test: /\b(?:we use|this (?:web)?site uses|uses?) cookies\b|\bcookies?\b.*\b(?:accept(?: all)?|manage (?:preferences|settings)|cookie (?:policy|settings|preferences))\b/i,
  },
  {
    reason: 'publication',
    maxLength: 120,
    test: /^(?:[^|]{1,40}\|\s*)?(?:updated|published|posted|last updated|last modified|release date|date(?: of publication)?|source|editor|author|by|web editor|responsible editor)\s*[:：|]/i,
  },
  // "Published on April 1, 2015", "Issued on 3 May", "Publié le 3 octobre 2024 à 14h30",
  // "Publicado el 5 de mayo de 2024", "Atualizado em 2 de junho".
  {
    reason: 'publication',
    maxLength: 100,
    test: /^(?:last\s+)?(?:updated|published|posted|issued|released|created|publié|mis à jour|publicado|actualizado|atualizado)(?:\s+(?:on|at|le|el|em|:))?\s+(?=.*\d)/i,
  },
  // A byline, or a date with a time of day ("April 5, 2025 | 08:30 CET").
  {
    reason: 'publication',
    maxLength: 80,
    test: /^by\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|,\s*|\s+and\s+)\p{Lu}[\p{L}.'’-]*){0,8}$|^(?=.*\b\d{4}\b)(?=.*\b\d{1,2}:\d{2}\b)[^.]*$/iu,
  },
  // Page numbers of text extracted from a PDF: "Page 2 of 4", "- 3 -", "3/12".
  {
    reason: 'page',
    maxLength: 20,
    test: /^(?:\d{1,4}|page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*(?:of|\/)\s*\d{1,4})$/i,
  },
  // Document symbols on a line of their own: "SG/SM/22014", "A/RES/78/1".
  {
    reason: 'reference',
    maxLength: 60,
    test: /^(?:[A-Z][A-Z.]{0,11}\/)+[A-Z0-9./()-]*\d[A-Z0-9./()-]*$|^(?:distr\.?|original|language|agenda item)\s*:\s*\S+(?:\s\S+)?$/i,
  },
  {
    reason: 'disclaimer',
    maxLength: 200,
    test: /^for information media\b|\bnot an official record\b|^this (?:story|article) (?:has been|was) (?:corrected|updated)\b/i,
  },
  {
    reason: 'navigation',
    maxLength: 200,
    test: /^(?:related(?: news| articles| stories| content)?|see also|read more|also read|more on this)\s*:\s*\S|^[^|.!?]{1,40}(?:\s\|\s[^|.!?]{1,60})+$|^(?:home|skip to (?:main )?content|back to top|top|menu|search|previous|next|read more|more|related(?: news| articles| stories| content)?|tags?|keywords?|you are here|print version|go back|back|subscribe|sign in|log ?in|register|latest news|most (?:read|viewed|popular)|trending)\s*[:>»|]?\s*$/i,
  },
  {
    reason: 'credit',
    maxLength: 250,
    test: /^(?:reporting|writing|editing|additional reporting|compiled|edited) by\b|^(?:photo|photograph|image|picture|video|file photo|caption)\s*(?:by|credit|:|\/)|\((?:photo|image)\s*(?:by|:|\/)|\/\s*(?:xinhua|reuters|afp|ap|getty images)\s*\)?\s*$/i,
  },
]

/** The reason a block is page furniture, or undefined when it is part of the text. */
export function boilerplateReason(text: string): BoilerplateReason | undefined {
  for (const rule of rules) {
    if (text.length <= rule.maxLength && rule.test.test(text) && !(rule.notProse && isProse(text)))
      return rule.reason
  }
  return undefined
}
