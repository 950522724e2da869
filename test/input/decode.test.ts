import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { decode, InputError } from '../../src/input/decode.js'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decode', () => {
  it.each([
    ['a string as it is', 'Déclaration', 'Déclaration'],
    ['UTF-8 bytes', utf8('Déclaration'), 'Déclaration'],
    ['UTF-8 bytes without their BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Text')]), 'Text'],
    ['a VFile holding a string', new VFile('From a vfile'), 'From a vfile'],
    ['a VFile holding bytes', new VFile(utf8('Bytes in a vfile')), 'Bytes in a vfile'],
  ])('reads %s', (_name, input, expected) => {
    expect(decode(input).text).toBe(expected)
  })

  it('reads Windows-1252 bytes that are not UTF-8 and says so', () => {
    // "café – ’" in Windows-1252
    const decoded = decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x92]))
    expect(decoded).toEqual({ text: 'café – ’', fallback: 'windows-1252' })
  })

  it('rejects bytes with a NUL byte in the first kilobyte, naming its offset', () => {
    const bytes = new Uint8Array([...utf8('PK header'), 0, 1, 2])
    expect(() => decode(bytes)).toThrowError(
      new InputError('binary input (NUL byte at offset 9)', 'binary'),
    )
  })

  it('rejects invalid UTF-8 full of control bytes as binary', () => {
    const bytes = new Uint8Array(256).map((_, i) => (i * 37 + 1) % 256 || 1)
    expect(() => decode(bytes)).toThrowError(/binary input \(invalid UTF-8/)
  })

  it('rejects what is not text at all with a type error code', () => {
    expect(() => decode(42 as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'type' }),
    )
  })
})
