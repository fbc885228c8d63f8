// The outside world of the CLI, as the commands see it: streams, environment, working folder.

/** Somewhere to write text: `process.stdout`, or a fake in tests. */
export interface Writer {
  write(chunk: string): unknown
  isTTY?: boolean
}

/**
 * Everything the CLI touches outside itself, so tests run `main` in-process with fakes.
 * `process` satisfies it: `{ stdin: process.stdin, stdout: process.stdout, ... }`.
 */
export interface CliIo {
  /** Standard input, read only when an argument is `-`. */
  stdin: (AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>) & { isTTY?: boolean }
  stdout: Writer
  stderr: Writer
  env: Readonly<Record<string, string | undefined>>
  /** Directory relative paths resolve against (default: `process.cwd()`). */
  cwd?: string
}

/** What every command gets: the outside world and the decisions made once in `main`. */
export interface CommandContext {
  io: CliIo
  cwd: string
  /** Whether to colour standard output (see `useColor`). */
  color: boolean
}
