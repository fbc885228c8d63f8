// The BullMQ sandboxed processor: a worker thread per running job, so that a long `compare`
// never blocks the worker's lock renewal. The job's return value is its output line; BullMQ
// moves a job to completed once, under its lock, so each event's line is stored exactly once.
import { compare } from '../compare/index.js'
import { isCorroborateError } from '../errors.js'
import { type EventLine, errorLine, reportLine } from './line.js'
import type { EventTask } from './worker.js'

/**
 * Compares one queued event. A `CorroborateError` becomes an error line (the job completes:
 * retrying cannot fix the input); anything else throws, and the queue retries the job.
 */
export default function processEvent(job: { data: EventTask }): EventLine {
  const { event, articles, options } = job.data
  try {
    return reportLine(event, compare(articles, options))
  } catch (error) {
    if (isCorroborateError(error)) return errorLine(event, error)
    throw error
  }
}
