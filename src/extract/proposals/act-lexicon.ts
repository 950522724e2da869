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
}

const have = '(?:(?:have|has|had) )?'
const timeBetween = '(?: on \\p{Lu}\\p{L}+day| today| also| further| in principle| unanimously)?'

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
    `(?<a>welcom(?:e|es|ed))(?= (?:the |an? |its |their |his |her |our |this )?(?:[\\p{L}-]+ ){0,3}?(?:initiatives?|proposals?|offers?|intention|readiness|willingness|plans?|calls?|ideas?)${after})`,
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
    'commit$|commits$|committed$',
    `(?<a>${have}commit(?:s|ted)?)(?: ourselves| themselves| itself| himself| herself)? (?<b>to)`,
    { reach: 1 },
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
    `(?<a>stress(?:es|ed)?|emphasi[sz](?:e|es|ed)|underline[sd]?|underscore[sd]?|highlight(?:s|ed)?|reiterate[sd]?|reaffirm(?:s|ed)?) (?<b>the(?: \\p{L}+)? (?:need|necessity))(?= (?:to|for)${after})`,
    {
      reach: 4,
      leads: wordSet(
        'stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized underline underlines underlined underscore underscores underscored highlight highlights highlighted reiterate reiterates reiterated reaffirm reaffirms reaffirmed',
      ),
    },
  ),
]
