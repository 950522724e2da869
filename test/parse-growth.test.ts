import { describe, expect, it } from 'vitest'
import { parse } from '../src/parse.js'

// Bounded work: for every input shape that once crashed or hung, parse time grows linearly.
// Each shape is parsed at 64 KB and at 256 KB; the CPU time of the larger may be at most
// `factor` times that of the smaller (4 is linear, 16 quadratic). No wall-clock limit: the
// ratio holds on a slow or busy machine.
const factor = 9

const sentence = 'The Council met in Geneva on 3 June 2021 and agreed to support the plan. '

/** Repeat `unit` (a function of the repetition number) until `size` characters. */
function fill(size: number, unit: (i: number) => string): string {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < size; i++) {
    const part = unit(i)
    parts.push(part)
    length += part.length
  }
  return parts.join('').slice(0, size)
}

const shapes: Array<[string, (size: number) => string, 'text' | 'markdown' | 'auto']> = [
  ['plain text', (n) => fill(n, () => sentence), 'text'],
  [
    '"Staff AND personnel" sentences',
    (n) => fill(n, () => 'Staff AND personnel should be protected. '),
    'text',
  ],
  [
    'a Hijri day before a run of "II"',
    (n) => `In 1445 the Council met on 3 H ${'II '.repeat(n / 3)}.`,
    'text',
  ],
  ['exclamation marks', (n) => `A${'!'.repeat(n)}`, 'text'],
  ['dots after an abbreviation', (n) => `PART V.${'.'.repeat(n)} x`, 'text'],
  ['unclosed link brackets', (n) => '[[](('.repeat(n / 5), 'auto'],
  ['unclosed strong marks', (n) => '__a'.repeat(n / 3), 'auto'],
  ['3,000 nested quotes a line', (n) => fill(n, () => `${'>'.repeat(3000)} text\n\n`), 'markdown'],
  ['lists 4,000 deep on a line', (n) => fill(n, () => `${'- '.repeat(4000)}text\n\n`), 'markdown'],
  [
    'lists deepening by indentation',
    (n) => fill(n, (i) => `${'  '.repeat(i % 300)}- item\n`),
    'markdown',
  ],
  ['a long Markdown list', (n) => `# Title\n\n${fill(n, () => `- ${sentence}\n`)}`, 'markdown'],
  [
    'wrapped list items',
    (n) =>
      fill(n, (i) => `- Item ${i}: the Council met in\n  Geneva on ${(i % 28) + 1} June 2021.\n`),
    'markdown',
  ],
]

function cpuTime(run: () => void): number {
  const before = process.cpuUsage()
  run()
  const used = process.cpuUsage(before)
  return used.user + used.system
}

/** The least CPU time of some runs: garbage collection and a busy machine only add time. */
function leastCpuTime(run: () => void, runs: number): number {
  let least = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) least = Math.min(least, cpuTime(run))
  return least
}

// CPU time still moves when other processes share the machine (a garbage collection or a
// cold cache in one run): a shape is measured again up to twice before it counts as failed.
// A quadratic shape fails every time (it took 19 s to 134 s before the fixes).
describe('parse time grows linearly with the input', { retry: 2 }, () => {
  it.each(shapes)('%s', (_, make, format) => {
    const small = make(64 * 1024)
    const large = make(256 * 1024)
    parse(make(16 * 1024), { format })
    const a = leastCpuTime(() => parse(small, { format }), 3)
    const b = leastCpuTime(() => parse(large, { format }), 2)
    expect(b / a).toBeLessThan(factor)
  })
})
