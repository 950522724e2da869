import type { Block } from '../model/document.js'
import { firstPlace } from './places.js'
import { readDate } from './read-date.js'

// The meeting the first sentences of a text report: "The Ministers met in New York on
// 22 September 2005", "was held in Ankara on 16 March 2023", "réunis les 13 et 14
// octobre 2012 à Kinshasa", "completed in Bishkek on November 6".

/** A verb that reports a meeting held (not one to be held: "agreed to hold", "will meet"). */
const meetingVerb =
  /(?<!\b(?:to|will|shall|would|to be|will be)\s)\b(?:met|gathered|convened|assembled|(?:was|were) (?:held|convened|hosted)|held (?:talks|a meeting|a summit|consultations|their|its|the)|took place|completed|concluded|had (?:a )?(?:telephone|phone|video) (?:conversation|call)|se sont réunis|réuni(?:e)?s|reunidos|se reunieron|reuniram-se)\b/iu
/** A place after a preposition: "in Ankara", "at Port of Spain", "à Kinshasa". */
const placeLead = /\b(?:in|at|à|en)\s+(?=\p{Lu})/gu

export interface MeetingFound {
  date?: { value: string; start: number; end: number }
  place?: { name: string; start: number; end: number }
}

/** How many body blocks, and sentences of each, are read for the meeting. */
const blocksRead = 4
const sentencesRead = 3

/**
 * The date (its last day) and place of the meeting the first sentences of the body
 * report, with the sentence each was read from.
 */
export function readMeeting(blocks: Block[]): MeetingFound {
  const found: MeetingFound = {}
  const body = blocks
    .filter((block) => block.type === 'paragraph' || block.type === 'listItem')
    .slice(0, blocksRead)
  for (const block of body) {
    for (const sentence of block.sentences.slice(0, sentencesRead)) {
      const verb = meetingVerb.exec(sentence.text)
      if (!verb) continue
      const after = sentence.text.slice(verb.index)
      if (!found.date) {
        const date = readDate(after)
        const value = date?.endValue ?? date?.value
        if (value && value.length === 10) {
          found.date = { value, start: sentence.start, end: sentence.end }
        }
      }
      if (!found.place) {
        for (const lead of after.matchAll(placeLead)) {
          const place = firstPlace(after.slice(lead.index + lead[0].length))
          if (place && place.index === 0) {
            found.place = { name: place.name, start: sentence.start, end: sentence.end }
            break
          }
        }
      }
      if (found.date && found.place) return found
    }
  }
  return found
}
