/** A reported change to the analysed text; the original input is never changed. */
export interface Repair {
  start: number
  end: number
  replacement: string
  ruleId: 'input-mojibake-repaired' | 'input-digit-apostrophe-repaired' | 'input-hyphenation-joined'
}

import { windows1252High } from './windows-1252.js'

// UTF-8 read as Windows-1252: the lead byte 0xC2-0xDF or 0xE2 turns into one of
// these characters, followed by characters standing for continuation bytes.
const windows1252 = windows1252High

function byteOf(char: string): number | undefined {
  const code = char.charCodeAt(0)
  if (code < 0x80) return code
  if (code >= 0xa0 && code <= 0xff) return code
  const index = windows1252.indexOf(char)
  return index === -1 ? undefined : 0x80 + index
}

// Candidate runs: a lead character (Â-ß as 0xC2-0xDF, or â/ã/ä for 3-byte sequences)
// followed by one or two characters in the continuation range.
const mojibakePattern =
  /[\u00c2-\u00df][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]|[\u00e2-\u00e4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]{2}/g

const decoder = new TextDecoder('utf-8', { fatal: true })

function repairMojibake(text: string, repairs: Repair[]): void {
  for (const match of text.matchAll(mojibakePattern)) {
    const bytes: number[] = []
    for (const char of match[0]) {
      const byte = byteOf(char)
      if (byte === undefined) break
      bytes.push(byte)
    }
    if (bytes.length !== match[0].length) continue
    let decoded: string
    try {
      decoded = decoder.decode(new Uint8Array(bytes))
    } catch {
      continue
    }
    // A real repair yields one character outside Latin-1's letters.
    if ([...decoded].length !== 1) continue
    repairs.push({
      start: match.index,
      end: match.index + match[0].length,
      replacement: decoded,
      ruleId: 'input-mojibake-repaired',
    })
  }
}

// "Women5s", "Children5s": a digit where an apostrophe was, between a letter
// and a possessive or contraction ending, after at least three letters (read by
// hand: a look-behind would run at every position of the text).
const digitApostrophePattern = /[0-9](?=(?:s|t|re|ll|ve|d)\b)/g
const lowerLetter = /\p{Ll}/u

function repairDigitApostrophes(text: string, repairs: Repair[]): void {
  for (const match of text.matchAll(digitApostrophePattern)) {
    const at = match.index
    if (at < 3 || !lowerLetter.test(text.charAt(at - 1)) || !lowerLetter.test(text.charAt(at - 2)))
      continue
    if (!letter.test(text.charAt(at - 3))) continue
    repairs.push({
      start: at,
      end: at + 1,
      replacement: "'",
      ruleId: 'input-digit-apostrophe-repaired',
    })
  }
}

// A word broken at a line end, as text extracted from a PDF has it: "coopera-\ntion".
// Anchored on the hyphen and line break; the letters before it are read by hand
// (a look-behind over letters would run at every position of the text).
const lineEndHyphen = /-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu
// Prefixes that keep their hyphen when the word is joined: "non-\ngovernmental".
const hyphenatedPrefixes = new Set([
  'non',
  'self',
  'co',
  'anti',
  'pre',
  'post',
  'multi',
  'inter',
  'cross',
  'well',
  'long',
  'short',
  'high',
  'low',
  'sub',
  'ex',
  'vice',
  'half',
  'semi',
  'socio',
  'counter',
  'cyber',
  'un',
  'mid',
])
const letter = /\p{L}/u

function wordBefore(text: string, end: number): string {
  let start = end
  while (start > 0 && end - start < 40 && letter.test(text.charAt(start - 1))) start--
  return text.slice(start, end)
}

function repairLineEndHyphens(text: string, repairs: Repair[]): void {
  for (const match of text.matchAll(lineEndHyphen)) {
    const before = wordBefore(text, match.index)
    if (!before) continue
    const keep = hyphenatedPrefixes.has(before.toLowerCase()) || /\p{Lu}/u.test(before.slice(1))
    repairs.push({
      start: match.index,
      end: match.index + match[0].length,
      replacement: keep ? '-' : '',
      ruleId: 'input-hyphenation-joined',
    })
  }
}

/** Find reported repairs in the whole input; sorted and non-overlapping. */
export function findRepairs(text: string): Repair[] {
  const repairs: Repair[] = []
  repairMojibake(text, repairs)
  repairDigitApostrophes(text, repairs)
  repairLineEndHyphens(text, repairs)
  repairs.sort((a, b) => a.start - b.start)
  const kept: Repair[] = []
  for (const repair of repairs) {
    const last = kept[kept.length - 1]
    if (!last || repair.start >= last.end) kept.push(repair)
  }
  return kept
}
