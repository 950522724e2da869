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
    reason: 'navigation',
    maxLength: 200,
    test: /^(?:home|skip to (?:main )?content|back to top|top|menu|search|previous|next|read more|more|related(?: news| articles| stories| content)?|tags?|keywords?|you are here|print version|go back|back|subscribe|sign in|log ?in|register|latest news|most (?:read|viewed|popular)|trending)\s*[:>»|]?\s*$|^(?:[^>»|\n]{1,40}\s*[>»|]\s*){2,}[^>»|\n]{0,80}$/i,
  },
  {
    reason: 'publication',
    maxLength: 120,
    test: /^(?:updated|published|posted|last updated|last modified|release date|date(?: of publication)?|source|editor|author|by|web editor|responsible editor)\s*[:：|]/i,
  },
  {
    reason: 'credit',
    maxLength: 250,
    test: /^(?:photo|photograph|image|picture|video|file photo|caption)\s*(?:by|credit|:|\/)|\((?:photo|image)\s*(?:by|:|\/)|\/\s*(?:xinhua|reuters|afp|ap|getty images)\s*\)?\s*$/i,
  },
]

/** The reason a block is page furniture, or undefined when it is part of the text. */
export function boilerplateReason(text: string): BoilerplateReason | undefined {
  for (const rule of rules) {
    if (text.length <= rule.maxLength && rule.test.test(text)) return rule.reason
  }
  return undefined
}
