#!/usr/bin/env node
// Import cost: how much `import('corroborate')` adds to a Node process start.
//
//   node bench/import-cost.mjs [runs]     # default 15 runs each; needs a built dist/
//
// bench/run.mjs calls measureImportCost() for its import-cost row.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// Each child prints its own CPU time (user + system, all threads) as its last act, so the
// cost can also be read in CPU seconds, which other processes on a shared machine disturb far
// less than the wall clock.
const reportCpu = "process.stderr.write('cpu:' + JSON.stringify(process.cpuUsage()))"

function timeSpawn(args) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  })
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr.trim()}`)
  const cpu = JSON.parse(result.stderr.slice(result.stderr.lastIndexOf('cpu:') + 4))
  return { wall: elapsed, cpu: (cpu.user + cpu.system) / 1000 }
}

/**
 * Spawns `node -e ''` and `node -e "await import('corroborate')"` alternately, `runs` times
 * each (after one warm-up of each), and returns the medians in milliseconds, of wall time and
 * of CPU time (user + system). The package is resolved by self-reference from the repository
 * root, so it measures the built dist/.
 *
 * @example
 * await measureImportCost({ runs: 15 })
 * //=> { runs: 15, baselineMs: 41.2, importMs: 76.8, costMs: 35.6, baselineCpuMs: 38.1, importCpuMs: 70.3 }
 */
export async function measureImportCost({ runs = 15 } = {}) {
  const baselineArgs = ['--input-type=module', '-e', reportCpu]
  const importArgs = ['--input-type=module', '-e', `await import('corroborate'); ${reportCpu}`]
  timeSpawn(baselineArgs)
  timeSpawn(importArgs)
  const baseline = []
  const imported = []
  for (let i = 0; i < runs; i++) {
    baseline.push(timeSpawn(baselineArgs))
    imported.push(timeSpawn(importArgs))
  }
  const baselineMs = round(median(baseline.map((run) => run.wall)))
  const importMs = round(median(imported.map((run) => run.wall)))
  return {
    runs,
    baselineMs,
    importMs,
    costMs: round(importMs - baselineMs),
    baselineCpuMs: round(median(baseline.map((run) => run.cpu))),
    importCpuMs: round(median(imported.map((run) => run.cpu))),
  }
}

function round(ms) {
  return Math.round(ms * 10) / 10
}

/** The line bench/run.mjs prints for the import-cost row. */
export function formatImportCost({ runs, baselineMs, importMs, costMs, baselineCpuMs, importCpuMs }) {
  const ratio = (a, b) => (a / b).toFixed(2)
  return (
    `import cost: ${costMs} ms, ${ratio(importMs, baselineMs)}x a bare node start ` +
    `(node start ${baselineMs} ms, with import('corroborate') ${importMs} ms; ` +
    `CPU ${baselineCpuMs} ms and ${importCpuMs} ms, ${ratio(importCpuMs, baselineCpuMs)}x; median of ${runs} runs)`
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 15)
  console.log(formatImportCost(await measureImportCost({ runs })))
}
