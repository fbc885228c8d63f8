// The CLI against hostile files, pipes and terminals: every input is capped while it is read,
// nothing blocks on a pipe, --out never overwrites an input, and nothing it prints passes
// control characters to a terminal or CI log.
import { execFileSync } from 'node:child_process'
import {
  closeSync,
  constants,
  cpSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { expectInputError, fakeIo, fixtures, run } from './support.js'

const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

let scratch: string
const wire = 'ferry/northgate-wire.txt'
const gazette = 'ferry/harbor-gazette.md'
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'corroborate-hostile-'))
  cpSync(join(fixtures, 'ferry'), join(scratch, 'ferry'), { recursive: true })
  writeFileSync(join(scratch, 'config.json'), '{ "threshold": 0.4 }\n')
  writeFileSync(
    join(scratch, 'sources.json'),
    JSON.stringify({ articles: [{ file: wire }, { file: gazette }] }),
  )
  symlinkSync(join(scratch, wire), join(scratch, 'link.txt'))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const unchanged = (path: string, before: string) =>
  expect(readFileSync(join(scratch, path), 'utf8')).toBe(before)

describe('CLI: devices and pipes', () => {
  it.skipIf(process.platform === 'win32')(
    'refuses a device such as /dev/zero before reading it',
    async () => {
      // Reading /dev/zero would never end; the test's timeout, not a clock, catches that.
      expectInputError(
        await run(['compare', '/dev/zero', wire], { cwd: scratch }),
        '/dev/zero is not a regular file',
      )
      expectInputError(
        await run(['compare', wire, '--config', '/dev/zero'], { cwd: scratch }),
        'is not a regular file',
      )
    },
  )

  it.skipIf(process.platform === 'win32')('refuses a FIFO with no writer instead of blocking', async () => {
    execFileSync('mkfifo', [join(scratch, 'pipe.txt')])
    // Opening a FIFO with no writer blocks forever; the test's timeout, not a clock, catches that.
    expectInputError(
      await run(['compare', 'pipe.txt', wire], { cwd: scratch }),
      'pipe.txt is not a regular file',
    )
  })

  it.skipIf(process.platform === 'win32')(
    'refuses --out to a FIFO no process reads instead of blocking, and writes to one that is read',
    async () => {
      execFileSync('mkfifo', [join(scratch, 'out-pipe')])
      // Writing to a FIFO with no reader blocks forever; the test's timeout, not a clock, catches that.
      for (const argv of [
        ['compare', wire, gazette, '--out', 'out-pipe'],
        ['segment', wire, '--out', 'out-pipe'],
        ['batch', 'events.jsonl', '--jobs', '1', '--out', 'out-pipe'],
      ]) {
        writeFileSync(join(scratch, 'events.jsonl'), '{"event":"e","text":"Two boats sank."}\n')
        const result = await run(argv, { cwd: scratch })
        expect(result.code).toBe(2)
        expect(result.stderr).toMatch(
          /^corroborate: (cannot write out-pipe: it is a pipe that no process reads|--out out-pipe is not a regular file; batch reads --out back)/,
        )
        expect(result.stderr).not.toContain('internal error')
      }
      // With a reader at the other end (this test, opened non-blocking) the report goes through.
      const reader = openSync(join(scratch, 'out-pipe'), constants.O_RDONLY | constants.O_NONBLOCK)
      try {
        expect((await run(['segment', wire, '--out', 'out-pipe'], { cwd: scratch })).code).toBe(0)
        const buffer = Buffer.alloc(1 << 16)
        expect(buffer.toString('utf8', 0, readSync(reader, buffer)).trim()).toMatch(/Port Alden/)
      } finally {
        closeSync(reader)
      }
    },
  )

  it('stops reading endless standard input at the cap', async () => {
    const chunk = new Uint8Array(1 << 20)
    async function* zeros() {
      for (;;) yield chunk
    }
    const { io, stdout, stderr } = fakeIo({ cwd: scratch })
    const code = await main(['compare', '-', wire], { ...io, stdin: zeros() })
    expect(code).toBe(2)
    expect(stdout.join('')).toBe('')
    expect(stderr.join('')).toMatch(/^corroborate: standard input is larger than the \d+ bytes the CLI reads/)
  })
})

