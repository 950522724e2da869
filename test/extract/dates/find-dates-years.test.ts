import { describe, expect, it } from 'vitest'
import { findYearDates } from '../../../src/extract/dates/find-dates-years.js'

function read(text: string) {
  return findYearDates.find(text).map((c) => {
    if (c.meaning.kind !== 'absolute') throw new Error('years are absolute')
    return [text.slice(c.from, c.to), c.meaning.value]
  })
}

describe('years and year ranges', () => {
  it.each([
    ['the 20th anniversary of the SCO in 2021 as an opportunity', '2021'],
    ['to achieve the Goals by 2030.', '2030'],
    ['has approved 100 projects since 2015', '2015'],
    ['agreed to designate 2025 as the Year of Sustainable Development', '2025'],
    ['Decides to proclaim 2027 as the Year of Manuscripts', '2027'],
    ['a development strategy through 2035.', '2035'],
    ['the 2025 summit will be held in Tianjin', '2025'],
    ['The 2024 Summit of the Future cannot fail', '2024'],
    ['emissions 50 per cent below 2005 levels', '2005'],
    ['no later than 2050, in line with', '2050'],
    ['by the end of 2025', '2025'],
    ['targets for mid-2025', '2025'],
    ['since 1945.', '1945'],
    ['the year 2000 was', '2000'],
    ['2023 was a difficult year', '2023'],
    ['Trade grew in Q3 2024.', '2024'],
    ['the Bangkok Vision 2030, adopted at the Summit', '2030'],
    ['the objectives of ECOWAS Vision 2050.', '2050'],
    ['the 1991 Joint Declaration was recalled', '1991'],
  ])('reads a year: %s', (sentence, value) => {
    expect(read(sentence)).toEqual([[value, value]])
  })

  it.each([
    ['the rotating presidency for 2024-2025, and', '2024-2025', '2024/2025'],
    ['the strategy for the period from 2025 to 2027.', '2025 to 2027', '2025/2027'],
    ['a term on the Council in 2021/2022 saw', '2021/2022', '2021/2022'],
    ['the budget for 2024–25 was', '2024–25', '2024/2025'],
    ['Between 1987 and 1991, many left', 'Between 1987 and 1991', '1987/1991'],
    ['from 2009 until 2018 were', '2009 until 2018', '2009/2018'],
    ['We will mobilise USD 4 billion over 2026–2028 to', '2026–2028', '2026/2028'],
    ['its Development Plan 2021-2025.', '2021-2025', '2021/2025'],
  ])('reads a year range: %s', (sentence, text, value) => {
    expect(read(sentence)).toEqual([[text, value]])
  })

  it('reads two years joined by "and" as two years', () => {
    expect(read('in 2019 and 2020')).toEqual([
      ['2019', '2019'],
      ['2020', '2020'],
    ])
  })

  it.each([
    ['see A/PV.2049 and S/2023/648', 'document symbols'],
    ['in document CM/Del/Dec(2025)1541 and GR-DEM(2025)17', 'years inside symbols'],
    ['Press Statement PSC/PR/BR.1117(2022) adopted', 'a year inside a symbol'],
    ['resolutions 2231 and 1540', 'resolution numbers'],
    ['deployed 2000 troops to the region', 'a count'],
    ['more than 2000 people', 'a count'],
    ['some 1950 km of road', 'a measure'],
    ['USD 2000 per capita', 'an amount'],
    ['a fund of 2000 million', 'an amount'],
    ['grew by 2025% over', 'a percentage'],
    ['in the 1990s', 'a decade'],
    ['within the pre-1967 borders', 'an era word'],
    ['the 1203rd meeting and the 20th anniversary', 'ordinals'],
    ['fighting COVID-19 at the G20', 'names with numbers'],
    ['Tel: +1 212 963 1234', 'a phone number'],
    ['Article 2021 of the Code', 'an article number'],
    ['the Council met in 1445 AH', 'a Hijri year'],
    // Issue 11: references and labels that the real pages do not count as dates.
    ['the embargo imposed by resolution 2653 (2022) and', "a resolution's bracketed year"],
    ['Security Council resolution 2417 (2018).', "a resolution's bracketed year"],
    ['Press Release (2023) 001 of the Secretariat', 'a release number'],
    ['implementing the 2030 Agenda for Sustainable Development', 'a target label'],
    ['Agenda 2063: The Africa We Want', 'a target label'],
    ['the coronavirus disease 2019 pandemic', 'a year inside a lower-case name'],
  ])('finds no year in: %s (%s)', (sentence) => {
    expect(read(sentence)).toEqual([])
  })
})
