// Standard input as bytes, read once (a corpus run may list `-` among its inputs).
let bytes: Promise<Uint8Array> | undefined

export function readStandardBytes(): Promise<Uint8Array> {
  bytes ??= (async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return new Uint8Array(Buffer.concat(chunks))
  })()
  return bytes
}
