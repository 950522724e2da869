// npm run eval: precision, recall and F1 per type and per document against the gold files in
// fixtures/gold, with the same figures for compromise alone (organizations, places) and
// chrono-node alone (dates) on the same documents. Scoring is over distinct items per document
// (see ../shared/eval/GUIDELINES.md), case- and white-space-insensitive.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as chrono from 'chrono-node'
import nlp from 'compromise'
import { parse } from '../dist/index.js'
import { actorForms, actorKey, key, startsKey } from './eval-keys.js'

// --set DIR scores another folder laid out the same way (DIR/gold/*.json, documents in DIR or DIR/docs).
const setIndex = process.argv.indexOf('--set')
const root =
  setIndex === -1
    ? new URL('../fixtures/', import.meta.url).pathname
    : `${process.argv[setIndex + 1]}/`
const goldDir = join(root, 'gold')
const json = process.argv.includes('--json')
const verbose = process.argv.includes('--verbose')

function score(predicted, gold) {
  const p = new Set(predicted)
  const g = new Set(gold)
  let tp = 0
  for (const item of p) if (g.has(item)) tp++
  return {
    tp,
    fp: p.size - tp,
    fn: g.size - tp,
    missed: [...g].filter((x) => !p.has(x)),
    extra: [...p].filter((x) => !g.has(x)),
  }
}

const orgKey = (name, owner) => `${key(name)}${owner ? ` [${key(owner)}]` : ''}`
const dateKey = (text, value) =>
  `${key(text).replace(/^(?:on|in|since|by|from|until|published|updated)\s+/, '')} = ${value ?? 'null'}`

function systemItems(doc) {
  return {
    organizations: doc.organizations.map((o) => orgKey(o.name, o.owner)),
    places: doc.places.map((p) => key(p.name)),
    people: doc.people.map((p) => key(p.name)),
    dates: doc.dates.map((d) => dateKey(d.text, d.value)),
    'dates by value': doc.dates.map((d) => String(d.value ?? 'null')),
  }
}

function goldItems(gold) {
  return {
    organizations: (gold.organizations ?? []).map((o) => orgKey(o.name, o.owner)),
    places: (gold.places ?? []).map((p) => key(typeof p === 'string' ? p : p.name)),
    people: (gold.people ?? []).map((p) => key(typeof p === 'string' ? p : p.name)),
    dates: (gold.dates ?? []).map((d) => dateKey(d.text, d.value)),
    // As the real-dev README says: a date is right when its value is (the text may differ).
    'dates by value': (gold.dates ?? []).map((d) => String(d.value ?? 'null')),
  }
}

/** Proposals: matched by their first words; actor accuracy over the matched ones. */
function scoreProposals(doc, gold) {
  const goldList = gold.proposals ?? []
  const used = new Set()
  let tp = 0
  let actorsRight = 0
  const missed = []
  const wrongActors = []
  for (const g of goldList) {
    const starts = startsKey(g.starts)
    const index = doc.proposals.findIndex(
      (p, i) => !used.has(i) && startsKey(p.text).startsWith(starts),
    )
    if (index === -1) {
      missed.push(g.starts)
      continue
    }
    used.add(index)
    tp++
    const actor = doc.proposals[index].actor
    if (actorForms(g).includes(actorKey(actor))) actorsRight++
    else wrongActors.push({ starts: g.starts, actor, gold: g.actor })
  }
  const extra = doc.proposals.filter((_, i) => !used.has(i)).map((p) => p.text.slice(0, 60))
  return { tp, fp: extra.length, fn: missed.length, missed, extra, actorsRight, wrongActors }
}

// Metadata: the document's title, date, place and kind against the gold's top-level fields,
// counted only where the gold states a value (a null gold date or place is not scored).
const metadataFields = ['date', 'place', 'kind', 'title']

