import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'

const metadata = (text: string) => parse(text, { extract: false }).metadata
const body =
  'The Ministers reviewed the implementation of the work plan adopted at their previous meeting and agreed to strengthen cooperation on trade, health and connectivity in the coming year.'

describe('metadata', () => {
  it.each([
    [
      'a place/date line under the title',
      `Final Communiqué\n\nAccra, Ghana, 12 May 2024\n\n${body}`,
      { title: 'Final Communiqué', date: '2024-05-12', place: 'Accra' },
    ],
    [
      'a date range, whose last day dates the text',
      `Joint Statement\n\nRio de Janeiro, Brazil, 25–26 July 2024\n\n${body}`,
      { date: '2024-07-26', place: 'Rio de Janeiro' },
    ],
    [
      'a day-first dotted publication line',
      `Published: 12.02.2025\n\nJoint Statement\n\n${body}`,
      { date: '2025-02-12' },
    ],
    [
      'a signature closing formula',
      `${body}\n\nDone at Astana on 4 July 2024.`,
      { date: '2024-07-04', place: 'Astana' },
    ],
    [
      '"For the X:" signing lines',
      `${body}\n\nFor the CICA Secretariat:\nA. Karimov\n\nFor the ECO Secretariat:\nB. Mahmoudi\n\nPlace: Astana\nDate: February 12, 2025`,
      { issuer: 'CICA Secretariat and ECO Secretariat', place: 'Astana', date: '2025-02-12' },
    ],
    [
      'a "We, the X," opening',
      `We, the Heads of State of the Member States of the Union, met in Accra.\n\n${body}`,
      { issuer: 'Heads of State of the Member States of the Union' },
    ],
    [
      'the body named in the title',
      `Joint Statement of the Council of Ministers on Water\n\n${body}`,
      { issuer: 'Council of Ministers' },
    ],
    [
      'a sentence-case news headline',
      `Leaders agree to deepen cooperation on trade\n\n${body}`,
      { title: 'Leaders agree to deepen cooperation on trade' },
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(metadata(text)).toMatchObject(expected)
  })

  it('reads a news text by its dateline, dated by its publication line', () => {
    const found = metadata(`Updated: 2024-07-05\n\nASTANA, July 4 (Xinhua) -- ${body}`)
    expect(found).toMatchObject({
      kind: 'news',
      date: '2024-07-05',
      place: 'Astana',
      issuer: 'Xinhua',
    })
    expect(found.dateline).toMatchObject({
      text: 'ASTANA, July 4 (Xinhua)',
      date: '2024-07-04',
      agency: 'Xinhua',
    })
  })

  it('warns when a dateline gives no year and nothing else dates the text', () => {
    const document = parse(`ASTANA, July 4 (Xinhua) -- ${body}`, { extract: false })
    expect(document.metadata.dateline?.date).toBeNull()
    expect(document.warnings.map((warning) => warning.ruleId)).toContain('dateline-year-unknown')
  })

  it('reads nothing it cannot find', () => {
    expect(metadata(body)).toMatchObject({
      title: null,
      date: null,
      place: null,
      issuer: null,
      kind: 'declaration',
    })
  })

  it('points at the source of every value it read', () => {
    const text = `Final Communiqué\n\nAccra, Ghana, 12 May 2024\n\n${body}`
    const { sources } = metadata(text)
    expect(sources.title?.text).toBe('Final Communiqué')
    expect(sources.date?.text).toBe('Accra, Ghana, 12 May 2024')
    expect(text.slice(sources.place!.start, sources.place!.end)).toBe('Accra, Ghana, 12 May 2024')
  })
})
