import { type BodyEntry, bodies } from '../../data/bodies.js'

const normal = (text: string): string =>
  text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim()

const byName = new Map<string, BodyEntry>()
const byShort = new Map<string, BodyEntry[]>()
for (const body of bodies) {
  if (!byName.has(normal(body.name))) byName.set(normal(body.name), body)
  for (const short of body.short) {
    const list = byShort.get(short) ?? []
    list.push(body)
    byShort.set(short, list)
  }
}

/** The listed body with this full name ("World Trade Organization"), if any. */
export function bodyNamed(name: string): BodyEntry | undefined {
  return byName.get(normal(name))
}

/** The listed bodies with this acronym or short name, exactly as written ("IMF"). */
export function bodiesAbbreviated(short: string): BodyEntry[] {
  return byShort.get(short) ?? []
}