describe('CLI: --out never overwrites an input', () => {
  it.each([
    [['compare', wire, gazette, '--out', wire], wire],
    [['compare', wire, gazette, '--out', `./ferry/../${wire}`], wire],
    [['compare', wire, gazette, '--out', 'link.txt'], wire],
    [['compare', 'link.txt', gazette, '--out', wire], wire],
    [['compare', wire, gazette, '--config', 'config.json', '--out', 'config.json'], 'config.json'],
    [['compare', 'sources.json', '--out', 'sources.json'], 'sources.json'],
    [['compare', 'sources.json', '--out', gazette], gazette],
    [['segment', wire, '--out', wire], wire],
    [['check', wire, '--sources', gazette, '--out', gazette], gazette],
  ])('%j leaves %s as it was, exit 2', async (argv, path) => {
    const before = readFileSync(join(scratch, path), 'utf8')
    expectInputError(await run(argv, { cwd: scratch }), /--out \S+ is (an input|the input)/)
    unchanged(path, before)
  })

  it('still writes to a new file', async () => {
    const result = await run(['compare', wire, gazette, '--format', 'json', '--out', 'report.json'], {
      cwd: scratch,
    })
    expect(result.code).toBe(0)
    expect(JSON.parse(readFileSync(join(scratch, 'report.json'), 'utf8')).articles).toHaveLength(2)
  })
})

describe('CLI: conflicting flags', () => {
  it.each([
    [['compare', wire, gazette, '--format', 'json', '--format', 'html'], "option '--format' is given twice"],
    [['compare', wire, gazette, '--color', '--no-color'], "options '--color' and '--no-color' contradict"],
    [['segment', wire, '--format', 'text', '--format', 'json'], "option '--format' is given twice"],
  ])('%j is exit 2 with one line, the inputs left as they were', async (argv, message) => {
    const before = [wire, gazette].map((path) => readFileSync(join(scratch, path), 'utf8'))
    expectInputError(await run(argv, { cwd: scratch }), message)
    unchanged(wire, before[0]!)
    unchanged(gazette, before[1]!)
  })
})

describe('CLI: nothing printed passes control characters', () => {
  const evil = 'Bay\u001b[2J\u0007 Radio\u202e\u009b'

  it('github annotations: file= and title= and the message', async () => {
    writeFileSync(
      join(scratch, 'evil.json'),
      JSON.stringify([
        {
          id: `evil${evil}`,
          outlet: evil,
          text: 'Police said 12 people died when the ferry sank on Thursday.',
        },
        {
          id: 'calm',
          outlet: 'Calm Post',
          text: 'Police said 14 people died when the ferry sank on Thursday.',
        },
      ]),
    )
    const result = await run(['compare', 'evil.json', '--format', 'github'], { cwd: scratch })
    expect(result.stdout).toContain('::error')
    expect(result.stdout).not.toMatch(controls)
  })

  it('check text output', async () => {
    writeFileSync(
      join(scratch, `draft${evil}.txt`),
      `${evil} counted 1,200 jobs\u009b in the\u001b[31m port.`,
    )
    const result = await run(['check', `draft${evil}.txt`], { cwd: scratch })
    expect(result.stdout).toContain('1,200')
    expect(result.stdout).not.toMatch(controls)
  })

  it('segment text output', async () => {
    writeFileSync(join(scratch, 'c1.txt'), `The ferry\u009b sank\u001b]0;pwned\u0007 on Thursday\u202e.`)
    const result = await run(['segment', 'c1.txt'], { cwd: scratch })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('The ferry')
    expect(result.stdout).not.toMatch(controls)
  })

  it('error messages echoing file names and flag values', async () => {
    for (const argv of [
      ['compare', `missing${evil}.md`],
      ['compare', wire, '--format', `json${evil}`],
      [`comp${evil}`],
    ]) {
      const result = await run(argv, { cwd: scratch })
      expect(result.code).toBe(2)
      expect(result.stderr).not.toMatch(controls)
      expect(result.stderr).toMatch(/^corroborate: [^\n]+\n$/)
    }
  })

  // No clock: 2,000,000 spaces would take the old /\s*\n\s*/g about 10^12 steps, far past the
  // test's timeout on any machine.
  it('quotes at most an excerpt of a huge echoed value, in linear time', async () => {
    const result = await run(
      ['compare', wire, '--format', `json${' '.repeat(2_000_000)}x\n${'y'.repeat(80_000)}`],
      { cwd: scratch },
    )
    expect(result.code).toBe(2)
    expect(result.stderr.length).toBeLessThan(600)
    expect(result.stderr).toMatch(/use one of .*\n$/)
  })
})
