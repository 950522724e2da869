// Inputs the decoder must read rather than refuse: UTF-16 with a byte order mark and an
// empty VFile; and the early refusal of binary bytes from a prefix alone.
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { decode, sniffBinary } from '../../src/input/decode.js'
import { parse } from '../../src/parse.js'

const text = 'Joint Statement\n\nThe Ministers met in Kazan on 23 October 2024. Ça va — “quoted”.\n'

describe('decode', () => {
  it.each([
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ])('reads %s with a byte order mark, without the mark', (_name, bytes) => {
    expect(decode(new Uint8Array(bytes))).toEqual({ text })
    expect(parse(new Uint8Array(bytes)).blocks.map((block) => block.text)).toEqual(
      parse(text).blocks.map((block) => block.text),
    )
  })

  it('reads an empty VFile as empty text, with an input-empty warning', () => {
    expect(decode(new VFile(''))).toEqual({ text: '' })
    expect(decode(new VFile())).toEqual({ text: '' })
    expect(parse(new VFile('')).warnings.map((w) => w.ruleId)).toEqual(['input-empty'])
  })
})

describe('sniffBinary', () => {
  it('refuses a NUL byte in the first KiB, and invalid UTF-8 full of control bytes', () => {
    expect(sniffBinary(new Uint8Array(64))?.message).toBe('binary input (NUL byte at offset 0)')
    const noise = new Uint8Array(4096).map((_, k) => (k * 7919 + 13) % 255 || 1)
    expect(sniffBinary(noise)?.code).toBe('binary')
  })

  it('accepts text, a character cut at the end of the prefix, and UTF-16', () => {
    const bytes = new TextEncoder().encode('Ça — “quoted”')
    expect(sniffBinary(bytes.subarray(0, bytes.length - 1))).toBeUndefined()
    expect(sniffBinary(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBeUndefined()
  })
})
