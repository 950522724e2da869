/** Windows-1252 characters for the bytes 0x80-0x9F (undefined bytes keep their C1 code). */
export const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/**
 * Decode Windows-1252 bytes. Written out because Node's TextDecoder reads the
 * label as ISO-8859-1 and turns 0x80-0x9F (curly quotes, dashes, euro) into
 * control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    out += String.fromCharCode(...chunk.map((byte) => byte)).replace(/[\u0080-\u009f]/g, (char) =>
      windows1252High.charAt(char.charCodeAt(0) - 0x80),
    )
  }
  return out
}
