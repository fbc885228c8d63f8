import type { CliIo } from '../../src/cli/io.js'
import { compare } from '../../src/index.js'
import type { Report } from '../../src/types.js'

/**
 * The names the `@example` blocks of src/ may use without defining them (see
 * doc-examples.ts). Only what several examples share and would otherwise each rebuild in
 * three lines: one report and a fake terminal for the CLI.
 */

/**
 * Three made-up outlets on one made-up parade: Northgate Wire (id 'wire') and Channel Meridian
 * ('channel') say about 9,000 troops, Varlen Courier ('local') says 8,000 and quotes the mayor
 * with two words more than the wire does. Claims: 0 disputed (the troops), 1 single-source
 * (the parade's length), 2 corroborated (the mayor watched), 3 corroborated (the quote,
 * reworded: a misquote finding, a possible conflict), 4 single-source.
 */
export const report: Report = compare([
  {
    id: 'wire',
    outlet: 'Northgate Wire',
    text: 'About 9,000 troops marched through Varlen on Friday, officials said.\n\nThe parade lasted two hours. Mayor Ines Varga watched from the town hall.\n\n"We are proud of them," Varga said.',
  },
  {
    id: 'channel',
    outlet: 'Channel Meridian',
    text: 'Some 9,000 troops paraded through Varlen on Friday.\n\nMayor Ines Varga watched the parade, which lasted two hours.',
  },
  {
    id: 'local',
    outlet: 'Varlen Courier',
    text: 'Exactly 8,000 troops marched through Varlen on Friday, officials said.\n\n"We are so proud of them all," Varga said.\n\nTickets for the stands sold out in 40 minutes.',
  },
])

/**
 * A `CliIo` that keeps what the CLI writes: `out()` and `err()` return it. Standard error
 * claims to be a terminal when `tty` is set (progress lines are drawn only there).
 */
export function fakeIo(tty = false): CliIo & { out: () => string; err: () => string } {
  let out = ''
  let err = ''
  return {
    stdin: [],
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: { write: (chunk: string) => (err += chunk), isTTY: tty },
    env: {},
    out: () => out,
    err: () => err,
  }
}
