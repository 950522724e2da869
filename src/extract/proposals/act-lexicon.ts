// The acts of proposals as data: one pattern per verb phrase, with its kind
// (propose, support, commit, normative), the word starts that hint at it and how
// it is read (a modal, a verb that is also a noun, one that needs "to ...").
// match-act-patterns.ts finds them; find-acts.ts keeps those used as verbs.
import type { ActKind } from '../../model/entities.js'
import { wordSet } from './clause-words.js'

/** Start and end of a word: letters, digits, apostrophes and hyphens do not break it. */
const after = "(?![\\p{L}\\p{N}'’-])"

/**
 * A case-insensitive, sticky pattern for one or more words, whole at their end:
 * tried only where a word starts near one of its hints (match-act-patterns.ts).
 */
export function wordPattern(source: string): RegExp {
  return new RegExp(`(?:${source})${after}`, 'iuy')
}

export interface ActPattern {
  kind: ActKind
  /** Lower-case starts of words one of which the sentence must contain for the pattern to be tried. */
  hints: string[]
  /** The phrase never starts at its hint, only at one of these words before it ("it", "there"). */
  leads?: Set<string>
  /** How many words before its hint the phrase may start ("it is also necessary": 3; default 0). */
  reach?: number
  /** Named groups `a`, `b`, `c`, `n` joined make the verb phrase ("agreed to", "will not accept"). */
  pattern: RegExp
  /** Also a noun ("support", "calls", "plan"): counts only after a word that can end a subject. */
  ambiguous?: true
  /** Counts only with "to" + verb later in the clause ("invites all States to take part"). */
  needsTo?: true
  /** A modal (will, shall, should, must, need to): the next verb decides whether it acts. */
  modal?: true
  /** Has no subject of its own ("it is necessary to", "there is a need to"). */
  impersonal?: true
  /** An act only inside reported speech ("he said the country would ..."). */
  reportedOnly?: true
  /**
   * The phrase ends with "to" or "of" that must open a course of action (read-action.ts):
   * "commitment to defend", not "committed to peace"; "the importance of establishing".
   */
  action?: 'to' | 'of'
  /** Stands at the start of a clause without a subject: "Determined to ...", "..., resolved to". */
  clauseStart?: true
}

