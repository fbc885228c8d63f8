import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The queue mode against a real Redis: CORROBORATE_TEST_REDIS (.ci/run starts one), else a
// redis-server this test starts on a free port, else (not in CI) the test is skipped.
const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const bin = join(root, 'bin/corroborate.js')
const hasRedisServer = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0
const available = process.env.CORROBORATE_TEST_REDIS !== undefined || hasRedisServer
if (!available && process.env.CI !== undefined) {
  throw new Error(
    'the queue tests need Redis in CI: .ci/run should start redis-server and set CORROBORATE_TEST_REDIS',
  )
}
if (!available) {
  console.warn(
    'tests/batch/queue.test.ts skipped: no redis-server (apt-get install redis-server, or set CORROBORATE_TEST_REDIS)',
  )
}

async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  await once(server, 'close')
  return port
}

/** Resolves when the child's stderr has printed a line matching `pattern`. */
function waitFor(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = ''
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString()
      if (pattern.test(seen)) resolve()
    })
    child.once('exit', () => reject(new Error(`exited before ${pattern}: ${seen}`)))
  })
}

/** A sentence with its own figures and words, so that a big event has many distinct claims. */
function sentence(article: number, i: number): string {
  const place = ['Tovara', 'Kelmond', 'Ashbury', 'Marisol', 'Drennan'][i % 5]
  return `Officials in ${place} said ${100 + i * 7 + (article % 3)} homes were damaged by the storm on day ${i}, costing $${i + 2} million.`
}

describe.skipIf(!available)('corroborate worker on a BullMQ queue over Redis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-queue-'))
  const queue = `test-${process.pid}`
  let redis = process.env.CORROBORATE_TEST_REDIS ?? ''
  let server: ChildProcess | undefined
  const workers: ChildProcess[] = []

  beforeAll(async () => {
    if (redis === '') {
      const port = await freePort()
      server = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
        stdio: 'pipe',
      })
      await waitFor(Object.assign(server, { stderr: server.stdout }), /Ready to accept connections/)
      redis = `redis://127.0.0.1:${port}`
    }
  })

  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL')
    server?.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  })

  // A lock of 3 s: short enough that the killed worker's job is retried soon, long enough that
  // a survivor's renewals still land on a loaded machine. At 1 s, one run beside busy processes
  // (load 7 to 13 on 2 cores) collected 9 events with 1 failed, most likely a survivor's lock
  // lapsing a second time (the queue fails a job stalled twice).
  function worker(): ChildProcess {
    const child = spawn(
      process.execPath,
      [bin, 'worker', '--redis', redis, '--queue', queue, '--lock-ms', '3000'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    workers.push(child)
    return child
  }

  it('delivers every event exactly once when a worker is killed in the middle of a job', async () => {
    // One big event first (the job the first worker is killed in), then small ones.
    const lines: string[] = []
    for (let a = 0; a < 30; a++) {
      const text = Array.from({ length: 30 }, (_, i) => sentence(a, i)).join(' ')
      lines.push(JSON.stringify({ event: 'big', id: `o${a}`, text }))
    }
    const small = Array.from({ length: 8 }, (_, e) => `small-${e}`)
    for (const event of small) {
      for (let a = 0; a < 3; a++) lines.push(JSON.stringify({ event, id: `o${a}`, text: sentence(a, 1) }))
    }
    writeFileSync(join(dir, 'events.jsonl'), `${lines.join('\n')}\n`)
    const enqueue = spawnSync(
      process.execPath,
      [bin, 'enqueue', 'events.jsonl', '--redis', redis, '--queue', queue],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    )
    expect(enqueue.stderr).toContain('enqueued 9 events')
    expect(enqueue.status).toBe(0)

    // The first worker takes the big event; it is killed as soon as it says it started it.
    const doomed = worker()
    await waitFor(doomed, /comparing "big"/)
    doomed.kill('SIGKILL')
    await once(doomed, 'exit')
    const survivors = [worker(), worker()]

    const collect = spawn(
      process.execPath,
      [bin, 'collect', '--redis', redis, '--queue', queue, '--out', 'reports.jsonl'],
      {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    let collectErr = ''
    collect.stderr!.on('data', (chunk: Buffer) => {
      collectErr += chunk.toString()
    })
    const [code] = await once(collect, 'exit')
    expect(collectErr).toBe('corroborate: collected 9 events\n')
    expect(code).toBe(0)
    for (const survivor of survivors) survivor.kill('SIGTERM')
    await Promise.all(
      survivors.map((survivor) => (survivor.exitCode === null ? once(survivor, 'exit') : undefined)),
    )

    const reports = readFileSync(join(dir, 'reports.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; report?: { stats: { articles: number } } })
    expect(reports.map((line) => line.event).sort()).toEqual(['big', ...small].sort())
    expect(reports.find((line) => line.event === 'big')?.report?.stats.articles).toBe(30)
    expect(reports.every((line) => line.report !== undefined)).toBe(true)
  }, 180_000)
})

// No Redis at the address: one clear E_QUEUE line and exit 2 at once, not minutes of retries
// and stack traces (a new user's worker printed 4,700 lines and ignored SIGTERM).
describe('the queue commands without a Redis server', () => {
  it.each([['enqueue', 'events.jsonl'], ['collect'], ['collect', '--no-wait'], ['worker']])(
    'corroborate %s says it cannot reach Redis and exits 2',
    async (...command) => {
      const port = await freePort()
      const dir = mkdtempSync(join(tmpdir(), 'corroborate-noredis-'))
      writeFileSync(join(dir, 'events.jsonl'), '{"event":"e1","id":"a","text":"Ten boats sank."}\n')
      const run = spawnSync(process.execPath, [bin, ...command, '--redis', `redis://127.0.0.1:${port}`], {
        cwd: dir,
        encoding: 'utf8',
      })
      rmSync(dir, { recursive: true, force: true })
      expect(run.stderr).toBe(
        `corroborate: cannot reach Redis at redis://127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port}); start redis-server or pass --redis URL\n`,
      )
      expect(run.status).toBe(2)
    },
  )

  it('checkRedis rejects with E_QUEUE for a library caller', async () => {
    const { checkRedis } = await import('../../src/batch/queue.js')
    const port = await freePort()
    await expect(checkRedis(`redis://127.0.0.1:${port}`)).rejects.toMatchObject({
      code: 'E_QUEUE',
      message: expect.stringContaining('ECONNREFUSED'),
    })
  })
})
