import { describe, expect, it } from 'vitest'
import { readSentence } from '../../../src/extract/proposals/classify-acts.js'

/** The acts of a sentence as "verb/kind", or null when it proposes nothing. */
function actsOf(sentence: string): string[] | null {
  const reading = readSentence(sentence)
  return reading ? reading.acts.map((act) => `${act.verb}/${act.kind}`) : null
}

/** The phrase the sentence's actor is read from. */
function actorOf(sentence: string): string | null {
  const reading = readSentence(sentence)
  return reading ? sentence.slice(reading.actor.from, reading.actor.to) : null
}

describe('sentences that put forward, endorse or commit to a course of action', () => {
  it.each([
    // declarations, communiqués, resolutions, memoranda
    ['The Ministers call on all parties to exercise restraint.', ['call on/propose']],
    ['The Committee proposes that a working group be set up.', ['proposes/propose']],
    ['We propose to convene a conference on water in 2027.', ['propose to/propose']],
    ['The Assembly suggests establishing a regional centre.', ['suggests/propose']],
    ['We urge the parties to return to the negotiating table.', ['urge/propose']],
    ['The Council recommends that States adopt national plans.', ['recommends/propose']],
    ['Requests the Secretary-General to report on the matter.', ['requests/propose']],
    ['Calls upon Member States to ratify the Convention.', ['calls upon/propose']],
    ['We support the candidacy of Kenya for the Council.', ['support/support']],
    ['The Forum encourages youth exchanges between the cities.', ['encourages/support']],
    ['We endorse the plan of action adopted in Lima.', ['endorse/support']],
    ['We welcome the initiative of Chile to host the next meeting.', ['welcome/support']],
    ['China is willing to share its experience.', ['is willing to/commit']],
    ['We are ready to deepen our cooperation.', ['are ready to/commit']],
    ['We stand ready to assist the transition.', ['stand ready to/commit']],
    ['We agree to establish a joint fund.', ['agree to/commit']],
    ['The parties decided to hold their next meeting in Astana.', ['decided to/commit']],
    ['We have decided to invite Egypt to join.', ['have decided to/commit']],
    ['We resolve to end hunger by 2030.', ['resolve to/commit']],
    ['We commit to mobilising new resources.', ['commit to/commit']],
    ['We pledge USD 10 million to the fund.', ['pledge/commit']],
    ['We will continue to calibrate our policies.', ['will continue/commit']],
    ['The Parties shall exchange information.', ['shall exchange/commit']],
    ['Each Party shall bear its own expenses.', ['shall bear/commit']],
    ['All countries should take the opportunity of the Forum.', ['should/normative']],
    ['Governments must rebuild fiscal buffers.', ['must/normative']],
    ['Developed countries need to scale up climate finance.', ['need to/normative']],
    ['It is necessary to strengthen border cooperation.', ['it is necessary/normative']],
    ['We stress the need to reform the financial architecture.', ['stress the need/normative']],
    [
      'The Forum believes that non-governmental organizations need to be more active.',
      ['believes ... need to/normative'],
    ],
    // news reports, past tense and reported speech
    ['Member states proposed that the bloc set up a centre.', ['proposed/propose']],
    ['The leaders agreed on Thursday to deepen cooperation.', ['agreed to/commit']],
    ['Leaders also approved a plan to expand trade in national currencies.', ['approved/commit']],
    [
      'The minister said member states should make fuller use of the consortium.',
      ['said ... should/normative'],
    ],
    [
      'He announced that he will convene a meeting in October.',
      ['announced ... will convene/commit'],
    ],
    ['Uganda said on Monday it would keep its troops there.', ['said ... would keep/commit']],
    // two acts, one proposal
    [
      'It will promote a House of Friendship, and suggests member states establish their own.',
      ['will promote/commit', 'suggests/propose'],
    ],
    [
      'The Council called on the parties to agree to a ceasefire, and urged them to allow access.',
      ['called on/propose', 'urged/propose'],
    ],
    ['We take note of the report, and support its further expansion.', ['support/support']],
    [
      'Welcomes the decision to hold a festival, and invites all States to take part;',
      ['invites/propose'],
    ],
    // resolutions and records: operative verbs after an adverb, passives, the meeting's decisions
    ['Further requests the Secretary-General to report on the matter.', ['requests/propose']],
    ['Strongly urges all parties to respect the ceasefire.', ['urges/propose']],
    ['Member States are encouraged to contribute to the Fund.', ['are encouraged to/support']],
    ['States are invited to submit their views.', ['are invited to/propose']],
    ['It was agreed that the next meeting would be held in Lusaka.', ['it was agreed that/commit']],
    ['We continue to support the efforts of the Special Envoy.', ['continue to support/support']],
    // lead-ins
    ['The Council decided to:', ['decided to/commit']],
    ['The Commission shall:', ['shall/commit']],
  ])('%s', (sentence, acts) => {
    expect(actsOf(sentence)).toEqual(acts)
  })
})

