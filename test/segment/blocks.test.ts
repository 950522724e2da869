import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'

const shape = (text: string, format: 'text' | 'markdown' | 'auto' = 'auto') =>
  parse(text, { format, extract: false }).blocks.map((block) => [block.type, block.text])

describe('block structure of plain text', () => {
  it('splits paragraphs at blank lines and keeps one-line paragraphs apart', () => {
    expect(shape('First paragraph here.\nSecond paragraph here.\n\nThird one.')).toEqual([
      ['paragraph', 'First paragraph here.'],
      ['paragraph', 'Second paragraph here.'],
      ['paragraph', 'Third one.'],
    ])
  })

  it('joins hard-wrapped lines of one paragraph', () => {
    expect(
      shape(
        'The Council decided to extend the\nmandate of the mission for a\nfurther period of twelve months.',
      ),
    ).toEqual([
      [
        'paragraph',
        'The Council decided to extend the mandate of the mission for a further period of twelve months.',
      ],
    ])
  })

  it('reads bullets and letters as list items and keeps numbered paragraphs as paragraphs', () => {
    const long =
      'The Heads of State welcomed the progress achieved in the implementation of the programme of cooperation and called for its continuation in the coming years with adequate resources.'
    const document = parse(`1. ${long}\n\n(a) extend the mandate;\n(b) review it.\n- a bullet`, {
      extract: false,
    })
    expect(document.blocks.map((block) => [block.type, block.marker])).toEqual([
      ['paragraph', '1.'],
      ['listItem', '(a)'],
      ['listItem', '(b)'],
      ['listItem', '-'],
    ])
    expect(document.blocks[0]!.sentences[0]!.text).toBe(long)
  })

  it('reads a short title-case first line as the title heading', () => {
    const document = parse('Joint Statement of the Ministers\n\nThe Ministers met in Cairo.', {
      extract: false,
    })
    expect(document.blocks[0]).toMatchObject({
      type: 'heading',
      depth: 1,
      text: 'Joint Statement of the Ministers',
    })
    expect(document.metadata.title).toBe('Joint Statement of the Ministers')
  })

  it('labels the trailing issuer, place and date lines as the signature', () => {
    const document = parse(
      'Title Of It\n\nThe Parties agreed to cooperate.\n\nThe African Union Commission\n\nDone at Addis Ababa, 14 March 2024\n\nCopyright © AU',
      { extract: false },
    )
    expect(document.blocks.map((block) => block.type)).toEqual([
      'heading',
      'paragraph',
      'signature',
      'signature',
      'boilerplate',
    ])
    expect(document.metadata).toMatchObject({
      date: '2024-03-14',
      place: 'Addis Ababa',
      issuer: 'African Union Commission',
    })
  })

  const long =
    'The Ministers reviewed the implementation of the work plan adopted at their previous meeting and agreed to strengthen cooperation on trade, health and connectivity in the coming year.'

  it('labels a title printed again among page furniture as repeated boilerplate', () => {
    const document = parse(
      `Joint Statement of the Ministers\n\nShare:\n\nJoint Statement of the Ministers\n\n${long}`,
      { extract: false },
    )
    expect(document.blocks.map((block) => [block.type, block.reason])).toEqual([
      ['heading', undefined],
      ['boilerplate', 'share'],
      ['boilerplate', 'repeated'],
      ['paragraph', undefined],
    ])
  })

  it('keeps a refrain repeated among the closing lines of a verse as text', () => {
    const document = parse(
      `${long}\n\nWe walk together\nHand in hand\nOne more line\nWe walk together\nHand in hand\nThe last line`,
      { extract: false },
    )
    expect(document.blocks.filter((block) => block.type === 'boilerplate')).toEqual([])
  })
})

describe('block structure of Markdown', () => {
  it('maps headings, paragraphs and list items, without Markdown syntax in the text', () => {
    const source =
      '# Joint *Statement*\n\n## Trade\n\nThe **Ministers** agreed on [trade](https://example.org).\n\n1. First item\n2. Second item\n'
    expect(shape(source)).toEqual([
      ['heading', 'Joint Statement'],
      ['heading', 'Trade'],
      ['paragraph', 'The Ministers agreed on trade.'],
      ['listItem', 'First item'],
      ['listItem', 'Second item'],
    ])
  })

  it('keeps code and HTML as labelled boilerplate rather than dropping it', () => {
    const document = parse('# Title\n\n<div>widget</div>\n\nText.\n', { extract: false })
    expect(document.blocks.map((block) => [block.type, block.reason])).toEqual([
      ['heading', undefined],
      ['boilerplate', 'markup'],
      ['paragraph', undefined],
    ])
  })

  it('can be forced to read Markdown-looking text as plain text', () => {
    expect(shape('# Not a heading\n\nText.', 'text')[0]?.[1]).toBe('# Not a heading')
    expect(shape('# A heading\n\nText.', 'markdown')[0]).toEqual(['heading', 'A heading'])
  })
})

