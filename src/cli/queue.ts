import { closeSync, createReadStream, openSync, writeSync } from 'node:fs'
import { resolve } from 'node:path'
import { eventOfLine, eventsFromLines } from '../batch/index.js'
import {
  checkRedis,
  collectReports,
  enqueueEvents,
  type QueueOptions,
  runQueueWorker,
  unreachable,
} from '../batch/queue.js'
import { CorroborateError } from '../errors.js'
import { plural } from '../report/describe.js'
import { flagSet, flagValue, type ParsedArgs, usage } from './args.js'
import { optionsFrom, reason } from './config.js'
import type { CommandContext } from './io.js'
import { invalidLineReporter, refuseJsonDocument } from './jsonl-input.js'
import { linesOf, resumeFile } from './lines.js'

function queueOptions(args: ParsedArgs, context: CommandContext): QueueOptions {
  return {
    redis: flagValue(args, 'redis') ?? context.io.env.CORROBORATE_REDIS ?? 'redis://127.0.0.1:6379',
    queue: flagValue(args, 'queue') ?? 'corroborate',
  }
}

function wholeNumber(
  value: string | undefined,
  flag: string,
  command: string,
  min: number,
): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) {
    throw usage(`--${flag} must be a whole number from ${min}; received '${value}'`, command)
  }
  return number
}

/**
 * `corroborate enqueue <articles.jsonl|->`: puts each event on the BullMQ queue for
 * `corroborate worker` processes to compare. An event already queued is not added twice.
 */
export async function runEnqueue(args: ParsedArgs, context: CommandContext): Promise<number> {
  const options = optionsFrom(args, context.cwd, 'enqueue')
  const [input, ...extra] = args.positionals
  if (input === undefined || extra.length > 0) {
    throw usage(
      "enqueue reads one JSONL file of articles (or '-'), e.g. 'corroborate enqueue coverage.jsonl'",
      'enqueue',
    )
  }
  if (input !== '-') refuseJsonDocument(input, context.cwd, 'enqueue')
  const chunks = input === '-' ? context.io.stdin : createReadStream(resolve(context.cwd, input))
  const report = invalidLineReporter(context.io, input)
  let invalid = 0
  const events = eventsFromLines(linesOf(chunks), {
    eventKey: flagValue(args, 'event-key') ?? 'event',
    options,
    onInvalid(line, message) {
      invalid++
      report(line, message)
    },
  })
  const target = queueOptions(args, context)
  let added: number
  try {
    added = await enqueueEvents(events, { ...target, options })
  } catch (error) {
    throw asQueueError(error, target)
  }
  context.io.stderr.write(
    `corroborate: enqueued ${plural(added, 'event')} on ${target.queue} at ${target.redis}\n`,
  )
  return invalid > 0 ? 1 : 0
}

/**
 * `corroborate worker`: compares queued events until SIGINT or SIGTERM. Start any number, on any machine that reaches the Redis server.
 */
export async function runWorker(args: ParsedArgs, context: CommandContext): Promise<number> {
  if (args.positionals.length > 0)
    throw usage('worker takes no files; it reads events from the queue', 'worker')
  const target = queueOptions(args, context)
  const concurrency = wholeNumber(flagValue(args, 'concurrency'), 'concurrency', 'worker', 1) ?? 1
  const lockMs = wholeNumber(flagValue(args, 'lock-ms'), 'lock-ms', 'worker', 100) ?? 30_000
  // A server missing at the start is a mistake to report, not a wait; one lost later is retried.
  await checkRedis(target.redis ?? '')
  let lastError = ''
  const worker = runQueueWorker({
    ...target,
    concurrency,
    lockMs,
    onStart: (event) =>
      context.io.stderr.write(`corroborate: worker ${process.pid}: comparing ${JSON.stringify(event)}\n`),
    onError: (error) => {
      // Each new message once: a lost connection fails every retry the same way.
      if (error.message === lastError) return
      lastError = error.message
      context.io.stderr.write(`corroborate: worker ${process.pid}: ${error.message} (retrying)\n`)
    },
  })
  // The first signal lets running jobs finish; a second stops at once (the queue retries them).
  let signals = 0
  const stop = () => {
    signals++
    if (signals === 1) void worker.close()
    else process.exit(130)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  context.io.stderr.write(`corroborate: worker ${process.pid} ready on ${target.queue} at ${target.redis}\n`)
  await worker.closed
  return 0
}

/**
 * `corroborate collect`: writes the line of every finished event once, as JSONL, and removes
 * it from the queue; waits for every enqueued event unless `--no-wait`. With `--out FILE` it
 * appends, skipping events already in FILE, so a collector that stopped is resumed.
 */
export async function runCollect(args: ParsedArgs, context: CommandContext): Promise<number> {
  if (args.positionals.length > 0)
    throw usage('collect takes no files; it reads reports from the queue', 'collect')
  const target = queueOptions(args, context)
  const out = flagValue(args, 'out')
  const toFile = out !== undefined && out !== '-'
  const done = toFile ? resumeFile(resolve(context.cwd, out), eventOfLine) : new Set<string>()
  let fd: number | undefined
  if (toFile) {
    try {
      fd = openSync(resolve(context.cwd, out), 'a')
    } catch (error) {
      throw new CorroborateError('E_FILE', `cannot write ${out}: ${reason(error, true)}`)
    }
  }
  let written = 0
  let failed = 0
  try {
    for await (const result of collectReports({ ...target, wait: !flagSet(args, 'no-wait') })) {
      if (done.has(result.event)) continue
      done.add(result.event)
      if (fd === undefined) context.io.stdout.write(`${result.line}\n`)
      else writeSync(fd, `${result.line}\n`)
      written++
      if (!result.ok) failed++
    }
  } catch (error) {
    throw asQueueError(error, target)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
  context.io.stderr.write(
    `corroborate: collected ${plural(written, 'event')}${failed > 0 ? `, ${failed} failed (error lines)` : ''}\n`,
  )
  return failed > 0 ? 1 : 0
}

function asQueueError(error: unknown, target: QueueOptions): unknown {
  if (error instanceof CorroborateError) return error
  const message = error instanceof Error ? error.message : String(error)
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|Connection is closed|max retries/i.test(message)) {
    return unreachable(target.redis ?? '', error)
  }
  return error
}
