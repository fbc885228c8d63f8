// Past one machine: events on a BullMQ queue over Redis. Producers `enqueueEvents`, any number
// of `runQueueWorker` processes on any number of machines compare them, and `collectReports`
// streams each event's line once. Retries, stalled jobs (a worker that died mid-job) and
// exactly-once completion are BullMQ's own.
import { type Job, Queue, Worker } from 'bullmq'
import { Redis } from 'ioredis'
import { CorroborateError } from '../errors.js'
import { extensionOption, resolveOptions } from '../options.js'
import type { Options } from '../types.js'
import { checkFields } from './check-fields.js'
import type { BatchEvent } from './events.js'
import { type EventLine, errorLine } from './line.js'
import type { EventTask } from './worker.js'

/** Where the queue lives. */
export interface QueueOptions {
  /** Redis URL (default: `redis://127.0.0.1:6379`). */
  redis?: string
  /** Queue name (default: `'corroborate'`). */
  queue?: string
}

/** How many times a job that crashed a worker (not one that failed on its input) is tried. */
const attempts = 3

/**
 * A Redis client for BullMQ from a URL (`redis://user:pass@host:6379/2`). Workers keep
 * retrying a lost connection; producers and collectors give up after about 20 tries.
 */
export function redisClient(url: string, persistent: boolean): Redis {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new CorroborateError(
      'E_OPTION',
      `--redis must be a URL such as redis://127.0.0.1:6379; received '${url}'`,
    )
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new CorroborateError('E_OPTION', `--redis must be a redis:// URL; received '${url}'`)
  }
  return new Redis(url, {
    maxRetriesPerRequest: persistent ? null : 3,
    retryStrategy: (times: number) => (persistent || times <= 20 ? Math.min(times * 100, 2000) : null),
  })
}

/** Milliseconds `checkRedis` waits for a connection and a reply. */
const reachTimeoutMs = 5_000

/**
 * Resolves when the Redis server at `url` answers a PING within 5 s; rejects with
 * `CorroborateError` 'E_QUEUE' saying how to start one otherwise (a bad URL is 'E_OPTION').
 * Producers, collectors and workers ask first, so that a missing server is one clear error,
 * not minutes of retries.
 *
 * @example
 * await checkRedis('redis://127.0.0.1:1') // throws E_QUEUE "cannot reach Redis at redis://127.0.0.1:1 (connect ECONNREFUSED"
 */