describe('Markdown text that differs from its source', () => {
  it.each([
    ['escapes', 'A \\*star\\* here. Next one.', ['A \\*star\\* here.', 'Next one.']],
    [
      'character references',
      'Caf&eacute; &amp; tea. Next one.',
      ['Caf&eacute; &amp; tea.', 'Next one.'],
    ],
    ['a NUL read as U+FFFD', 'Items\u0000here. Next one.', ['Items\u0000here.', 'Next one.']],
    [
      'a leading byte-order mark',
      '\uFEFFFirst one here. Next one.',
      ['First one here.', 'Next one.'],
    ],
  ])('keeps sentence spans exact across %s', (_name, source, expected) => {
    const document = parse(source, { format: 'markdown', extract: false })
    const spans = document.blocks
      .flatMap((block) => block.sentences)
      .map((s) => source.slice(s.start, s.end))
    expect(spans).toEqual(expected)
  })
})

describe('text extracted from a PDF', () => {
  const wrapped = [
    'ECOWAS/AHSG/2025/3',
    'Final Communique of the Sixty-Eighth Ordinary Session',
    '',
    '1.',
    'The Authority of Heads of State and Government of the Economic Community',
    'of West African States held its sixty-eighth ordinary session in Abuja on',
    '14 December 2025. The Heads of State welcomed the progress made in the',
    'implementation of the regional inter-',
    'connection programme and the coopera-',
    'tion among the Member States.',
    '',
    'Page 1 of 2',
    'ECOWAS/AHSG/2025/3',
    '',
    '2. The Authority decided to establish a non-',
    'governmental advisory council for regional integration and asked the',
    'Commission to report on the matter at its next ordinary session in 2026.',
    '',
    'Page 2 of 2',
    'ECOWAS/AHSG/2025/3',
  ].join('\n')
  const document = parse(wrapped, { extract: false })

  it('joins wrapped lines into paragraphs and a paragraph number on its own line to its text', () => {
    const body = document.blocks.filter(
      (block) => block.type === 'paragraph' || block.type === 'listItem',
    )
    expect(body.map((block) => block.marker)).toEqual(['1.', '2.'])
    expect(body[0]!.text).toMatch(
      /^1\. The Authority .* in Abuja on 14 December 2025\. The Heads of State/,
    )
  })

  it('joins words broken at line ends, keeping the hyphen after a prefix, and reports each join', () => {
    const text = document.blocks.map((block) => block.text).join(' ')
    expect(text).toContain('the cooperation among')
    expect(text).toContain('regional inter-connection programme')
    expect(text).toContain('a non-governmental advisory council')
    expect(
      document.warnings.filter((warning) => warning.ruleId === 'input-hyphenation-joined'),
    ).toHaveLength(3)
  })

  it('labels page numbers and the running header as furniture', () => {
    const furniture = document.blocks
      .filter((block) => block.type === 'boilerplate')
      .map((block) => [block.text, block.reason])
    expect(furniture).toEqual([
      ['ECOWAS/AHSG/2025/3', 'reference'],
      ['Page 1 of 2', 'page'],
      ['ECOWAS/AHSG/2025/3', 'reference'],
      ['Page 2 of 2', 'page'],
      ['ECOWAS/AHSG/2025/3', 'reference'],
    ])
  })

  it('labels a short line printed three times as a running header', () => {
    const long =
      'The Parties reaffirmed their commitment to the full implementation of the agreement in all its parts and called for its review.'
    const text = [
      'Joint Plan of Action',
      long,
      'Joint Plan of Action — Draft',
      long.replace('Parties', 'Ministers'),
      'Joint Plan of Action — Draft',
      long.replace('Parties', 'Leaders'),
      'Joint Plan of Action — Draft',
    ].join('\n\n')
    const reasons = parse(text, { extract: false }).blocks.map(
      (block) => block.reason ?? block.type,
    )
    expect(reasons).toEqual([
      'heading',
      'paragraph',
      'page',
      'paragraph',
      'page',
      'paragraph',
      'page',
    ])
  })
})

describe('a masthead above the title', () => {
  it('takes as title the heading that names a kind of document', () => {
    const text =
      'United Nations\nS/PRST/2025/4\nSecurity Council\nDistr.: General\n14 May 2025\nOriginal: English\n\nStatement by the President of the Security Council\n\nAt its meeting, the Security Council considered the situation and adopted the following statement.'
    const document = parse(text, { extract: false })
    expect(document.metadata).toMatchObject({
      title: 'Statement by the President of the Security Council',
      date: '2025-05-14',
      issuer: 'Security Council',
    })
    expect(
      document.blocks.filter((block) => block.reason === 'reference').map((block) => block.text),
    ).toEqual(['S/PRST/2025/4', 'Distr.: General', 'Original: English'])
  })
})
