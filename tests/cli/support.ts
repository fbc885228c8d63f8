import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import type { CliIo } from '../../src/cli/io.js'

/** The CLI fixtures: a fictional ferry grounding reported by four outlets, and two drafts. */
export const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/cli')

export interface FakeRun {
  code: number
  stdout: string
  stderr: string
}

export interface FakeIoOptions {
  stdin?: string | Uint8Array
  stdinIsTTY?: boolean
  stdoutIsTTY?: boolean
  stderrIsTTY?: boolean
  env?: Record<string, string>
  cwd?: string
}

/** A fake `CliIo` that records what the CLI writes. */
export function fakeIo(options: FakeIoOptions = {}): { io: CliIo; stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  const chunks = options.stdin === undefined ? [] : [options.stdin]
  const stdin = Object.assign(chunks, options.stdinIsTTY === undefined ? {} : { isTTY: options.stdinIsTTY })
  const io: CliIo = {
    stdin,
    stdout: { write: (chunk: string) => stdout.push(chunk), isTTY: options.stdoutIsTTY ?? false },
    stderr: { write: (chunk: string) => stderr.push(chunk), isTTY: options.stderrIsTTY ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? fixtures,
  }
  return { io, stdout, stderr }
}

/** Runs `corroborate <argv>` in-process against the fixtures folder. */
export async function run(argv: string[], options: FakeIoOptions = {}): Promise<FakeRun> {
  // Imported on use so that the io and args tests do not load the whole library.
  const { main } = await import('../../src/cli/main.js')
  const { io, stdout, stderr } = fakeIo(options)
  const code = await main(argv, io)
  return { code, stdout: stdout.join(''), stderr: stderr.join('') }
}

/** Asserts a usage or input error: exit 2, nothing on stdout, one line on stderr, no stack. */
export function expectInputError(result: FakeRun, fragment: string | RegExp): void {
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/^corroborate: [^\n]+\n$/)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  if (typeof fragment === 'string') expect(result.stderr).toContain(fragment)
  else expect(result.stderr).toMatch(fragment)
  expect(result.code).toBe(2)
}
