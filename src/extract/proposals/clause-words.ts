// The words around acts that decide what a clause is: verbs of speech and belief,
// the main verbs that end a subject, verbs that make a modal no act ("must not
// forget", "will be held"), and the small words before a verb that make it a noun,
// a passive, a negation, or part of a subordinate clause.

/** A set of words from a list written one after another. */
export function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean))
}

/** Verbs that report what someone says or thinks: an embedded "should" or "will" is their act. */
export const speechVerbs = wordSet(`
  say says said stated stress stresses stressed emphasise emphasises emphasised emphasize emphasizes
  emphasized underline underlines underlined underscore underscores underscored believe believes
  believed think thinks thought consider considers considered affirm affirms affirmed reaffirm
  reaffirms reaffirmed insist insists insisted declare declares declared announce announces announced
  add adds added adding saying stressing noting insisting emphasizing emphasising underlining
  underscoring stating reiterating reaffirming maintaining explaining warning told tell tells reiterate reiterates reiterated maintain maintains maintained argue
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
  /^(?:forget|remember|recall|recogni[sz]e|acknowledge|reali[sz]e|note|understand|admit|say|mention|thank|congratulate|commend|like|add|emphasi[sz]e|stress|underline|underscore|highlight|reiterate|express|point|be (?:proud|grateful|thankful|aware|mindful|reminded|clear|honest|frank|noted|recalled|recogni[sz]ed|mentioned|stressed|emphasi[sz]ed|underlined|said|remembered|pleased|happy|glad|concerned|sure|honou?red|forgotten|able|possible|difficult|easy|impossible))$/i

/** After "will": verbs of outcome, not of intent ("this will require", "they will face"). */
export const predictionAfterWill =
  /^(?:no|and|or|of|to|the|a|an|in|for|that|which|is|was|turn|mean|require|take|cost|depend|happen|occur|emerge|arise|grow|rise|fall|decline|exceed|last|spur|result|cause|face|suffer|lose|fail|succeed|prevail|survive|succumb|see|find|get|come|go|be|have|become|need|want|determine|affect|undermine|threaten|experience)$/i

/** Words before a verb that make it a noun or a non-finite form: "its support", "in support", "to support". */
export const nounMarkers = wordSet(`
  the a an its their our his her my your this these those of in for with without by on upon at
  from into towards whose any such no every to that which who whom where when if unless
  whether what how as`)

/** Forms of "be" and "get": before a participle they make it passive ("was supported by"). */
export const passiveMarkers = wordSet(`
  is are was were be been being am get gets got`)

/** Words that negate a lexical act ("does not support", "cannot agree"). */
export const negations = wordSet(`
  not never n't cannot no`)

/** Adverbs and time words that may stand between a subject and its verb. */
export const adverbs = wordSet(`
  also further today yesterday tomorrow now jointly therefore hereby thus again once hence
  however furthermore moreover meanwhile still unanimously collectively together earlier
  recently finally accordingly equally likewise similarly always all both too then so firmly
  fully strongly`)

/** Words that open a subordinate or relative clause: an act inside it is not the sentence's. */
export const subordinators = wordSet(`
  if unless when whenever while whilst whereas although though because since once until before
  after whether which who whom whose where what how as than lest`)
