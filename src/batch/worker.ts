// The task a batch worker thread runs: one event through `compare`, its output line back.
import { compare } from '../compare/index.js'
import type { ArticleInput, Options } from '../types.js'
import { type EventLine, errorLine, reportLine } from './line.js'

/** One event as it crosses to a worker: plain data (structured clone). */
export interface EventTask {
  event: string
  articles: ArticleInput[]
  options: Options
}

/**
 * Compares one event and returns its output line; a `CorroborateError` (an empty event, an
 * article too large) becomes an error line instead of failing the batch.
 */
export default function compareEventTask(task: EventTask): EventLine {
  try {
    return reportLine(task.event, compare(task.articles, task.options))
  } catch (error) {
    return errorLine(task.event, error)
  }
}
