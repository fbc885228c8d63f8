import { closeSync, createReadStream, openSync, statSync, writeSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { groupedEventPrefix } from '../batch/events.js'
import {
  type BatchEvent,
  compareEventLines,
  eventOfLine,
  eventsFromLines,
  threadsFor,
} from '../batch/index.js'
import { CorroborateError } from '../errors.js'
import { plural } from '../report/describe.js'
import { flagValue, type ParsedArgs, usage } from './args.js'
import { optionsFrom, reason } from './config.js'
import type { CommandContext } from './io.js'
import { invalidLineReporter, refuseJsonDocument } from './jsonl-input.js'
import { linesOf, resumeFile } from './lines.js'
import { sameFile } from './output.js'
import { batchProgress } from './progress.js'

/**
 * `corroborate batch <articles.jsonl|->`: compares many events on all cores and writes one
 * JSONL line per event as each completes. With `--out FILE` a run resumes: events already in
 * FILE are skipped. Returns 1 when an event failed or a line was unreadable, else 0.
 *
 * @example
 * // corroborate batch coverage.jsonl --out reports.jsonl --jobs 2
 * // The worker threads run compiled code, so this runs the built CLI:
 * import { main } from '../../dist/cli/main.js'
 * const io = fakeIo()
 * io.stdin = ['{"event":"e1","text":"Ten boats sank."}\n', '{"event":"e1","text":"Twelve boats sank."}\n']
 * await main(['batch', '-', '--jobs', '1'], io) //=> 0
 * JSON.parse(io.out()).report.stats.disputed //=> 1
 */
export async function runBatch(args: ParsedArgs, context: CommandContext): Promise<number> {
  const { io, cwd } = context
  const options = optionsFrom(args, cwd, 'batch')
  const jobs = jobsFrom(flagValue(args, 'jobs'))
  if (jobs !== undefined && threadsFor(jobs) < jobs) {
    io.stderr.write(
      `corroborate: batch: --jobs ${jobs} is more than this machine's ${plural(threadsFor(jobs), 'core')}; running ${threadsFor(jobs)}\n`,
    )
  }
  const eventKey = flagValue(args, 'event-key') ?? 'event'
  const [input, ...extra] = args.positionals
  if (input === undefined || extra.length > 0) {
    throw usage(
      "batch reads one JSONL file of articles (or '-'), e.g. 'corroborate batch coverage.jsonl'",
      'batch',
    )
  }
  const out = flagValue(args, 'out')
  const toFile = out !== undefined && out !== '-'
  // By any path or link: a resumed run appends to --out, so it must be neither file read.
  const config = flagValue(args, 'config')
  const inputs = [...(input === '-' ? [] : [input]), ...(config === undefined ? [] : [config])]
  const clobbered = toFile
    ? inputs.find((path) => sameFile(resolve(cwd, out), resolve(cwd, path)))
    : undefined
  if (clobbered !== undefined) {
    throw usage(
      `--out ${out} is ${clobbered === input ? 'the input' : 'the --config file'}; write the reports to another file`,
      'batch',
    )
  }
  // Before the input is opened: a refusal leaves no stream behind.
  if (toFile) refuseIrregularOut(resolve(cwd, out), out)
  let size: number | undefined
  let chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> = io.stdin
  if (input !== '-') {
    try {
      const stats = statSync(resolve(cwd, input))
      if (!stats.isFile()) throw new CorroborateError('E_FILE', `${input} is not a regular file`)
      size = stats.size
    } catch (error) {
      if (error instanceof CorroborateError) throw error
      throw new CorroborateError('E_FILE', `cannot read ${input}: ${reason(error)}`)
    }
    refuseJsonDocument(input, cwd, 'batch')
    chunks = createReadStream(resolve(cwd, input))
  }
  const done = toFile ? resumeFile(resolve(cwd, out), eventOfLine) : new Set<string>()
  if (done.size > 0)
    io.stderr.write(`corroborate: resuming: ${plural(done.size, 'event')} already in ${out}\n`)
  let fd: number | undefined
  if (toFile) {
    try {
      fd = openSync(resolve(cwd, out), 'a')
    } catch (error) {
      throw new CorroborateError('E_FILE', `cannot write ${out}: ${reason(error, true)}`)
    }
  }
  const write = (text: string) => (fd === undefined ? io.stdout.write(text) : writeSync(fd, text))

  let bytes = 0
  let invalid = 0
  let skipped = 0
  let compared = 0
  let failed = 0
  const started = performance.now()
  const progress = batchProgress(io, size)
  const report = invalidLineReporter(io, input, () => progress.clear())
  const events = eventsFromLines(
    linesOf(chunks, (n) => {
      bytes += n
    }),
    {
      eventKey,
      options,
      onInvalid(line, message) {
        invalid++
        report(line, message)
      },
    },
  )
  let read = 0
  let keyed = 0
  async function* counted(items: AsyncIterable<BatchEvent>): AsyncGenerator<BatchEvent> {
    for await (const item of items) {
      read++
      // Events with no key are grouped by what they report (`groupedEventPrefix`).
      if (!item.event.startsWith(groupedEventPrefix)) keyed++
      yield item
    }
  }
  const skip = (event: string) => {
    if (!done.has(event)) return false
    skipped++
    return true
  }
  try {
    for await (const result of compareEventLines(counted(events), {
      ...(jobs === undefined ? {} : { jobs }),
      options,
      skip,
    })) {
      write(`${result.line}\n`)
      compared++
      if (!result.ok) failed++
      progress.update({ events: compared, failed, bytes, read, skipped })
    }
  } finally {
    progress.clear()
    if (fd !== undefined) closeSync(fd)
  }
  if (read === 0 && invalid === 0 && skipped === 0) {
    io.stderr.write(
      `corroborate: batch: warning: ${input === '-' ? 'standard input' : input} holds no articles\n`,
    )
  }
  if (flagValue(args, 'event-key') !== undefined && read > 0 && keyed === 0) {
    io.stderr.write(
      `corroborate: batch: warning: no line has the key '${eventKey}'; its articles were grouped by what they report (groupByEvent)\n`,
    )
  }
  const seconds = (performance.now() - started) / 1000
  const rate = compared / Math.max(seconds, 1e-9)
  io.stderr.write(
    `corroborate: batch: ${plural(compared, 'event')} in ${seconds.toFixed(1)} s (${rate.toFixed(1)} events/s, ${plural(threadsFor(jobs ?? availableParallelism()), 'job')})` +
      `${failed > 0 ? `, ${failed} failed (error lines)` : ''}` +
      `${skipped > 0 ? `, ${skipped} skipped (already in ${out})` : ''}` +
      `${invalid > 0 ? `, ${plural(invalid, 'unreadable line')}` : ''}\n`,
  )
  return failed > 0 || invalid > 0 ? 1 : 0
}

function jobsFrom(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 1024) {
    throw usage(`--jobs must be a whole number from 1, such as 2; received '${value}'`, 'batch')
  }
  return jobs
}

/**
 * A resumed run reads `--out` before it appends to it, so `--out` must be a regular file or not
 * exist yet: a FIFO cannot be read back (and blocks with no writer), a device never ends.
 */
function refuseIrregularOut(path: string, out: string): void {
  let stats: ReturnType<typeof statSync>
  try {
    stats = statSync(path)
  } catch {
    return
  }
  if (!stats.isFile()) {
    throw new CorroborateError(
      'E_FILE',
      `--out ${out} is not a regular file; batch reads --out back to resume, so name a file, or leave --out out to write to standard output`,
    )
  }
}
