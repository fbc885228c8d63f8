// Import cost of two builds side by side: `node -e ''` and `node -e "await import(X)"` for each
// X given, alternating run by run, so that a shared machine's load falls on all alike. Prints
// the median CPU time (user + system) of each and its ratio to the bare start.
//
//   node bench/import-ab.mjs corroborate ./.dist-before/index.js [runs]   # default 11 runs
//
// A specifier is resolved from the repository root: 'corroborate' is the package's own export
// (needs a built dist/), a path an old build kept for comparison (cp -r dist .dist-before).
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 11
if (args.length === 0) {
  process.stderr.write('usage: node bench/import-ab.mjs SPECIFIER [SPECIFIER...] [runs]\n')
  process.exit(2)
}
const reportCpu = "process.stderr.write('cpu:' + JSON.stringify(process.cpuUsage()))"

function cpuOf(code) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', `${code};${reportCpu}`], {
    cwd: root,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(result.stderr)
  const cpu = JSON.parse(result.stderr.slice(result.stderr.lastIndexOf('cpu:') + 4))
  return (cpu.user + cpu.system) / 1000
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const times = { bare: [] }
for (const specifier of args) times[specifier] = []
for (let i = 0; i < runs; i++) {
  times.bare.push(cpuOf(''))
  for (const specifier of args) times[specifier].push(cpuOf(`await import(${JSON.stringify(specifier)})`))
}
const bare = median(times.bare)
process.stdout.write(`bare node: ${bare.toFixed(1)} ms CPU (median of ${runs})\n`)
for (const specifier of args) {
  const cpu = median(times[specifier])
  process.stdout.write(`${specifier}: ${cpu.toFixed(1)} ms CPU, ${(cpu / bare).toFixed(2)}x\n`)
}
