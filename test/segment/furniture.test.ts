import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'
import { boilerplateReason } from '../../src/segment/boilerplate.js'
import { furnitureShape, isDateTimeLine, linkListRuns } from '../../src/segment/furniture.js'

describe('furniture judged by the whole block, not one token', () => {
  it.each([
    [
      'an e-mail address at the end of a paragraph of prose',
      'Donors agreed to raise their pledges from USD 50 million to USD 90 million by 2030, and governments that wish to join the fund may write to pledges@example.org.',
    ],
    [
      'two comparison signs in a sentence',
      'Ministers set the targets for 2025 at growth > 5% and inflation > 3%, and asked the Bank to report on them in June.',
    ],
    [
      'cookies and an agreement in a sentence',
      'The two countries agreed to lower the duties on cookies, biscuits and other baked goods from the first of January.',
    ],
  ])('a real paragraph with %s is text', (_name, text) => {
    expect(boilerplateReason(text)).toBeUndefined()
    expect(furnitureShape(text)).toBeUndefined()
    expect(parse(text).blocks[0]!.type).toBe('paragraph')
  })

  it.each([
    ['Contact us: press@example.org', 'contact'],
    ['Tel: +41 22 917 1234 | press@example.org', 'contact'],
    ['We use cookies to improve your visit. Accept all | Manage preferences', 'cookie'],
    ['Home > News > Statements', 'navigation'],
    ['HomeResourcesNews> Joint Statement', 'navigation'],
    ['World | Politics | Business | Climate', 'navigation'],
    ['English Français Русский العربية 中文', 'language'],
    ['259 views', 'counter'],
    ['4 min read', 'counter'],
    ['You are on page 3 of 12', 'page'],
    ['10:54 28.06.2024', 'publication'],
    ['September 5th, 2023 • Author: Press Office • 3 minute read', 'publication'],
    ['| |||', 'navigation'],
    ['https://www.example.org/news/2024/statement.pdf', 'navigation'],
  ])('"%s" is %s', (text, reason) => {
    expect(boilerplateReason(text) ?? furnitureShape(text)).toBe(reason)
  })

  it('reads a date with a time of day as a date line, not a date alone', () => {
    expect(isDateTimeLine('Tue, 09/29/2009 - 09:19')).toBe(true)
    expect(isDateTimeLine('25 February 2022')).toBe(false)
  })

  it('finds a generated list of links by the words its lines end with', () => {
    const lines = [
      'Intro',
      'Peace wikipedia , lookup',
      'War wikipedia , lookup',
      'Law wikipedia , lookup',
      'The end.',
    ]
    expect(linkListRuns(lines)).toEqual([1, 2, 3])
  })
})

describe('short unpunctuated lines in a body', () => {
  const lines = (n: number) =>
    Array.from({ length: n }, (_, i) => `Open ${i + 2} New Offices In Region ${i + 1}`).join('\n\n')

  it('are not all headings: a run of them is a list of lines', () => {
    const text = `The Ministers agreed on the following steps.\n\n${lines(200)}\n\nThe Ministers will meet again.`
    const doc = parse(text, { extract: false })
    expect(doc.blocks.filter((block) => block.type === 'heading')).toHaveLength(0)
  })

  it('stay headings when a short stack of them heads text', () => {
    const doc = parse(
      'The Ministers met in Rome and adopted the following decisions on trade.\n\nItem 4.2\n\nTrade Facilitation\n\nThe Ministers agreed to simplify customs procedures for small firms.',
      { extract: false },
    )
    expect(doc.blocks.filter((block) => block.type === 'heading').map((b) => b.text)).toEqual([
      'Item 4.2',
      'Trade Facilitation',
    ])
  })
})
