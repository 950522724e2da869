// node scripts/proposal-errors.js [--set DIR] [NAME-FILTER]: each proposal error per document,
// as eval.js scores it: missed (gold not found), extra (found, not in gold), wrong actor.
// Prints the found proposal's actor and acts beside each, to sort errors into classes.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '../dist/index.js'
import { actorForms, actorKey, startsKey } from './eval-keys.js'

const setIndex = process.argv.indexOf('--set')
const root =
  setIndex === -1
    ? new URL('../fixtures/', import.meta.url).pathname
    : `${process.argv[setIndex + 1]}/`
const filter = process.argv
  .slice(2)
  .find((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--set')
const goldDir = join(root, 'gold')
const short = (text, n = 90) => (text.length > n ? `${text.slice(0, n)}…` : text)
const acts = (p) => p.acts.map((a) => a.verb).join(' | ')

for (const file of readdirSync(goldDir).sort()) {
  if (!file.endsWith('.json') || file.startsWith('diff-')) continue
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'))
  if (filter && !gold.file.includes(filter)) continue
  const path = [join(root, gold.file), join(root, 'docs', gold.file)].find(existsSync)
  const doc = parse(readFileSync(path, 'utf8'))
  const used = new Set()
  const lines = []
  for (const g of gold.proposals ?? []) {
    const starts = startsKey(g.starts)
    const index = doc.proposals.findIndex(
      (p, i) => !used.has(i) && startsKey(p.text).startsWith(starts),
    )
    if (index === -1) {
      lines.push(
        `  FN     ${short(g.starts)}\n           gold: ${g.actor} :: ${g.acts.join(' | ')}`,
      )
      continue
    }
    used.add(index)
    const p = doc.proposals[index]
    if (!actorForms(g).includes(actorKey(p.actor))) {
      lines.push(
        `  ACTOR  ${short(g.starts)}\n           got ${p.actor} :: ${acts(p)}\n           gold: ${g.actor}`,
      )
    }
  }
  doc.proposals.forEach((p, i) => {
    if (!used.has(i))
      lines.push(`  FP     ${short(p.text)}\n           got ${p.actor} :: ${acts(p)}`)
  })
  if (lines.length) console.log(`${gold.file}\n${lines.join('\n')}`)
}
