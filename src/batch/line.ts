import { isCorroborateError } from '../errors.js'
import { finiteNumbers } from '../report/json.js'
import type { Report } from '../types.js'

/** What became of one event: its report, or why it has none. */
export type EventResult =
  | { event: string; report: Report }
  | { event: string; error: { code: string; message: string } }

/** One event's output line as the batch writes it, with what a reader needs without parsing it. */
export interface EventLine {
  event: string
  ok: boolean
  /** One JSON object, no newline: `{"event":...,"report":{...}}` or `{"event":...,"error":{...}}`. */
  line: string
}

/**
 * The output line of an event's report. `event` comes first in every line, so that a resumed
 * run finds the events already done from the start of each line (`eventOfLine`).
 *
 * @example
 * reportLine('e1', report).line.slice(0, 24) //=> '{"event":"e1","report":{'
 */
export function reportLine(event: string, report: Report): EventLine {
  return {
    event,
    ok: true,
    line: `{"event":${JSON.stringify(event)},"report":${JSON.stringify(report, finiteNumbers)}}`,
  }
}

/**
 * The output line of an event that failed: its code ('E_INPUT_EMPTY', ... or 'E_WORKER' for a
 * crash outside corroborate) and message.
 *
 * @example
 * errorLine('e2', new CorroborateError('E_INPUT_EMPTY', 'No articles given.')).line
 * //=> '{"event":"e2","error":{"code":"E_INPUT_EMPTY","message":"No articles given."}}'
 */
export function errorLine(event: string, error: unknown): EventLine {
  const code = isCorroborateError(error) ? error.code : 'E_WORKER'
  const message = error instanceof Error ? error.message : String(error)
  return {
    event,
    ok: false,
    line: `{"event":${JSON.stringify(event)},"error":${JSON.stringify({ code, message })}}`,
  }
}

/** The start of every output line: `{"event":` then the event key as a JSON string. */
const linePrefix = /^\{"event":("(?:[^"\\]|\\.)*")/

/**
 * The event key of an output line, read from its start without parsing the report, or
 * undefined for a line that is not one (a truncated last line of an interrupted run).
 *
 * @example
 * eventOfLine('{"event":"e1","report":{"schemaVersion":"1.0.0"}}') //=> 'e1'
 */
export function eventOfLine(line: string): string | undefined {
  const match = linePrefix.exec(line)
  if (match === null || !line.endsWith('}')) return undefined
  try {
    return JSON.parse(match[1]!) as string
  } catch {
    return undefined
  }
}