describe('sentences that propose nothing', () => {
  it.each([
    // facts and beliefs
    ['The Forum believes that sub-national cooperation provides a solid foundation.'],
    ['We believe that differences are best resolved through dialogue.'],
    ['The SCO has become a comprehensive regional organization.'],
    ['Russia believes that the world will grow weary of the war.'],
    // praise, acknowledgement, condemnation, recollection
    ['The Forum speaks highly of the non-governmental organizations.'],
    ['The Forum realizes that the SCO plays a pivotal role in supporting the people.'],
    ['The Council takes note of the briefing by the Special Envoy.'],
    ['We note with satisfaction that the Bank has approved 100 projects.'],
    ['The Council strongly condemned attacks against civilians.'],
    ['We recall that the Arrangement was created to help members.'],
    ['We thank South Africa for hosting the Summit.'],
    ['We welcome the admission of Egypt as a new member.'],
    ['We look forward to the next meeting in Kazan.'],
    ['The Ministers commended the Centre for its swift response.'],
    // "will" that describes a fact, documents and events that do not act
    ['The meeting will be held in Geneva next year.'],
    ['This Memorandum shall enter into force on the date of its signature.'],
    ['It shall be extended automatically for five years.'],
    ['This will require the commitment of all.'],
    ['Climate change will cause more droughts.'],
    ['The Parties may hold joint events.'],
    // speech management and reminders
    ['I would like to thank the President for his leadership.'],
    ['We must not forget the victims of this tragedy.'],
    ['I should like to recall the words of the Charter.'],
    ['It is important to remember that peace is fragile.'],
    ['It should be a matter of concern to us all.'],
    // nouns, participles, passives, negations, questions, clauses inside
    ['Their support for the programme has been decisive.'],
    ['The plan was supported by all delegations.'],
    ['The programme supporting small farmers has grown.'],
    ['We do not support the proposal.'],
    ['Should we not act now?'],
    ['If we should fail, the costs will rise.'],
    ['These are measures that we will take together.'],
    ['Talks on a deal were suspended in 2009.'],
    ['The Summit of the Future was agreed by Member States in 2022.'],
    ['Delegates were invited to attend the dinner.'],
    ['I would like to reiterate that my country will continue its reforms.'],
  ])('%s', (sentence) => {
    expect(actsOf(sentence)).toBeNull()
  })
})

describe('the phrase the actor is read from', () => {
  it.each([
    ['The Forum encourages greater mutual learning.', 'The Forum'],
    ['To this end, it suggests establishing a centre.', 'it'],
    ['In a declaration adopted at the summit, member states proposed that ...', 'member states'],
    [
      'Leaders of the Organization (OTS) agreed on Thursday to create a fund.',
      'Leaders of the Organization (OTS)',
    ],
    [
      'Secretary-General Jane Doe today called on Member States to act.',
      'Secretary-General Jane Doe',
    ],
    ['Leaders also approved a plan to expand trade.', 'Leaders'],
    ['All countries should, on the basis of equality, take the opportunity.', 'All countries'],
    ['The Ministers welcomed the progress and supported its admission.', 'The Ministers'],
    ['Calls upon Member States to strengthen cooperation;', ''],
    [
      'Speaking on Wednesday, Secretary-General John Roe said member states should act.',
      'Secretary-General John Roe',
    ],
    ['Uganda, which sent troops last year, said on Monday it would keep them there.', 'Uganda'],
    ['However, to deliver the goals we must address funding needs.', 'we'],
    [
      'APEC ministers, meeting in Jeju, South Korea, in May, agreed to launch a review.',
      'APEC ministers',
    ],
  ])('%s', (sentence, actor) => {
    expect(actorOf(sentence)).toBe(actor)
  })
})
