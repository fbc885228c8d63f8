import { spawnSync } from 'node:child_process'
import {
  linkSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

// These run the real bin against dist/ (the worker threads need the built files).
const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const bin = join(root, 'bin/corroborate.js')
const dir = mkdtempSync(join(tmpdir(), 'corroborate-batch-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function corroborate(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: '' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const texts = [
  'Police said 12 people were killed when the ferry Marisol capsized on the River Aske on Thursday.',
  'Police said 14 people were killed when the Marisol capsized on the River Aske on Thursday.',
]
const long = 'The council met again. '.repeat(40)

/** Six events of two articles; event e3 has an article too long for the config's limit. */
function writeInput(): string {
  const lines = []
  for (let e = 0; e < 6; e++) {
    for (const [i, text] of texts.entries()) {
      lines.push(JSON.stringify({ event: `e${e}`, id: `o${i}`, text: e === 3 && i === 1 ? long : text }))
    }
  }
  writeFileSync(join(dir, 'events.jsonl'), `${lines.join('\n')}\n`)
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ maxInputLength: 400 }))
  return 'events.jsonl'
}

const eventsOf = (jsonl: string) =>
  jsonl
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { event: string; report?: unknown; error?: { code: string } })

describe('corroborate batch', () => {
  const input = writeInput()

  it('writes one line per event and an error line for the event that fails, exit 1', () => {
    const run = corroborate(['batch', input, '--jobs', '2', '--config', 'config.json'])
    expect(run.code).toBe(1)
    const lines = eventsOf(run.stdout)
    expect(lines.map((line) => line.event).sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5'])
    expect(lines.find((line) => line.event === 'e3')?.error?.code).toBe('E_INPUT_TOO_LARGE')
    expect(lines.filter((line) => line.report !== undefined)).toHaveLength(5)
    expect(run.stderr).toMatch(/batch: 6 events in .* 1 failed \(error lines\)\n$/)
  })

  it('resumes into --out: skips the events already there and drops a cut-off last line', () => {
    const first = corroborate(['batch', input, '--jobs', '1', '--out', 'reports.jsonl'])
    expect(first.code).toBe(0)
    expect(first.stdout).toBe('')
    const whole = readFileSync(join(dir, 'reports.jsonl'), 'utf8')
    const kept = whole.split('\n').slice(0, 2).join('\n').length + 1
    truncateSync(join(dir, 'reports.jsonl'), kept + 30) // two lines and the start of a third
    const again = corroborate(['batch', input, '--jobs', '2', '--out', 'reports.jsonl'])
    expect(again.code).toBe(0)
    expect(again.stderr).toMatch(/^corroborate: resuming: 2 events already in reports.jsonl\n/)
    expect(again.stderr).toMatch(/batch: 4 events .* 2 skipped \(already in reports.jsonl\)\n$/)
    const events = eventsOf(readFileSync(join(dir, 'reports.jsonl'), 'utf8')).map((line) => line.event)
    expect(events.sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5'])
  })

  it('refuses --out naming its input or its config by any path or link, and leaves them as they were', () => {
    const config = 'batch-config.json'
    writeFileSync(join(dir, config), '{ "threshold": 0.5 }\n')
    symlinkSync(join(dir, input), join(dir, 'input-link.jsonl'))
    linkSync(join(dir, input), join(dir, 'input-hard.jsonl'))
    symlinkSync(join(dir, config), join(dir, 'config-link.json'))
    const contents = () => [readFileSync(join(dir, input), 'utf8'), readFileSync(join(dir, config), 'utf8')]
    const before = contents()
    for (const [out, what] of [
      [input, 'the input'],
      [`./sub/../${input}`, 'the input'],
      ['input-link.jsonl', 'the input'],
      ['input-hard.jsonl', 'the input'],
      [config, 'the --config file'],
      ['config-link.json', 'the --config file'],
    ] as const) {
      const result = corroborate(['batch', input, '--jobs', '1', '--config', config, '--out', out])
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(
        `corroborate: --out ${out} is ${what}; write the reports to another file. Try 'corroborate batch --help'.\n`,
      )
    }
    expect(contents()).toEqual(before)
  })

  // More threads than cores only compete: a new user's --jobs 1000 started 1,011 threads.
  it('runs at most one job a core, and says so when asked for more', () => {
    const cores = availableParallelism()
    const run = corroborate(['batch', input, '--jobs', String(cores + 50)])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      `corroborate: batch: --jobs ${cores + 50} is more than this machine's ${cores} ${cores === 1 ? 'core' : 'cores'}; running ${cores}\n`,
    )
    expect(run.stderr).toMatch(new RegExp(`events/s, ${cores} jobs?\\)`))
  })

  it('warns when no line has the --event-key it was given', () => {
    const run = corroborate(['batch', input, '--jobs', '1', '--event-key', 'story'])
    expect(run.stderr).toContain(
      "corroborate: batch: warning: no line has the key 'story'; its articles were grouped by what they report (groupByEvent)\n",
    )
    const keyed = corroborate([
      'batch',
      input,
      '--jobs',
      '1',
      '--event-key',
      'event',
      '--config',
      'config.json',
    ])
    expect(keyed.stderr).not.toContain('warning')
  })

  it('warns when its input holds no articles', () => {
    writeFileSync(join(dir, 'empty.jsonl'), '\n\n')
    const run = corroborate(['batch', 'empty.jsonl', '--jobs', '1'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('corroborate: batch: warning: empty.jsonl holds no articles\n')
  })

  it('refuses a bad --jobs', () => {
    const jobs = corroborate(['batch', input, '--jobs', '0'])
    expect(jobs.code).toBe(2)
    expect(jobs.stderr).toContain('--jobs must be a whole number')
  })
})