export async function checkRedis(url: string): Promise<void> {
  const client = redisClient(url, false)
  client.options.retryStrategy = () => null
  client.options.maxRetriesPerRequest = 0
  client.options.connectTimeout = reachTimeoutMs
  // The connection's own error says why ('connect ECONNREFUSED 127.0.0.1:6379'); the
  // rejected PING only that the connection is closed.
  let cause: Error | undefined
  client.on('error', (error: Error) => {
    cause ??= error
  })
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      client.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no reply in ${reachTimeoutMs / 1000} s`)), reachTimeoutMs)
      }),
    ])
  } catch (error) {
    throw unreachable(url, cause ?? error)
  } finally {
    clearTimeout(timer)
    client.disconnect()
  }
}

/** 'E_QUEUE' for a Redis server that cannot be reached, with the cause and what to do. */
export function unreachable(url: string, cause: unknown): CorroborateError {
  const reason = cause instanceof Error ? cause.message : String(cause)
  return new CorroborateError(
    'E_QUEUE',
    `cannot reach Redis at ${url} (${reason}); start redis-server or pass --redis URL`,
  )
}

/** A queue on its own connection, and a way to close both. */
function openQueue(options: QueueOptions, persistent: boolean): { queue: Queue; close(): Promise<void> } {
  const connection = redisClient(options.redis ?? 'redis://127.0.0.1:6379', persistent)
  const queue = new Queue(options.queue ?? 'corroborate', { connection })
  // A lost connection rejects the commands in flight, which reach the caller; the 'error'
  // events themselves would otherwise be printed with their stacks.
  queue.on('error', () => {})
  connection.on('error', () => {})
  return {
    queue,
    async close() {
      await queue.close()
      connection.disconnect()
    },
  }
}

/**
 * Puts events on the queue, one job each, its id the event key: an event already waiting,
 * running or kept there is not added twice. Resolves to the number of jobs added.
 *
 * @example
 * // await enqueueEvents(eventsFromLines(lines), { redis: 'redis://queue-host:6379' }) resolves to the jobs added.
 * // A similarity hook is a function, which a queue cannot carry:
 * await enqueueEvents([], { redis: 'redis://queue-host:6379', options: { similarity: () => 1 } }) // throws E_OPTION
 */
export async function enqueueEvents(
  events: AsyncIterable<BatchEvent> | Iterable<BatchEvent>,
  options: QueueOptions & { options?: Options } = {},
): Promise<number> {
  checkFields(options, ['redis', 'queue', 'options'], 'enqueueEvents')
  const compareOptions = options.options ?? {}
  if (compareOptions.similarity !== undefined) {
    throw new CorroborateError('E_OPTION', 'a similarity hook is a function and cannot be queued')
  }
  const extension = extensionOption(compareOptions)
  if (extension !== undefined) {
    throw new CorroborateError(
      'E_OPTION',
      `option '${extension}' holds functions or Sets and cannot be queued`,
    )
  }
  resolveOptions(compareOptions)
  await checkRedis(options.redis ?? 'redis://127.0.0.1:6379')
  const { queue, close } = openQueue(options, false)
  let added = 0
  try {
    await queue.waitUntilReady()
    for await (const { event, articles } of events) {
      const data: EventTask = { event, articles, options: compareOptions }
      await queue.add('compare', data, {
        jobId: jobIdOf(event),
        attempts,
        backoff: { type: 'exponential', delay: 1000 },
      })
      added++
    }
  } finally {
    await close()
  }
  return added
}

/** BullMQ job ids may not contain ':' or be whole numbers; the event key is kept in the data. */
function jobIdOf(event: string): string {
  return `event-${encodeURIComponent(event)}`
}

/** Options of `runQueueWorker`. */
export interface WorkerOptions extends QueueOptions {
  /** Jobs this process runs at once, each in its own thread (default: 1). */
  concurrency?: number
  /** Milliseconds a job's lock lasts without renewal; a dead worker's job is retried after it (default: 30 000). */
  lockMs?: number
  /** Hears every job this worker starts (the CLI logs it). */
  onStart?: (event: string) => void
  /**
   * Hears what goes wrong between jobs, such as a lost connection to Redis, which the worker
   * keeps retrying (the CLI logs each new message once). Without it such errors are not
   * printed.
   */
  onError?: (error: Error) => void
}

/**
 * Runs a BullMQ worker that compares queued events, each in a worker thread (BullMQ's
 * sandboxed processor), until `close()` is called. An unknown field of `options` is
 * `E_OPTION` before any connection is made.
 */
export function runQueueWorker(options: WorkerOptions = {}): {
  closed: Promise<void>
  close(): Promise<void>
} {
  checkFields(options, ['redis', 'queue', 'concurrency', 'lockMs', 'onStart', 'onError'], 'runQueueWorker')
  const lockDuration = options.lockMs ?? 30_000
  const connection = redisClient(options.redis ?? 'redis://127.0.0.1:6379', true)
  const worker = new Worker(
    options.queue ?? 'corroborate',
    new URL('./queue-processor.js', import.meta.url),
    {
      connection,
      concurrency: options.concurrency ?? 1,
      useWorkerThreads: true,
      lockDuration,
      stalledInterval: Math.max(500, Math.floor(lockDuration / 2)),
      maxStalledCount: 2,
    },
  )
  if (options.onStart !== undefined) {
    const onStart = options.onStart
    worker.on('active', (job: Job) => onStart((job.data as EventTask).event))
  }
  const onError = options.onError ?? (() => {})
  worker.on('error', onError)
  connection.on('error', onError)
  let finish: () => void = () => {}
  const closed = new Promise<void>((resolve) => {
    finish = resolve
  })
  worker.on('closed', () => finish())
  return {
    closed,
    async close() {
      // Without a connection there is no job to let finish (the queue retries it), and a
      // close waits on reconnection attempts: give it a second, then drop the connection.
      const down = connection.status !== 'ready'
      const closing = worker.close(down)
      if (down) {
        closing.catch(() => {})
        await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 1_000).unref())])
      } else await closing
      connection.disconnect()
      finish()
    },
  }
}

/**
 * Streams the line of every event the queue has finished, once each: completed jobs give
 * their report or error line, jobs that failed every attempt an `E_WORKER` error line. Each
 * job is removed from the queue after its line is yielded and `written` resolves, so a
 * collector that stops is resumed by the next. With `wait` (the default) it goes on until no
 * job is waiting, delayed or running; else it stops at the first empty round. An unknown
 * field of `options` is `E_OPTION` on the first `next()`, before any connection is made.
 */
export async function* collectReports(
  options: QueueOptions & { wait?: boolean; pollMs?: number } = {},
): AsyncGenerator<EventLine> {
  checkFields(options, ['redis', 'queue', 'wait', 'pollMs'], 'collectReports')
  await checkRedis(options.redis ?? 'redis://127.0.0.1:6379')
  const { queue, close } = openQueue(options, false)
  try {
    await queue.waitUntilReady()
    for (;;) {
      const jobs = await queue.getJobs(['completed', 'failed'], 0, 99, true)
      for (const job of jobs) {
        const task = job.data as EventTask
        const line = job.returnvalue as EventLine | null | undefined
        yield typeof line?.line === 'string'
          ? line
          : errorLine(task.event, new Error(`failed ${job.attemptsMade} times: ${job.failedReason}`))
        await job.remove()
      }
      if (jobs.length > 0) continue
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
      const pending = Object.values(counts).reduce((sum, count) => sum + count, 0)
      if (pending === 0 || options.wait === false) {
        const late = await queue.getJobCounts('completed', 'failed')
        if (late.completed === 0 && late.failed === 0) return
        continue
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 200))
    }
  } finally {
    await close()
  }
}
