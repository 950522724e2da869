import type { BoilerplateReason } from '../model/document.js'

/** A rule that recognises one kind of page furniture by the text of a block. */
interface BoilerplateRule {
  reason: BoilerplateReason
  /** Longest block the rule applies to: furniture is short. */
  maxLength: number
  test: RegExp
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
    test: /^(?:contact(?: us| information)?\b|(?:tel|phone|fax|e-?mail|address)\s*[:.])|\b(?:tel|fax)\s*[:.]\s*\+?[\d(]|[\w.+-]+@[\w-]+\.[\w.-]+/i,
  },
  {
    reason: 'share',
    maxLength: 80,
    test: /^(?:share(?: this(?: article| story| page)?)?|print(?: this(?: page| article))?|e-?mail(?: this)?|tweet|facebook|twitter|x|whatsapp|linkedin|telegram|weibo|wechat|copy link|font size|[A+\- ]*\s*text size)\s*[:|]?(?:\s*(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|print|weibo|wechat|[|/·•]))*\s*$/i,
  },
  {
    reason: 'cookie',
    maxLength: 600,
    test: /\bcookies?\b.*\b(?:accept|consent|agree|privacy|experience|browsing|settings)\b/i,
  },
  {
    reason: 'publication',
    maxLength: 120,
    test: /^(?:[^|]{1,40}\|\s*)?(?:updated|published|posted|last updated|last modified|release date|date(?: of publication)?|source|editor|author|by|web editor|responsible editor)\s*[:：|]/i,
  },
  // A byline, or a date with a time of day ("April 5, 2025 | 08:30 CET").
  {
    reason: 'publication',
    maxLength: 80,
    test: /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$|^(?=.*\b\d{4}\b)(?=.*\b\d{1,2}:\d{2}\b)[^.]*$/iu,
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
    test: /^(?:related(?: news| articles| stories| content)?|see also|read more|also read|more on this)\s*:\s*\S|^[^|.!?]{1,40}(?:\s\|\s[^|.!?]{1,60})+$|^(?:home|skip to (?:main )?content|back to top|top|menu|search|previous|next|read more|more|related(?: news| articles| stories| content)?|tags?|keywords?|you are here|print version|go back|back|subscribe|sign in|log ?in|register|latest news|most (?:read|viewed|popular)|trending)\s*[:>»|]?\s*$|^(?:[^>»|\n]{1,40}\s*[>»|]\s*){2,}[^>»|\n]{0,80}$/i,
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
    if (text.length <= rule.maxLength && rule.test.test(text)) return rule.reason
  }
  return undefined
}
