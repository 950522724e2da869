export { type CorpusInput, expandInputs } from './corpus/expand-inputs.js'
export {
  CorpusFileError,
  type ParsedFile,
  type ParseFilesOptions,
  parseFiles,
} from './corpus/parse-files.js'
export { type DiffOptions, diff } from './diff/diff.js'
export { diffToMarkdown } from './export/diff/diff-to-markdown.js'
export { type DiffMarkdownOptions, diffToMdast } from './export/diff/diff-to-mdast.js'
export { type DiffTextOptions, diffToText } from './export/diff/diff-to-text.js'
export { type DocumentTextOptions, documentToText } from './export/document/document-to-text.js'
export { toMarkdown } from './export/document/to-markdown.js'
export { type MarkdownOptions, toMdast } from './export/document/to-mdast.js'
export { diffToJson } from './export/json/diff-to-json.js'
export { DocumentJsonError, documentJsonSchema, fromJson } from './export/json/from-json.js'
export { toJson } from './export/json/to-json.js'
export type { ExtractionContext, Step } from './extract/context.js'
export { type Input, InputError } from './input/decode.js'
export { sourceSpan } from './input/text-map.js'
export type * from './model/diff.js'
export { diffJsonSchema, diffSchemaVersion, documentDiffSchema } from './model/diff.js'
export type * from './model/document.js'
export { documentSchema, schemaVersion } from './model/document.js'
export type * from './model/entities.js'
export type * from './model/message.js'
export type * from './model/position.js'
export { type ParseOptions, parse } from './parse.js'
export { steps as defaultSteps } from './pipeline.js'
