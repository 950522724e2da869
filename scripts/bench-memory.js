// Peak memory of one parse, per MB of input: run by scripts/bench.js in a fresh process for
// each shape, so that nothing else the bench did counts. Prints one JSON line.
//   node --expose-gc scripts/bench-memory.js text|markdown MB
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from '../dist/index.js'

const [shape, size] = [process.argv[2], Number(process.argv[3] ?? 8)]
const corpusDir = new URL('../../shared/corpus/ungd-2023/', import.meta.url)
const texts = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(new URL(file, corpusDir), 'utf8'))
const target = size * 1024 * 1024
const parts = []
let length = 0
if (shape === 'text') {
  for (let i = 0; length < target; i++) {
    const text = texts[i % texts.length]
    parts.push(text, '\n\n')
    length += text.length + 2
  }
} else {
  // Markdown: each sentence of the corpus as a list item, a heading every 50 items.
  const sentences = texts.join(' ').split(/(?<=\.)\s+/)
  for (let i = 0; length < target; i++) {
    const item = `${i % 50 === 0 ? `\n## Part ${i / 50 + 1}\n\n` : ''}- ${sentences[i % sentences.length].replace(/\s+/g, ' ')}\n`
    parts.push(item)
    length += item.length
  }
}
const input = parts.join('')
parse('Warm up. The Council met in Geneva on 3 June 2021.')
globalThis.gc?.()
const before = process.memoryUsage().rss
const start = performance.now()
const document = parse(input, { format: shape === 'text' ? 'text' : 'markdown' })
const ms = performance.now() - start
const peak = process.resourceUsage().maxRSS * 1024
console.log(
  JSON.stringify({
    shape,
    mb: input.length / 1024 / 1024,
    ms,
    blocks: document.blocks.length,
    peakPerMb: (peak - before) / (input.length / 1024 / 1024) / 1024 / 1024,
  }),
)
