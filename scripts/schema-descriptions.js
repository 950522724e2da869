// Descriptions for the JSON Schemas from the one source of the model: the doc comments
// written beside the zod schemas in src/model/*.ts. Each `export const x = z.object({…})`
// (or `y.extend({…})`) gives its keys, its own doc comment and those of its fields; a
// JSON Schema object whose properties are exactly those keys takes them as
// `description`s. Used by write-schema.js at build time.
import { readdirSync, readFileSync } from 'node:fs'

/** Text of a doc comment, without its stars, on one line. */
function docText(comment) {
  return comment
    .trim()
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ')
}

/** The object schemas of the model sources: {file, keys, docs, doc, base}. */
export function readModelDocs(folder) {
  const blocks = new Map()
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, folder), 'utf8')
    const pattern =
      /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export const (\w+) = (?:z\.object|(\w+)\.extend)\(\{\n([\s\S]*?)\n\}\)/g
    for (const match of source.matchAll(pattern)) {
      const [, comment, name, base, body] = match
      const keys = []
      const docs = {}
      let pending
      // Fields are at two spaces of indentation; a doc comment right above one is its.
      for (const part of body.matchAll(/^( {2})(\/\*\*[\s\S]*?\*\/)|^ {2}(\w+)\??:/gm)) {
        if (part[2]) pending = docText(part[2])
        else {
          keys.push(part[3])
          if (pending) docs[part[3]] = pending
          pending = undefined
        }
      }
      blocks.set(name, { file, keys, docs, doc: comment ? docText(comment) : undefined, base })
    }
  }
  // An extended schema has its base's keys (and docs) too.
  for (const block of blocks.values()) {
    let base = block.base && blocks.get(block.base)
    while (base) {
      block.keys = [...base.keys, ...block.keys]
      block.docs = { ...base.docs, ...block.docs }
      base = base.base && blocks.get(base.base)
    }
  }
  return [...blocks.values()]
}

const sameKeys = (a, b) => a.length === b.length && a.every((key) => b.includes(key))

/** Add `description`s to a JSON Schema in place, from the model's doc comments. */
export function describeSchema(schema, blocks) {
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item)
      return
    }
    if (typeof node !== 'object' || node === null) return
    if (node.properties) {
      const keys = Object.keys(node.properties)
      const block = blocks.find((candidate) => sameKeys(candidate.keys, keys))
      if (block) {
        if (block.doc && !node.description) node.description = block.doc
        for (const [key, doc] of Object.entries(block.docs)) {
          const property = node.properties[key]
          if (property && !property.description) property.description = doc
        }
      }
    }
    for (const value of Object.values(node)) visit(value)
  }
  visit(schema)
  return schema
}
