// Words that name a kind of official text in a title ("Joint Statement", "Déclaration"),
// in English, French, Spanish and Portuguese, and the kind each names. Checked in order:
// the first that matches a capitalised (or upper-case) phrase of the title wins.

import type { DocumentKind } from '../model/document.js'

export const kindPhrases: Array<[RegExp, DocumentKind]> = [
  // A chair's statement or conclusions: a statement of the chair, not of all.
  [
    /\b(?:Chair(?:man|woman|person)?|Presidency|President)(?:['’]s|-in-Office|ship)?\s+(?:Statement|Summary|Conclusions)\b|\b(?:Conclusions|Summary|Statement)\s+(?:of|by)\s+the\s+(?:Chair|President)/iu,
    'statement',
  ],
  [
    /\bJoint\s+(?:Press\s+)?Statement\b|\bDéclaration\s+conjointe\b|\bDeclaración\s+conjunta\b/iu,
    'joint-statement',
  ],
  [
    /\b(?:Joint\s+)?(?:Press\s+)?Communiqu[eé](?![\p{L}]|\s+de\s+presse)|\bComunicado\b/iu,
    'communique',
  ],
  [/\bConclusions\b/iu, 'communique'],
  [/\b(?:Resolution|Résolution|Resolución|Resolução)s?\b/iu, 'resolution'],
  [/\b(?:Decision|Décision|Decisión|Decisão)s?\b/iu, 'decision'],
  [/\b(?:Declaration|Déclaration|Declaración|Declaração)\b/iu, 'declaration'],
  [/\b(?:Statement|Déclaration|Declaración)\b/iu, 'statement'],
  [/\bRead-?out\b|\bTelephone\s+(?:Conversation|Call)\b|\bPhone\s+Call\b/iu, 'readout'],
  [
    /\b(?:Initiative|Memorandum|Agreement|Treaty|Charter|Pact|Action\s+Plan|Plan\s+of\s+Action|Programme|Roadmap|Appeal|Consensus|Accord|Protocol|Convention)\b/iu,
    'declaration',
  ],
  [
    /\b(?:Press|News|Media)\s+Release\b|\bCommuniqu[eé]\s+de\s+presse(?!\p{L})|\bNota\s+de\s+prensa\b/iu,
    'press-release',
  ],
]

const globals = kindPhrases.map(
  ([pattern, kind]) => [new RegExp(pattern.source, `${pattern.flags}g`), kind] as const,
)

/**
 * The kind a title names: the phrase that comes first in it (on a tie, the first of the
 * list), a press release only when nothing else is named ("Press Release: Communiqué of
 * ..." is a communiqué). Only a phrase whose head word is capitalised counts: "leaders
 * sign decisions" names none.
 */
export function kindNamed(text: string): { kind: DocumentKind; index: number } | undefined {
  let best: { kind: DocumentKind; index: number } | undefined
  for (const [pattern, kind] of globals) {
    for (const match of text.matchAll(pattern)) {
      const words = match[0].split(/\s+/).filter((word) => /^\p{L}{3,}/u.test(word))
      if (words.length === 0 || !/^\p{Lu}/u.test(words[words.length - 1]!)) continue
      const index = match.index ?? 0
      const better =
        !best ||
        (best.kind === 'press-release' && kind !== 'press-release') ||
        (kind !== 'press-release' && index < best.index)
      if (better) best = { kind, index }
      break
    }
  }
  return best
}
