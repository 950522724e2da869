import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'

const text = '# Heading Title\n\nThe Forum met.\n\nDone at Wuhan, 3 June 2021\n'

function withFrontMatter(yaml: string): string {
  return `---\n${yaml}\n---\n\n${text}`
}

describe('YAML front matter in Markdown input', () => {
  it('is read as Markdown even without other Markdown signals', () => {
    const document = parse('---\ntitle: T\n---\n\nPlain paragraph.\n')
    expect(document.metadata.inputFormat).toBe('markdown')
    expect(document.metadata.title).toBe('T')
    expect(document.blocks.map((block) => block.text)).toEqual(['Plain paragraph.'])
  })

  it.each([
    ['title', 'title: From YAML', 'title', 'From YAML'],
    ['a quoted title', 'title: "A: title"', 'title', 'A: title'],
    ['date', 'date: 2021-06-04', 'date', '2021-06-04'],
    ['a month', 'date: 2021-06', 'date', '2021-06'],
    ['place', 'place: Beijing', 'place', 'Beijing'],
    ['issuer', 'issuer: The Forum', 'issuer', 'The Forum'],
    ['kind', 'kind: news', 'kind', 'news'],
    ['a null that clears the value read from the text', 'place: null', 'place', null],
  ] as const)('sets %s over the value read from the text', (_name, yaml, key, value) => {
    const document = parse(withFrontMatter(yaml))
    expect(document.metadata[key]).toBe(value)
    expect(document.warnings).toEqual([])
  })

  it('leaves keys it does not name to the text', () => {
    const document = parse(withFrontMatter('title: Only the title\nauthor: someone'))
    expect(document.metadata).toMatchObject({
      title: 'Only the title',
      date: '2021-06-03',
      place: 'Wuhan',
    })
  })

  it('points the metadata sources at the values in the front matter', () => {
    const input = withFrontMatter('title: From YAML\ndate: 2021-06-04')
    const { sources } = parse(input).metadata
    expect(sources.title?.text).toBe('From YAML')
    expect(input.slice(sources.date!.start, sources.date!.end)).toBe('2021-06-04')
  })

  it.each([
    ['a date that is not ISO 8601', 'date: June 4', 'date `June 4` is not an ISO 8601 date'],
    ['an unknown kind', 'kind: memo', 'kind `memo` is not one of declaration, communique'],
    ['a list where a value belongs', 'title: [a, b]', 'title must be a single value'],
    ['malformed YAML', 'title: "open', 'front matter is not valid YAML'],
  ])(
    'reports %s as front-matter-invalid and keeps the value from the text',
    (_name, yaml, reason) => {
      const input = withFrontMatter(yaml)
      const document = parse(input)
      expect(document.metadata.title).toBe('Heading Title')
      expect(document.metadata.date).toBe('2021-06-03')
      expect(document.metadata.kind).toBe('declaration')
      const warning = document.warnings.find((w) => w.ruleId === 'front-matter-invalid')
      expect(warning?.reason).toContain(reason)
      expect(warning?.line).toBe(2)
    },
  )

  it('is ordinary text in a plain-text input', () => {
    const document = parse(withFrontMatter('title: T'), { format: 'text' })
    expect(document.metadata.title).not.toBe('T')
  })
})
