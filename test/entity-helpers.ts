import { parse } from '../src/parse.js'

/** The organizations of a text as "name" or "name [owner]". */
export function organizationsOf(text: string): string[] {
  return parse(text).organizations.map((o) => (o.owner ? `${o.name} [${o.owner}]` : o.name))
}

/** The places of a text by name. */
export function placesOf(text: string): string[] {
  return parse(text).places.map((p) => p.name)
}

/** The people of a text as "name" or "name | title". */
export function peopleOf(text: string): string[] {
  return parse(text).people.map((p) => (p.title ? `${p.name} | ${p.title}` : p.name))
}
