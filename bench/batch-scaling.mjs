#!/usr/bin/env node
// `corroborate batch --jobs 1` against `--jobs 2`, interleaved, several rounds, as ratios, with
// a control: the same two thread counts on pure arithmetic that shares nothing, which shows
// what the machine itself gives a second thread at that moment (on a shared machine, or with
// the kernel's autogroup scheduling, far less than 2x); and a second control that is this very
// workload: two separate `batch --jobs 1` processes on two halves of the corpus at once,
// against one after the other, which shares nothing in the process (no worker pool, no main
// thread, no V8 platform threads) and so is the most two jobs could give on this machine now.
// Needs a built dist/.
//
//   node bench/batch-scaling.mjs [EVENTS=60] [ROUNDS=3] [SENTENCES=40]
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeBatchCorpus } from './batch-corpus.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'bin', 'corroborate.js')
// Every child reports its CPU time on stderr as it exits: all threads, and its main thread alone
// (on Linux, from /proc; null elsewhere). The main thread reads the input, hands events to the
// workers and writes their lines: the part of a batch that a second job cannot share.
const cpuProbe = `data:text/javascript,${encodeURIComponent(
  "import { readFileSync } from 'node:fs'\n" +
    "process.on('exit', () => { let main = null; try { const stat = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8'); " +
    "const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); main = (Number(fields[11]) + Number(fields[12])) / 100 } catch {} " +
    "process.stderr.write('\\ncpu:' + JSON.stringify({ ...process.cpuUsage(), main })) })",
)}`
// The control: UNITS equal blocks of arithmetic on JOBS worker threads.
const control = `
const { Worker } = require('node:worker_threads')
const [units, jobs] = process.argv.slice(1).map(Number)
const code = "require('node:worker_threads').parentPort.on('message', (n) => { let x = 0; for (let i = 0; i < n; i++) x = (x + i * 7) % 1000003; require('node:worker_threads').parentPort.postMessage(x) })"
let next = 0
const workers = Array.from({ length: jobs }, () => new Worker(code, { eval: true }))
Promise.all(workers.map(async (w) => {
  while (next < units) { next++; await new Promise((r) => { w.once('message', r); w.postMessage(2e8) }) }
  await w.terminate()
}))`

function run(args) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--import', cpuProbe, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr.slice(-1000)}`)
  const cpu = JSON.parse(result.stderr.slice(result.stderr.lastIndexOf('cpu:') + 4))
  return { seconds, cpu: (cpu.user + cpu.system) / 1e6, mainCpu: cpu.main }
}

/** Runs the `node` command lines at once; resolves with the wall seconds until the last ends. */
function runAtOnce(argsList) {
  const started = process.hrtime.bigint()
  return Promise.all(
    argsList.map(
      (args) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] })
          child.on('error', reject)
          child.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} exited with ${code}`)),
          )
        }),
    ),
  ).then(() => Number(process.hrtime.bigint() - started) / 1e9)
}

/**
 * Runs `rounds` rounds; each runs the control and the batch with one and two jobs, the order
 * of the two alternating from round to round. Returns every run's wall and CPU seconds.
 *
 * @example
 * await measureBatchScaling({ events: 60, rounds: 3 }) //=> { rounds: [{ batch: { 1: {...}, 2: {...} }, control: {...} }, ...] }
 */
export async function measureBatchScaling({ events = 60, rounds = 3, sentences = 40 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-scaling-'))
  try {
    const corpus = join(dir, 'events.jsonl')
    await writeBatchCorpus(createWriteStream(corpus), { events, sentences })
    // Half the events (the same generator, so each half costs what half the corpus costs).
    const half = join(dir, 'half.jsonl')
    await writeBatchCorpus(createWriteStream(half), { events: Math.ceil(events / 2), sentences })
    const halfRun = [bin, 'batch', half, '--jobs', '1']
    const results = []
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? [1, 2] : [2, 1]
      const batch = {}
      const controlRuns = {}
      for (const jobs of order) {
        controlRuns[jobs] = run(['-e', control, '8', String(jobs)])
        batch[jobs] = run([bin, 'batch', corpus, '--jobs', String(jobs)])
      }
      // Two processes one after the other, then at once (the order alternates by round too).
      const processes = {}
      for (const jobs of order) {
        processes[jobs] =
          jobs === 1
            ? (await runAtOnce([halfRun])) + (await runAtOnce([halfRun]))
            : await runAtOnce([halfRun, halfRun])
      }
      results.push({ batch, control: controlRuns, processes })
    }
    return { events, sentences, rounds: results }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** ', main thread 0.5 s' when the child could read its main thread's CPU time. */
function mainShare(run) {
  return run.mainCpu == null ? '' : `, main thread ${run.mainCpu.toFixed(1)} s`
}

/** Lines for a person: each round, then the median ratio with its range. */
export function formatBatchScaling({ events, sentences, rounds }) {
  const fmt = (value, digits = 2) => value.toFixed(digits)
  const lines = []
  const ratios = []
  const controls = []
  const ceilings = []
  for (const [i, { batch, control, processes }] of rounds.entries()) {
    const ratio = batch[1].seconds / batch[2].seconds
    const controlRatio = control[1].seconds / control[2].seconds
    const ceiling = processes[1] / processes[2]
    ratios.push(ratio)
    controls.push(controlRatio)
    ceilings.push(ceiling)
    lines.push(
      `round ${i + 1}: batch --jobs 1 ${fmt(batch[1].seconds, 1)} s (CPU ${fmt(batch[1].cpu, 1)} s${mainShare(batch[1])}), ` +
        `--jobs 2 ${fmt(batch[2].seconds, 1)} s (CPU ${fmt(batch[2].cpu, 1)} s${mainShare(batch[2])}): ${fmt(ratio)}x; ` +
        `control (arithmetic, 2 threads against 1): ${fmt(controlRatio)}x; ` +
        `two batch processes on halves at once against one after the other: ${fmt(ceiling)}x ` +
        `(${fmt(processes[2], 1)} s against ${fmt(processes[1], 1)} s)`,
    )
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const summary = (values) =>
    `${fmt(median(values))}x (range ${fmt(Math.min(...values))}-${fmt(Math.max(...values))})`
  lines.push(
    `batch on ${events} events of 5 outlets x ${sentences} sentences: --jobs 2 / --jobs 1 events/s ` +
      `${fmt(median(ratios))}x (range ${fmt(Math.min(...ratios))}-${fmt(Math.max(...ratios))}, ${ratios.length} rounds); ` +
      `the arithmetic control in the same rounds ${summary(controls)}; two separate batch processes ${summary(ceilings)}`,
  )
  return lines
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [events = '60', rounds = '3', sentences = '40'] = process.argv.slice(2)
  const measured = await measureBatchScaling({
    events: Number(events),
    rounds: Number(rounds),
    sentences: Number(sentences),
  })
  for (const line of formatBatchScaling(measured)) console.log(line)
}
