// Numbers written in a run of tokens, with their values, so that "USD 50 million" and
// "USD 75 million" differ while "more than 30 million" and "over 30 million", or
// "8 and 9" and "8-9", hold the same numbers.

const letter = /\p{L}/u

/** A number and the tokens `[first, last]` that write it (with its currency or unit for an amount). */
export interface NumberFact {
  value: number
  first: number
  last: number
  /** Money or a percentage. */
  amount: boolean
}

const units: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
}

const numberWords = new Map(Object.entries(units))
const ordinalNumber = /^(\d+)(?:st|nd|rd|th)$/i

const scales: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }

const currencies = new Set([
  'usd',
  'us$',
  '$',
  'eur',
  '€',
  '£',
  'gbp',
  'rmb',
  'cny',
  'yuan',
  'jpy',
  '¥',
  'yen',
  'chf',
  'inr',
  'rub',
  'sdr',
  'dollar',
  'dollars',
  'euro',
  'euros',
  'rupees',
  'roubles',
  'rubles',
  'francs',
])
const percents = new Set(['%', 'percent', 'per', 'cent'])

const numberWord = new RegExp(`\\d|\\b(?:${Object.keys(units).join('|')})\\b`, 'i')

/** Quick test: may the text write a number at all? */
export function mayHoldNumber(text: string): boolean {
  return numberWord.test(text)
}

/** The values a single token writes ("8-9" writes two), or none. */
function tokenValues(text: string): number[] {
  const first = text.charCodeAt(0)
  if (first < 48 || first > 57) {
    // Number words are 3 to 11 letters ("two" to "seventeenth").
    if (text.length < 3 || text.length > 11) return []
    const value = numberWords.get(text)
    if (value !== undefined) return [value]
    // Lowercase already (the usual case): nothing more to look up.
    if (first >= 97 && first <= 122) return []
    const lower = numberWords.get(text.toLowerCase())
    return lower === undefined ? [] : [lower]
  }
  const ordinal = ordinalNumber.exec(text)
  if (ordinal) return [Number(ordinal[1])]
  if (letter.test(text)) return []
  return text
    .split(/[-\u2010\u2011/]/)
    .filter((part) => /^\d+(?:[.,]\d+)*$/.test(part))
    .map((part) =>
      Number(/^\d{1,3}(?:,\d{3})+$/.test(part) ? part.replace(/,/g, '') : part.replace(',', '.')),
    )
}

/** Numbers among `tokens`, skipping tokens for which `skip` says so (parts of dates). */
export function numbersIn(
  tokens: ReadonlyArray<{ text: string }>,
  skip: (index: number) => boolean,
): NumberFact[] {
  const facts: NumberFact[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (skip(k)) continue
    const values = tokenValues(tokens[k]!.text)
    if (values.length === 0) continue
    let first = k
    let last = k
    let scale = 1
    const next = tokens[k + 1]?.text.toLowerCase()
    if (next && Object.hasOwn(scales, next)) {
      scale = scales[next]!
      last = k + 1
    }
    let amount = false
    for (let back = k - 1; back >= Math.max(0, k - 2); back--) {
      if (!currencies.has(tokens[back]!.text.toLowerCase())) break
      first = back
      amount = true
    }
    for (let ahead = last + 1; ahead <= last + 2 && ahead < tokens.length; ahead++) {
      const word = tokens[ahead]!.text.toLowerCase()
      if (!currencies.has(word) && !percents.has(word)) break
      if (word === 'per' && tokens[ahead + 1]?.text.toLowerCase() !== 'cent') break
      last = ahead
      amount = true
    }
    for (const value of values) facts.push({ value: value * scale, first, last, amount })
    k = Math.max(k, last)
  }
  return facts
}

/** The value of a number or ordinal written as one word ("twentieth", "20th", "five"), if it is one. */
export function numberWordValue(word: string): number | undefined {
  const value = numberWords.get(word.toLowerCase())
  if (value !== undefined) return value
  const ordinal = ordinalNumber.exec(word)
  return ordinal ? Number(ordinal[1]) : undefined
}
