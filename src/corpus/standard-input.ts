// Standard input as bytes, read once per stream (a corpus run may list `-` among its inputs).
const read = new WeakMap<NodeJS.ReadableStream, Promise<Uint8Array>>()

export function readStandardBytes(
  stream: NodeJS.ReadableStream = process.stdin,
): Promise<Uint8Array> {
  let bytes = read.get(stream)
  if (!bytes) {
    bytes = (async () => {
      const chunks: Buffer[] = []
      for await (const chunk of stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
      return new Uint8Array(Buffer.concat(chunks))
    })()
    read.set(stream, bytes)
  }
  return bytes
}
