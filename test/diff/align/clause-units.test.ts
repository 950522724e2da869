// A run-on sentence (OCR text read as one sentence) is compared as clause units.
import { describe, expect, it } from 'vitest'
import { clauseUnits, maxUnitLength } from '../../../src/diff/align/sentence-units.js'
import { diff } from '../../../src/diff/diff.js'
import { parse } from '../../../src/parse.js'

const clauses = [
  'the Council welcomes the holding of the regional conference on water management in the basin and the commitment of the riparian States to share hydrological data in real time',
  'it encourages the development partners to support the modernisation of the monitoring stations along the river and the training of the technical staff of the basin authority',
  'it requests the executive secretariat to prepare a plan for the joint management of the reservoirs before the next ordinary session of the council of ministers of the basin',
  'it calls on the member States to ratify the protocol on environmental impact assessment and to bring their national legislation into line with its provisions without delay',
  'it decides to remain seized of the matter and to review the implementation of these decisions at its next ordinary session to be held in the first half of the coming year',
  'it thanks the host country for the warm welcome extended to all the delegations and for the excellent arrangements made for the smooth running of the conference',
]

describe('clause units', () => {
  const text = `${clauses.join('; ')}.`
  it('cuts a sentence over the bound after "; " and keeps a shorter one whole', () => {
    expect(text.length).toBeGreaterThan(maxUnitLength)
    const units = clauseUnits({ start: 0, end: text.length, text })
    expect(units.length).toBeGreaterThan(2)
    for (const unit of units) expect(text.slice(unit.start, unit.end)).toBe(unit.text)
    expect(clauseUnits({ start: 0, end: 20, text: clauses[0]!.slice(0, 20) })).toHaveLength(1)
  })

  it('aligns the unchanged clauses of a run-on sentence and reports the changed one', () => {
    const changed = text.replace('the coming year', 'the year 2027')
    const result = diff(parse(text), parse(changed))
    expect(result.alignments.length).toBeGreaterThan(2)
    const notSame = result.alignments.filter((entry) => entry.kind !== 'same')
    expect(notSame).toHaveLength(1)
    expect(notSame[0]!.a[0]!.text).toContain('remain seized')
  })
})
