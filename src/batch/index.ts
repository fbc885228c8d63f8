// corroborate/batch: many events on all cores (worker threads through tinypool) and, past one
// machine, on a BullMQ queue (src/batch/queue.ts). Server-only: nothing here is imported by
// the library's main entry or the browser bundle.
import { availableParallelism } from 'node:os'
import Tinypool from 'tinypool'
import { CorroborateError } from '../errors.js'
import { extensionOption, resolveOptions } from '../options.js'
import type { Options } from '../types.js'
import { checkFields } from './check-fields.js'
import type { BatchEvent } from './events.js'
import { type EventLine, type EventResult, errorLine } from './line.js'
import type { EventTask } from './worker.js'

export { type BatchEvent, type EventLinesOptions, eventsFromLines } from './events.js'
export { type EventLine, type EventResult, errorLine, eventOfLine, reportLine } from './line.js'

/** Options of `compareEvents` and `compareEventLines`. */
export interface BatchOptions {
  /**
   * Worker threads (default, and at most: the number of cores, `os.availableParallelism()`;
   * see `threadsFor`).
   */
  jobs?: number
  /** Options for `compare`, the same for every event; a `similarity` hook cannot cross threads. */
  options?: Options
  /** Events to leave out, by key (a resumed run passes those already in its output). */
  skip?: (event: string) => boolean
}

/**
 * The worker threads `jobs` asks for on this machine: at most one a core, since comparing is
 * CPU-bound and more threads only compete for the cores and each loads its own copy of the
 * library (a new user's `--jobs 1000` on 2 cores started 1,011 threads and took 7 GB).
 *
 * @example
 * import { availableParallelism } from 'node:os'
 * threadsFor(1) //=> 1
 * threadsFor(100_000) === availableParallelism() //=> true
 */
export function threadsFor(jobs: number): number {
  return Math.min(jobs, availableParallelism())
}

/**
 * Compares many events on all cores and yields each event's result as it completes (not in
 * input order). Events are read from `events` only as results are taken (at most two per
 * worker are read and not yet yielded), so an async iterable streams through in bounded memory. A failed event yields an
 * `error` instead of a `report` and the rest go on. Leaving the loop early stops the workers.
 *
 * @example
 * import { compareEvents, eventsFromLines } from 'corroborate/batch'
 * const lines = ['{"event":"quake-1","text":"The quake killed 12."}', '{"event":"quake-1","text":"The quake killed 14."}']
 * for await (const result of compareEvents(eventsFromLines(lines), { jobs: 1 })) {
 *   result.event //=> 'quake-1'
 *   result.report.stats.disputed //=> 1
 * }
 */
export async function* compareEvents(
  events: AsyncIterable<BatchEvent> | Iterable<BatchEvent>,
  options: BatchOptions = {},
): AsyncGenerator<EventResult> {
  for await (const result of compareEventLines(events, options)) {
    yield JSON.parse(result.line) as EventResult
  }
}

/**
 * `compareEvents` that yields each event's output line as text (`{"event":...,"report":...}`
 * or `{"event":...,"error":...}`), serialised in the worker: what `corroborate batch` writes,
 * without parsing reports on the main thread.
 */
export async function* compareEventLines(
  events: AsyncIterable<BatchEvent> | Iterable<BatchEvent>,
  options: BatchOptions = {},
): AsyncGenerator<EventLine> {
  checkFields(options, ['jobs', 'options', 'skip'], 'batch')
  const jobs = options.jobs ?? availableParallelism()
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new CorroborateError('E_OPTION', `jobs must be a whole number of at least 1; received ${jobs}`)
  }
  const compareOptions = options.options ?? {}
  if (compareOptions.similarity !== undefined) {
    throw new CorroborateError(
      'E_OPTION',
      'a similarity hook is a function and cannot reach worker threads; call compare in a loop instead',
    )
  }
  const extension = extensionOption(compareOptions)
  if (extension !== undefined) {
    throw new CorroborateError(
      'E_OPTION',
      `option '${extension}' holds functions or Sets, which cannot reach worker threads; call compare in a loop instead`,
    )
  }
  resolveOptions(compareOptions)
  const threads = threadsFor(jobs)
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  })
  const iterator = (Symbol.asyncIterator in events ? events : toAsync(events))[Symbol.asyncIterator]()
  const running = new Set<Promise<EventLine>>()
  const settled: EventLine[] = []
  let wake: (() => void) | undefined
  let exhausted = false
  let count = 0
  try {
    for (;;) {
      while (!exhausted && running.size + settled.length < threads * 2) {
        const next = await iterator.next()
        if (next.done === true) {
          exhausted = true
          break
        }
        const { event, articles } = checkedEvent(next.value, count++)
        if (options.skip?.(event) === true) continue
        const task: EventTask = { event, articles, options: compareOptions }
        const run: Promise<EventLine> = (pool.run(task) as Promise<EventLine>).catch((error: unknown) =>
          errorLine(event, error),
        )
        running.add(run)
        void run.then((line) => {
          running.delete(run)
          settled.push(line)
          wake?.()
        })
      }
      if (settled.length === 0) {
        if (running.size === 0) break
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        wake = undefined
      }
      while (settled.length > 0) yield settled.shift()!
    }
  } finally {
    await iterator.return?.()
    await pool.destroy()
  }
}

/**
 * The `position`th event (0-based) as given, or 'E_INPUT_TYPE' saying what an event is when it
 * is not `{ event: string, articles: array }` (an event named by `id`, a bare array of articles).
 */
function checkedEvent(value: unknown, position: number): BatchEvent {
  const event = value as Partial<BatchEvent> | null
  if (
    typeof event !== 'object' ||
    event === null ||
    typeof event.event !== 'string' ||
    event.event === '' ||
    !Array.isArray(event.articles)
  ) {
    const shown =
      value === null
        ? 'null'
        : typeof value === 'object'
          ? Array.isArray(value)
            ? 'an array'
            : `an object with ${Object.keys(value).slice(0, 5).join(', ') || 'no fields'}`
          : typeof value
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `event ${position + 1} must be { event: 'a name', articles: [...] }; received ${shown}`,
      shown,
    )
  }
  return event as BatchEvent
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items
}
