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

function timeSpawn(args) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  })
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr.trim()}`)
  return elapsed
}

/**
 * Spawns `node -e ''` and `node -e "await import('corroborate')"` alternately, `runs` times
 * each (after one warm-up of each), and returns the medians in milliseconds. The package is
 * resolved by self-reference from the repository root, so it measures the built dist/.
 *
 * @example
 * await measureImportCost({ runs: 15 }) //=> { runs: 15, baselineMs: 41.2, importMs: 96.8, costMs: 55.6 }
 */
export async function measureImportCost({ runs = 15 } = {}) {
  const baselineArgs = ['-e', '']
  const importArgs = ['--input-type=module', '-e', "await import('corroborate')"]
  timeSpawn(baselineArgs)
  timeSpawn(importArgs)
  const baseline = []
  const imported = []
  for (let i = 0; i < runs; i++) {
    baseline.push(timeSpawn(baselineArgs))
    imported.push(timeSpawn(importArgs))
  }
  const baselineMs = round(median(baseline))
  const importMs = round(median(imported))
  return { runs, baselineMs, importMs, costMs: round(importMs - baselineMs) }
}

function round(ms) {
  return Math.round(ms * 10) / 10
}

/** The line bench/run.mjs prints for the import-cost row. */
export function formatImportCost({ runs, baselineMs, importMs, costMs }) {
  return `import cost: ${costMs} ms (node start ${baselineMs} ms, with import('corroborate') ${importMs} ms; median of ${runs} runs)`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 15)
  console.log(formatImportCost(await measureImportCost({ runs })))
}