/** Every form of each verb: "stress" -> stress, stresses, stressed, stressing. */
export function verbForms(list: string): string[] {
  return list.split(/\s+/).flatMap((verb) => {
    const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb
    const s = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`
    return [verb, s, `${stem}ed`, `${stem}ing`]
  })
}

/** A regular expression for every form of the verbs, longest first. */
function anyForm(forms: string[]): string {
  return [...forms].sort((x, y) => y.length - x.length).join('|')
}

/** Verbs that restate a stance: "reaffirm our commitment to", "underlined their determination to". */
const restating = verbForms(
  'reaffirm affirm reiterate renew restate confirm reconfirm underline underscore stress emphasize emphasise express highlight demonstrate declare',
)
/** Verbs that stress a need or an importance: "stressed the need to", "underlined the importance of". */
const stressing = verbForms(
  'stress emphasize emphasise underline underscore highlight reiterate reaffirm acknowledge recognize recognise',
)
/** Verbs that give support as a noun: "expressed strong support for", "confirmed the full support of". */
const supporting = verbForms(
  'express reaffirm reiterate confirm reconfirm pledge extend voice renew',
)

const have = '(?:(?:have|has|had) )?'
const timeBetween =
  '(?: on \\p{Lu}\\p{L}+day| \\p{Lu}\\p{L}+day| today| also| further| in principle| unanimously)?'

function act(
  kind: ActKind,
  hints: string,
  source: string,
  flags: Omit<ActPattern, 'kind' | 'pattern' | 'hints'> = {},
): ActPattern {
  return { kind, hints: hints.split('|'), pattern: wordPattern(source), ...flags }
}

export const actPatterns: ActPattern[] = [
  // propose
  act('propose', 'propos', `(?<a>${have}propos(?:e|es|ed))(?: (?<b>to)(?= \\p{Ll}))?`, {
    reach: 1,
  }),
  act('propose', 'suggest', `(?<a>${have}suggest(?:s|ed)?)`, { reach: 1 }),
  act('propose', 'call$|calls$|called$', `(?<a>${have}call(?:s|ed)?)(?: also)? (?<b>for|on|upon)`, {
    reach: 1,
    ambiguous: true,
  }),
  act('propose', 'urg', `(?<a>${have}urg(?:e|es|ed))`, { reach: 1 }),
  act('propose', 'recommend', `(?<a>${have}recommend(?:s|ed)?)`, { reach: 1 }),
  act('propose', 'invit', `(?<a>invit(?:e|es|ed))`, { needsTo: true }),
  act('propose', 'request', `(?<a>${have}request(?:s|ed)?)`, {
    reach: 1,
    ambiguous: true,
    needsTo: true,
  }),
  act('propose', 'appeal', `(?<a>appeal(?:s|ed)?) (?<b>to|for|on|upon)`, { ambiguous: true }),
  act('propose', 'demand', `(?<a>demand(?:s|ed)?)`, { ambiguous: true }),
  act('propose', 'advocat', `(?<a>advocat(?:e|es|ed))(?: (?<b>for))?`),
  act('propose', 'forward', `(?<a>puts?) (?<b>forward)`),
  act('propose', 'ask$|asks$|asked$', `(?<a>ask(?:s|ed)?)`, { needsTo: true }),
  act('propose', 'exhort', `(?<a>exhort(?:s|ed)?)`),
  act(
    'propose',
    'instruct|direct|mandate',
    `(?<a>instruct(?:s|ed)?|direct(?:s|ed)?|mandate[sd]?)`,
    {
      ambiguous: true,
      needsTo: true,
    },
  ),
  // "We continue to support ...": the act goes on.
  act('support', 'continu', `(?<a>continues?|continued) (?<b>to (?:support|encourage|endorse))`),
  act(
    'propose',
    'continu',
    `(?<a>continues?|continued) (?<b>to (?:call (?:for|on|upon)|urge|advocate for))`,
  ),
  // "Member States are encouraged to ...": the body that speaks asks it.
  act(
    'support',
    'encouraged',
    `(?<a>(?:is|are)(?: also| further| strongly)? encouraged) (?<b>to)(?= \\p{Ll})`,
    { impersonal: true, reach: 3, leads: wordSet('is are') },
  ),
  act(
    'propose',
    'urged|invited|requested|called',
    `(?<a>(?:is|are)(?: also| further| strongly)? (?:urged|invited|requested|called upon|called on)) (?<b>to)(?= \\p{Ll})`,
    { impersonal: true, reach: 3, leads: wordSet('is are') },
  ),
  // "It was agreed that ...", "It was decided to ...": the meeting's decision.
  act('commit', 'agreed|decided', `(?<a>it (?:was|has been) (?:agreed|decided)) (?<b>to|that)`, {
    impersonal: true,
    reach: 3,
    leads: wordSet('it'),
  }),
  // "tasks the Permanent Council with adopting ...".
  act('propose', 'task$|tasks$|tasked$', `(?<a>task(?:s|ed)?)(?= [^,;.]{1,80}? with \\p{L})`, {
    ambiguous: true,
  }),
  // support
  act('support', 'support', `(?<a>${have}support(?:s|ed)?)`, { reach: 1, ambiguous: true }),
  act('support', 'encourag', `(?<a>${have}encourag(?:e|es|ed))`, { reach: 1 }),
  act('support', 'endors', `(?<a>${have}endors(?:e|es|ed))`, { reach: 1 }),
  act('support', 'backs$|backed$', `(?<a>back(?:s|ed))`, { ambiguous: true }),
  act(
    'support',
    'welcome$|welcomes$|welcomed$',
    `(?<a>welcom(?:e|es|ed))(?= (?:the |an? |its |their |his |her |our |this )?(?:(?!(?:on|of|in|for|by|to|with|from|at|about|towards|under) )[\\p{L}-]+ ){0,3}?(?:initiatives?|proposals?|offers?|intention|readiness|willingness|plans?|calls?|ideas?)${after})`,
  ),
  // commit
  act(
    'commit',
    'agre',
    `(?<a>${have}agre(?:e|es|ed))${timeBetween} (?<b>to|that|on|upon)(?! (?:the )?following| as follows)`,
    { reach: 1 },
  ),
  act(
    'commit',
    'decid',
    `(?<a>${have}decid(?:e|es|ed))(?:${timeBetween} (?<b>to|that|on|upon)|(?=:))`,
    { reach: 1 },
  ),
  // "expresses its intention to review ...".
  act(
    'commit',
    'express',
    `(?<a>express(?:es|ed)?) (?:its|their|our|his|her) (?<b>(?:intention|readiness|willingness|determination) to)`,
  ),
  // "The Commission shall:": a modal that leads in a list.
  act('commit', 'will$|shall$', `(?<a>will|shall)(?=:)`, { modal: true }),
  act('commit', 'resolv', `(?<a>${have}resolv(?:e|es|ed)) (?<b>to)`, { reach: 1 }),
  act(
    'commit',
    'commit$|commits$|committed$|recommit',
    `(?<a>${have}(?:re)?commit(?:s|ted)?)(?: ourselves| themselves| itself| himself| herself)? (?<b>to)`,
    { reach: 1, action: 'to' },
  ),
  act('commit', 'pledg', `(?<a>${have}pledg(?:e|es|ed))`, { reach: 1, ambiguous: true }),
  act('commit', 'undert', `(?<a>undertak(?:e|es)|undertook) (?<b>to)`),
  act('commit', 'intend', `(?<a>intend(?:s|ed)?) (?<b>to)`),
  act('commit', 'plan$|plans$|planned$', `(?<a>plan(?:s|ned)?) (?<b>to)`, { ambiguous: true }),
  act('commit', 'approv', `(?<a>${have}approv(?:e|es|ed))`, { reach: 1 }),
  act(
    'commit',
    'willing|ready|prepared|determined|committed|resolved',
    `(?<a>(?:(?:will|shall) )?(?:is|are|am|was|were|be|remain|remains|remained|stand|stands|stood))(?: \\p{L}+ly| also| further| always| still| therefore)? (?<b>(?:willing|ready|prepared|determined|committed|resolved) to)`,
    {
      reach: 4,
      leads: wordSet('will shall is are am was were be remain remains remained stand stands stood'),
    },
  ),
  act(
    'commit',
    'will$|shall$',
    `(?<a>will|shall)(?<n> not| never)?(?: (?:also|further|jointly|now|still|always|therefore|thus|then|soon|together|\\p{L}+ly))* (?<b>\\p{L}[\\p{L}-]*)(?: (?<c>up|out|forward))?`,
    { modal: true },
  ),
  act(
    'commit',
    'would$',
    `(?<a>would)(?<n> not| never)?(?: \\p{L}+ly| also)? (?<b>\\p{L}[\\p{L}-]*)`,
    {
      modal: true,
      reportedOnly: true,
    },
  ),
  // normative
  act('normative', 'should$|must$', `(?<a>should|must)(?<n> not| never)?`, { modal: true }),
  act('normative', 'ought$', `(?<a>ought) (?<b>to)`, { modal: true }),
  act('normative', 'need$|needs$', `(?<a>needs?) (?<b>to)(?= \\p{L})`, {
    modal: true,
    ambiguous: true,
  }),
  act('normative', 'have to|has to', `(?<a>have|has) (?<b>to)(?= \\p{Ll})`, {
    modal: true,
    ambiguous: true,
  }),
  // "emphasizing that the facilities had to be respected": reported, a past "must".
  act('normative', 'had to', `(?<a>had) (?<b>to)(?= \\p{Ll})`, {
    modal: true,
    ambiguous: true,
    reportedOnly: true,
  }),
  act(
    'normative',
    'necessary|essential|imperative|crucial|vital|important|urgent|critical|indispensable',
    `(?<a>it (?:is|remains|was))(?: \\p{L}+ly| also| therefore)? (?<b>necessary|essential|imperative|crucial|vital|important|urgent|critical|indispensable)(?= (?:for [^,.;]{1,80}? )?(?:to|that) )`,
    { impersonal: true, reach: 4, leads: wordSet('it') },
  ),
  act(
    'normative',
    'need$',
    `(?<a>there (?:is|remains))(?: an?| the)?(?: \\p{L}+)? (?<b>need) (?:to|for)`,
    { impersonal: true, reach: 5, leads: wordSet('there') },
  ),
  act(
    'normative',
    'need$|necessity$',
    `(?<a>${anyForm(stressing)}|agreed on) (?<b>the(?: \\p{L}+)? (?:need|necessity))(?= (?:to|for)${after})`,
    { reach: 4, leads: new Set([...stressing, 'agreed']) },
  ),
  // "new approaches are needed to ...": a need stated for an action, the issuer's.
  act(
    'normative',
    'needed$|required$',
    `(?<a>(?:is|are) (?:\\p{Ll}+ly |also )?(?:needed|required)) (?<b>to)(?= (?:\\p{Ll}+ly )?\\p{Ll})`,
    { impersonal: true, reach: 3, leads: wordSet('is are'), action: 'to' },
  ),
  // "it is of great practical significance to ...".
  act(
    'normative',
    'significance$|importance$',
    `(?<a>it (?:is|was)) (?<b>of (?:\\p{Ll}+ ){0,2}(?:significance|importance)) (?<c>to)(?= \\p{Ll})`,
    { impersonal: true, reach: 5, leads: wordSet('it') },
  ),
  // Nominal acts: a stance restated as a noun, with the action it commits to.
  act(
    'commit',
    'commitment|determination|resolve$|readiness|willingness|intention|pledge$|pledges$',
    `(?<a>${anyForm(restating)}) (?:(?:the|our|their|its|his|her|\\p{Lu}[\\p{L}-]*['’]s|\\p{Ll}[\\p{Ll}-]*) ){0,4}?(?<b>commitments?|determination|resolve|readiness|willingness|intention|pledges?)(?: of [^,;.]{1,60}?)? (?<c>to)`,
    { reach: 6, leads: new Set(restating), action: 'to' },
  ),
  act(
    'support',
    'support$',
    `(?<a>${anyForm(supporting)}) (?:(?:the|our|their|its|his|her|\\p{Ll}[\\p{Ll}-]*) ){0,3}?(?<b>support)(?= (?:of|for|to)${after})`,
    { reach: 4, leads: new Set(supporting) },
  ),
  act(
    'normative',
    'importance$',
    `(?<a>${anyForm(stressing.filter((form) => !/^(?:acknowledg|recogni)/.test(form)))}) (?:the|its|their|our) (?:\\p{Ll}+ )?(?<b>importance) (?<c>of)`,
    {
      reach: 4,
      leads: new Set(stressing),
      action: 'of',
    },
  ),
  // "reached an agreement to hold ...".
  act(
    'commit',
    'agreement$|consensus$|understanding$',
    `(?<a>reach(?:es|ed)?) (?:an? |the )?(?<b>agreement|consensus|understanding) (?<c>to)`,
    { reach: 2, leads: wordSet('reach reaches reached'), action: 'to' },
  ),
  // "Determined to ...", "..., resolved to strengthen ...": a clause without a subject.
  act(
    'commit',
    'determined|resolved|committed',
    `(?<a>(?:\\p{Ll}+ly )?(?:determined|resolved|committed)) (?<b>to)`,
    { reach: 1, clauseStart: true, action: 'to' },
  ),
  // News: "announced a plan to fund ...", "unveiled its decision to ...".
  act(
    'commit',
    'announc|unveil',
    `(?<a>${have}(?:announc(?:e|es|ed)|unveil(?:s|ed)?)) (?:an? |its |their |the )?(?:\\p{Ll}+ )?(?<b>(?:plans?|decision|initiative|intention|programme|program) to)(?= \\p{Ll})`,
    { reach: 1, action: 'to' },
  ),
  // "We seek to uphold ...", "stand for respecting ...", "stick to ...".
  act('commit', 'seek', `(?<a>seek(?:s|ing)?|sought) (?<b>to)(?= \\p{Ll})`, { action: 'to' }),
  act('commit', 'stand$|stands$', `(?<a>stands?) (?<b>for)(?= \\p{Ll}+ing${after})`),
  act('commit', 'stick', `(?<a>stick(?:s|ing)?|stuck) (?<b>to)(?= \\p{Ll})`),
]
