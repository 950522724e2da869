export { type CorpusInput, expandInputs } from './corpus/expand-inputs.js'
export {
  type CorpusEntry,
  CorpusIndexer,
  indexCorpus,
} from './corpus/index/corpus-indexer.js'
export { indexToCsv } from './corpus/index/index-to-csv.js'
export { indexToMarkdown } from './corpus/index/index-to-markdown.js'
export {
  CorpusFileError,
  type ParsedFile,
  type ParseFilesOptions,
  parseFiles,
} from './corpus/parse-files.js'
export { type CompareOptions, compare } from './diff/collate/compare.js'
export { type DiffOptions, diff } from './diff/diff.js'
export { collationToMarkdown } from './export/diff/collation-to-markdown.js'
export { collationToMdast } from './export/diff/collation-to-mdast.js'
export { type CollationTextOptions, collationToText } from './export/diff/collation-to-text.js'
export { diffToMarkdown } from './export/diff/diff-to-markdown.js'
export { type DiffMarkdownOptions, diffToMdast } from './export/diff/diff-to-mdast.js'
export { type DiffTextOptions, diffToText } from './export/diff/diff-to-text.js'
export { type DocumentTextOptions, documentToText } from './export/document/document-to-text.js'
export { toMarkdown } from './export/document/to-markdown.js'
export { type MarkdownOptions, toMdast } from './export/document/to-mdast.js'
export { collationToJson } from './export/json/collation-to-json.js'
export { diffToJson } from './export/json/diff-to-json.js'
export { DocumentJsonError, documentJsonSchema, fromJson } from './export/json/from-json.js'
export { toJson } from './export/json/to-json.js'
export type { ExtractionContext, Step } from './extract/context.js'
export { type Input, InputError } from './input/decode.js'
export { sourceSpan } from './input/text-map.js'
export type * from './model/collation.js'
export { collationJsonSchema, collationSchema, collationSchemaVersion } from './model/collation.js'
export type * from './model/corpus-index.js'
export { corpusIndexJsonSchema, corpusIndexSchema } from './model/corpus-index.js'
export type * from './model/diff.js'
export { diffJsonSchema, diffSchemaVersion, documentDiffSchema } from './model/diff.js'
export type * from './model/document.js'
export { documentSchema, schemaVersion } from './model/document.js'
export type * from './model/entities.js'
export type * from './model/message.js'
export type * from './model/position.js'
export { type ParseOptions, parse } from './parse.js'
export { steps as defaultSteps } from './pipeline.js'
export { type CollectOptions, type CollectReport, collectResults } from './queue/collect.js'
export { type EnqueueOptions, type EnqueueReport, enqueueCorpus } from './queue/enqueue.js'
export { runQueueWorker, type WorkerOptions, type WorkerReport } from './queue/worker.js'
