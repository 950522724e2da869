// The words of proposals: act verbs by kind, and the verbs around them that
// decide whether an act is made (speech), only reported as known (acknowledgement)
// or not an act at all. Data only; find-acts.ts and find-subject.ts read it.
import type { ActKind } from '../model/entities.js'

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

function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean))
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
      needsTo: true,
    },
  ),
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

/** Verbs that report what someone says or thinks: an embedded "should" or "will" is their act. */
export const speechVerbs = wordSet(`
  say says said stated stress stresses stressed emphasise emphasises emphasised emphasize emphasizes
  emphasized underline underlines underlined underscore underscores underscored believe believes
  believed think thinks thought consider considers considered affirm affirms affirmed reaffirm
  reaffirms reaffirmed insist insists insisted declare declares declared announce announces announced
  add adds added adding saying stressing noting insisting explaining warning told tell tells reiterate reiterates reiterated maintain maintains maintained argue
  argues argued feel feels felt explain explains explained warn warns warned`)

/** Speech verbs of belief: what they embed with "will" is a forecast, not a commitment. */
export const beliefVerbs = wordSet(
  'believe believes believed think thinks thought consider considers considered feel feels felt convinced',
)

/**
 * Any verb that can be the main verb of a declaration sentence: where the
 * sentence's subject ends when no act verb comes first.
 */
export const mainVerbs = wordSet(`
  is are was were am has have had can could may might would will shall should must does do did
  speak speaks spoke praise praises praised commend commends commended condemn condemns condemned
  deplore deplores deplored thank thanks thanked congratulate congratulates congratulated express
  expresses expressed met meet meets held hold holds discuss discusses discussed adopt adopts adopted
  reach reaches reached attend attends attended reviewed exchanged took take takes became become
  becomes play plays played remain remains remained look looks looked reiterate reiterates reiterated
  reaffirm reaffirms reaffirmed emphasise emphasises emphasised emphasize emphasizes emphasized
  stress stresses stressed underline underlines underlined underscores underscored highlights
  highlighted welcome welcomes welcomed notes noted recall recalls recalled recognise recognises
  recognised recognize recognizes recognized realise realises realised realize realizes realized
  acknowledge acknowledges acknowledged appreciate appreciates appreciated believe believes believed
  considers considered says said announces announced declares declared stated told added hope hopes
  hoped agree agrees agreed decides decided proposes proposed suggests suggested urges urged
  recommends recommended encourages encouraged endorses endorsed calls called supports supported
  requests requested invites invited approves approved expects expected trusts understand
  understands understood observes observed regret regrets regretted know knows knew see sees saw
  made makes gave gives paid pays sent sends visited visits signed signs launched launches opened
  opens delivered delivers think want wish feel`)

/** After a modal, verbs of speech, memory and feeling: "we must not forget", "I should like to". */
export const mentalAfterModal =
  /^(?:forget|remember|recall|recogni[sz]e|acknowledge|reali[sz]e|note|understand|admit|say|mention|thank|congratulate|commend|like|add|conclude|emphasi[sz]e|stress|underline|underscore|highlight|reiterate|express|point|be (?:proud|grateful|thankful|aware|mindful|reminded|clear|honest|frank|noted|recalled|recogni[sz]ed|mentioned|stressed|emphasi[sz]ed|underlined|said|remembered|pleased|happy|glad|concerned|sure|honou?red|forgotten|able|possible|difficult|easy|impossible))$/i

/** After "will": verbs of outcome, not of intent ("this will require", "they will face"). */
export const predictionAfterWill =
  /^(?:no|and|or|of|to|the|a|an|in|for|that|which|is|was|turn|mean|require|take|cost|depend|happen|occur|emerge|arise|grow|increase|rise|fall|decline|exceed|last|spur|result|cause|face|suffer|lose|fail|succeed|prevail|survive|succumb|see|find|get|come|go|be|have|become|need|want|determine|affect|undermine|threaten|experience)$/i

/** Words before a verb that make it a noun or a non-finite form: "its support", "in support", "to support". */
export const nounMarkers = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
  'this',
  'these',
  'those',
  'of',
  'in',
  'for',
  'with',
  'without',
  'by',
  'on',
  'upon',
  'at',
  'from',
  'into',
  'towards',
  'whose',
  'any',
  'such',
  'no',
  'every',
  'to',
  'that',
  'which',
  'who',
  'whom',
  'where',
  'when',
  'if',
  'unless',
  'whether',
  'what',
  'how',
  'as',
])

/** Forms of "be" and "get": before a participle they make it passive ("was supported by"). */
export const passiveMarkers = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'get',
  'gets',
  'got',
])

/** Words that negate a lexical act ("does not support", "cannot agree"). */
export const negations = new Set(['not', 'never', "n't", 'cannot', 'no'])

/** Adverbs and time words that may stand between a subject and its verb. */
export const adverbs = new Set([
  'also',
  'further',
  'today',
  'yesterday',
  'tomorrow',
  'now',
  'jointly',
  'therefore',
  'hereby',
  'thus',
  'again',
  'once',
  'hence',
  'however',
  'furthermore',
  'moreover',
  'meanwhile',
  'still',
  'unanimously',
  'collectively',
  'together',
  'earlier',
  'recently',
  'finally',
  'accordingly',
  'equally',
  'likewise',
  'similarly',
  'always',
  'all',
  'both',
  'too',
  'then',
  'so',
  'firmly',
  'fully',
  'strongly',
])

/** Words that open a subordinate or relative clause: an act inside it is not the sentence's. */
export const subordinators = new Set([
  'if',
  'unless',
  'when',
  'whenever',
  'while',
  'whilst',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'once',
  'until',
  'before',
  'after',
  'whether',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'what',
  'how',
  'as',
  'than',
  'lest',
])
