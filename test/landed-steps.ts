// Which extraction steps the pipeline has, read from what parse() returns on a probe text:
// tests of the diff that need dates, entities or proposals run once those steps exist.
import { parse } from '../src/parse.js'

const probe = parse(
  'Updated: 2021-06-04\n\nOn 3 June 2021, the Shanghai Cooperation Organization (SCO) met in Wuhan. The Forum proposes that China and Russia hold a meeting on Thursday.',
)

export const landed = {
  dates: probe.dates.some((date) => date.value === '2021-06-03'),
  organizations: probe.organizations.length > 0,
  places: probe.places.length > 0,
  proposals: probe.proposals.length > 0,
}

export const allLanded = landed.dates && landed.organizations && landed.places && landed.proposals
