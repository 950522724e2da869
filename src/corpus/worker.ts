// The entry of each worker thread of the pool (built as dist/corpus-worker.js).
import { type ParseTask, runParseTask } from './parse-task.js'

export default function parseInWorker(task: ParseTask) {
  return runParseTask(task)
}
