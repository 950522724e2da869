// Word forms: inflection, spelling and irregular verbs folded so that a tense shift or a
// British spelling is not read as another word.
import { describe, expect, it } from 'vitest'
import { isStopword, spellingForm, wordForm } from '../../../src/diff/words/word-forms.js'

describe('wordForm', () => {
  it.each([
    ['speaks', 'spoke'],
    ['agree', 'agreed'],
    ['agrees', 'agreeing'],
    ['note', 'noted'],
    ['call', 'called'],
    ['commit', 'committed'],
    ['country', 'countries'],
    ['Organisation', 'organizations'],
    ['programme', 'programs'],
    ['underlines', 'underlined'],
    ['welcome', 'welcomed'],
    ['hold', 'held'],
    ['is', 'were'],
    ["Tajikistan's", 'Tajikistan'],
  ])('%s and %s have the same form', (x, y) => {
    expect(wordForm(x)).toBe(wordForm(y))
  })

  it.each([
    ['security', 'secure'],
    ['council', 'counsel'],
    ['nation', 'national'],
    ['state', 'statue'],
    ['not', 'now'],
  ])('%s and %s stay apart', (x, y) => {
    expect(wordForm(x)).not.toBe(wordForm(y))
  })
})

describe('spellingForm', () => {
  it.each([
    ['Organisation', 'organization'],
    ['Centre', 'center'],
    ['endeavours', 'endeavors'],
    ['analyse', 'analyze'],
  ])('%s is spelled %s', (word, spelled) => {
    expect(spellingForm(word)).toBe(spelled)
  })
})

describe('isStopword', () => {
  it.each(['the', 'of', 'and', 'be', 'by', 'it'])('%s is a grammatical word', (word) => {
    expect(isStopword(wordForm(word))).toBe(true)
  })
  it.each(['council', 'peace', 'agree'])('%s is a content word', (word) => {
    expect(isStopword(wordForm(word))).toBe(false)
  })
})
