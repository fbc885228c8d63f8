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
 * const progress = createProgress(io, { characters: 2_000_000, articles: 3 })
 * progress.update('comparing 3 articles') // stderr: "\r\x1b[Kcorroborate: comparing 3 articles..."
 * progress.done()                          // stderr: "\r\x1b[K"
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