/** Words of a title, lower-cased and without accents. */
function titleWords(text) {
  return (
    String(text ?? '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/**
 * A predicted title is right when it is not page furniture (not one of the gold's
 * boilerplate lines) and most of its words are in the gold title (which may add a
 * description in parentheses).
 */
export function titleRight(predicted, goldTitle, furniture = []) {
  if (!predicted) return false
  if (furniture.some((line) => key(line) === key(predicted))) return false
  const words = titleWords(predicted)
  if (words.length === 0) return false
  const gold = new Set(titleWords(goldTitle))
  return words.filter((word) => gold.has(word)).length / words.length > 0.5
}

const plain = (text) => key(text).normalize('NFKD').replace(/\p{M}/gu, '')

/** A gold range "START/END" is stated by its last day (the convention) or by the range. */
function dateRight(predicted, gold) {
  if (!predicted) return false
  return predicted === gold || (gold.includes('/') && predicted === gold.split('/')[1])
}

function scoreMetadata(doc, gold) {
  const row = {}
  for (const field of metadataFields) {
    const expected = gold[field]
    if (expected === null || expected === undefined) continue
    const actual = doc.metadata[field]
    const right =
      field === 'title'
        ? titleRight(actual, expected, gold.boilerplate_lines ?? [])
        : field === 'date'
          ? dateRight(actual, expected)
          : plain(actual) === plain(expected)
    row[field] = { right, actual: actual ?? null, expected }
  }
  return row
}

function compromiseItems(doc, text) {
  // compromise alone, a paragraph at a time (it does not finish on long unpunctuated input).
  const organizations = new Set()
  const places = new Set()
  for (const block of doc.blocks) {
    if (block.type === 'boilerplate') continue
    const view = nlp(block.text.slice(0, 5000))
    for (const o of view.organizations().out('array'))
      organizations.add(key(o.replace(/[.,;:]$/, '')))
    for (const p of view.places().out('array')) places.add(key(p.replace(/[.,;:]$/, '')))
  }
  void text
  return { organizations: [...organizations], places: [...places] }
}

function chronoItems(doc) {
  const dates = new Set()
  const ref = doc.metadata.date ? new Date(`${doc.metadata.date}T12:00:00`) : new Date()
  for (const block of doc.blocks) {
    if (block.type === 'boilerplate' && block.reason !== 'publication') continue
    for (const r of chrono.parse(block.text.slice(0, 5000), ref)) {
      const s = r.start
      let value = String(s.get('year'))
      if (s.isCertain('month')) value += `-${String(s.get('month')).padStart(2, '0')}`
      if (s.isCertain('day')) value += `-${String(s.get('day')).padStart(2, '0')}`
      dates.add(dateKey(r.text, value))
    }
  }
  return { dates: [...dates] }
}

function documents() {
  const out = []
  for (const file of readdirSync(goldDir).sort()) {
    if (!file.endsWith('.json') || file.startsWith('diff-')) continue
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'))
    const path = [join(root, gold.file), join(root, 'docs', gold.file)].find(existsSync)
    if (!path) throw new Error(`gold ${file}: no document ${gold.file}`)
    out.push({ name: gold.file, gold, text: readFileSync(path, 'utf8') })
  }
  return out
}

const types = ['organizations', 'places', 'people', 'dates', 'dates by value']
const totals = {}
const add = (system, type, s) => {
  totals[system] ??= {}
  totals[system][type] ??= { tp: 0, fp: 0, fn: 0, actorsRight: 0 }
  const t = totals[system][type]
  t.tp += s.tp
  t.fp += s.fp
  t.fn += s.fn
  t.actorsRight += s.actorsRight ?? 0
}
const prf = ({ tp, fp, fn }) => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp)
  const r = tp + fn === 0 ? 1 : tp / (tp + fn)
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}
const fmt = (s) => {
  const { p, r, f } = prf(s)
  return `P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f.toFixed(2)}`
}

const perDocument = []
const metadataTotals = {}
const accuracy = ({ right, total }) => (total === 0 ? 1 : right / total)
for (const { name, gold, text } of documents()) {
  const doc = parse(text)
  const sys = systemItems(doc)
  const ref = goldItems(gold)
  const row = { name }
  for (const type of types) {
    // A gold file annotates only the types it lists (the proposal documents list only proposals).
    if (!gold[type]) continue
    const s = score(sys[type], ref[type])
    add('communique', type, s)
    row[type] = s
  }
  const proposals = scoreProposals(doc, gold)
  add('communique', 'proposals', proposals)
  row.proposals = proposals
  const base = compromiseItems(doc, text)
  for (const type of ['organizations', 'places'])
    if (gold[type]) add('compromise', type, score(base[type], ref[type]))
  if (gold.dates) add('chrono-node', 'dates', score(chronoItems(doc).dates, ref.dates))
  row.metadata = scoreMetadata(doc, gold)
  for (const [field, result] of Object.entries(row.metadata)) {
    metadataTotals[field] ??= { right: 0, total: 0 }
    metadataTotals[field].total++
    if (result.right) metadataTotals[field].right++
  }
  perDocument.push(row)
}

if (json) {
  process.stdout.write(
    `${JSON.stringify({ totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).map(([t, s]) => [t, { ...s, ...prf(s) }]))])), metadata: Object.fromEntries(Object.entries(metadataTotals).map(([f, t]) => [f, { ...t, accuracy: accuracy(t) }])), perDocument }, null, 2)}\n`,
  )
} else {
  console.log('Per document (communique):')
  for (const row of perDocument) {
    console.log(`  ${row.name}`)
    for (const type of [...types, 'proposals']) {
      if (!row[type]) continue
      const s = row[type]
      const actor =
        type === 'proposals' && s.tp ? `  actor ${(s.actorsRight / s.tp).toFixed(2)}` : ''
      console.log(`    ${type.padEnd(14)} ${fmt(s)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})${actor}`)
      if (verbose && (s.missed.length || s.extra.length)) {
        for (const m of s.missed) console.log(`        missed: ${m}`)
        for (const m of s.extra) console.log(`        extra:  ${m}`)
      }
      if (verbose && s.wrongActors?.length) {
        for (const w of s.wrongActors)
          console.log(`        actor:  ${w.actor} (gold ${w.gold}) in ${w.starts.slice(0, 50)}`)
      }
    }
    const fields = metadataFields.filter((field) => row.metadata[field])
    if (fields.length > 0) {
      const marks = fields.map((field) => `${field} ${row.metadata[field].right ? 'ok' : 'WRONG'}`)
      console.log(`    metadata       ${marks.join(', ')}`)
      if (verbose) {
        for (const field of fields) {
          const m = row.metadata[field]
          if (!m.right)
            console.log(
              `        ${field}: ${JSON.stringify(m.actual)} (gold ${JSON.stringify(m.expected)})`,
            )
        }
      }
    }
  }
  console.log('\nTotals:')
  for (const [system, byType] of Object.entries(totals)) {
    for (const [type, s] of Object.entries(byType)) {
      const actor =
        type === 'proposals' && s.tp ? `  actor accuracy ${(s.actorsRight / s.tp).toFixed(2)}` : ''
      console.log(
        `  ${system.padEnd(12)} ${type.padEnd(14)} ${fmt(s)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})${actor}`,
      )
    }
  }
  console.log('\nMetadata accuracy (documents whose gold states the field):')
  for (const field of metadataFields) {
    const t = metadataTotals[field]
    if (!t) continue
    console.log(`  ${field.padEnd(6)} ${accuracy(t).toFixed(2)}  (${t.right} of ${t.total})`)
  }
}
