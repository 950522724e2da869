import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'

const analysis = [
  '<!-- communique:analysis -->',
  '',
  '## Organizations',
  '',
  '| Organization | Where |',
  '| - | - |',
  '| Shanghai Cooperation Organization | 3:1 |',
].join('\n')

describe('the exporter’s analysis sections in Markdown input', () => {
  it('are not read as text, and are reported as skipped', () => {
    const input = `# Title\n\nThe Forum met.\n\n${analysis}\n\n<!-- /communique:analysis -->\n`
    const document = parse(input)
    expect(document.blocks.map((block) => block.text)).toEqual(['Title', 'The Forum met.'])
    const skipped = document.warnings.filter((w) => w.ruleId === 'markdown-analysis-skipped')
    expect(skipped).toHaveLength(1)
    expect(input.slice(skipped[0]!.start, skipped[0]!.end)).toMatch(
      /^<!-- communique:analysis -->[\s\S]*<!-- \/communique:analysis -->$/,
    )
  })

  it('hide nothing when the closing comment is missing: the text stays, with a warning', () => {
    const input = `# Title\n\nThe Forum met.\n\n${analysis}\n\nMore text.\n`
    const document = parse(input)
    const texts = document.blocks.map((block) => block.text)
    expect(texts.slice(0, 2)).toEqual(['Title', 'The Forum met.'])
    expect(texts).toContain('More text.')
    expect(texts.some((text) => text.includes('Shanghai Cooperation Organization'))).toBe(true)
    const unclosed = document.warnings.filter((w) => w.ruleId === 'markdown-analysis-unclosed')
    expect(unclosed).toHaveLength(1)
    expect(unclosed[0]!.severity).toBe('warning')
    expect(input.slice(unclosed[0]!.start)).toMatch(/^<!-- communique:analysis -->/)
    expect(document.warnings.some((w) => w.ruleId === 'markdown-analysis-skipped')).toBe(false)
  })

  it('end at the closing comment: text after it is read again', () => {
    const input = `# Title\n\n${analysis}\n\n<!-- /communique:analysis -->\n\nAfter the analysis.\n`
    expect(parse(input).blocks.map((block) => block.text)).toEqual(['Title', 'After the analysis.'])
  })

  it('are recognised only as comments of their own: the words in text are text', () => {
    const document = parse('# Title\n\nThe marker \\<!-- communique:analysis --> is quoted.\n')
    expect(document.blocks.map((block) => block.text)).toEqual([
      'Title',
      'The marker <!-- communique:analysis --> is quoted.',
    ])
  })
})
