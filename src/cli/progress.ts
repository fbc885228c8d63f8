import { plural } from '../report/describe.js'
import type { CliIo, Writer } from './io.js'

/** A status line on standard error that rewrites itself, and disappears when work is done. */
export interface Progress {
  update(message: string): void
  done(): void
}

/** Inputs at least this large (UTF-16 code units, all articles together) count as a long run. */
export const longRunCharacters = 500_000
/** Runs with at least this many articles count as long. */
export const longRunArticles = 25

/**
 * A progress line for long runs, shown only when standard error is a terminal (never in CI
 * logs or pipes) and the work is large enough to make someone wonder whether it hung.
 *
 * @example
 * const io = fakeIo(true)
 * const progress = createProgress(io, { characters: 2_000_000, articles: 3 })
 * progress.update('comparing 3 articles')
 * io.err() //=> '\r\x1b[Kcorroborate: comparing 3 articles...'
 * progress.done()
 * io.err().endsWith('...\r\x1b[K') //=> true
 */
export function createProgress(io: CliIo, size: { characters: number; articles: number }): Progress {
  const long = size.characters >= longRunCharacters || size.articles >= longRunArticles
  if (io.stderr.isTTY !== true || !long) return { update() {}, done() {} }
  return terminalProgress(io.stderr)
}

function terminalProgress(stderr: Writer): Progress {
  let shown = false
  return {
    update(message) {
      stderr.write(`\r\x1b[Kcorroborate: ${message}...`)
      shown = true
    },
    done() {
      if (shown) stderr.write('\r\x1b[K')
      shown = false
    },
  }
}

/**
 * Whether to colour standard output: `--no-color` and a non-empty `NO_COLOR` always win,
 * then `--color` and `FORCE_COLOR` (anything but '0' or 'false') force it on, and otherwise
 * colour only when writing to a terminal.
 *
 * @example
 * useColor({ env: { NO_COLOR: '1' }, stdout: { isTTY: true } }, {}) //=> false
 */
export function useColor(
  io: Pick<CliIo, 'env' | 'stdout'>,
  flags: { noColor?: boolean; color?: boolean; toFile?: boolean },
): boolean {
  if (flags.noColor === true) return false
  const noColor = io.env.NO_COLOR
  if (noColor !== undefined && noColor !== '') return false
  if (flags.color === true) return true
  const force = io.env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (flags.toFile === true) return false
  return io.stdout.isTTY === true
}

/** A batch run's status line: events done, their rate and, when the input size is known, an ETA. */
export interface BatchProgress {
  update(state: {
    events: number
    failed: number
    /** Input bytes read so far. */
    bytes: number
    /** Events read from the input so far (some still being compared, some skipped). */
    read: number
    /** Events read and skipped (already in the output of a resumed run). */
    skipped?: number
  }): void
  /** Wipes the line (before a warning, and at the end). */
  clear(): void
}

/**
 * Progress of `corroborate batch` on a terminal: events done, events a second, the share of
 * the input read and the time left: the events in the whole input are estimated from those
 * read and the share of bytes read, and the rest are expected at the rate so far. Redrawn at
 * most four times a second; nothing when standard error is not a terminal.
 *
 * @example
 * const io = fakeIo(true)
 * const clock = [0, 3000] // milliseconds: started, then 3 s later
 * batchProgress(io, 1_000_000, () => clock.shift()).update({ events: 120, failed: 0, bytes: 250_000, read: 124 })
 * io.err() //=> '\r\x1b[Kcorroborate: 120 events, 40.0/s, 25% read, about 9 s left'
 */
export function batchProgress(
  io: CliIo,
  inputBytes: number | undefined,
  now = () => performance.now(),
): BatchProgress {
  if (io.stderr.isTTY !== true) return { update() {}, clear() {} }
  const started = now()
  let last = -Infinity
  let shown = false
  return {
    update({ events, failed, bytes, read, skipped = 0 }) {
      const time = now()
      if (time - last < 250) return
      last = time
      const seconds = (time - started) / 1000
      const parts = [
        `${plural(events, 'event')}${failed > 0 ? ` (${failed} failed)` : ''}`,
        `${(events / Math.max(seconds, 1e-3)).toFixed(1)}/s`,
      ]
      if (inputBytes !== undefined && inputBytes > 0) {
        const share = Math.min(1, bytes / inputBytes)
        parts.push(`${Math.floor(share * 100)}% read`)
        const rate = events / Math.max(seconds, 1e-3)
        if (share > 0 && rate > 0)
          parts.push(`about ${duration((read / share - skipped - events) / rate)} left`)
      }
      io.stderr.write(`\r\x1b[Kcorroborate: ${parts.join(', ')}`)
      shown = true
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[K')
      shown = false
    },
  }
}

/** Seconds as '9 s', '4 min 12 s' or '2 h 5 min'. */
export function duration(seconds: number): string {
  const whole = Math.round(seconds)
  if (whole < 60) return `${whole} s`
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`
}
