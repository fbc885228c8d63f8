// Where a whole `compare` run's peak memory falls, and what it is made of, in a run whose
// collections are V8's own: a worker thread reads the process's RSS every few milliseconds and
// keeps the most with the phase the main thread was in (analysis, align, compare stage, the
// findings), while a copy of the build samples `process.memoryUsage()` at the end of every
// `groupDetails` call and at the phase boundaries (V8 heap used, typed arrays' data outside it
// as `arrayBuffers`, RSS). It prints the peak, the phase it fell in, the sample nearest below
// it and the most `arrayBuffers` seen, in MB and in KB a statement above the RSS before
// `compare`.
//
//   node bench/peak-phase.mjs CORPUS.json DIST_DIR [--every 5]
//
// DIST_DIR is a build's dist/ (or a copy, .dist-before); --every is the worker's period in ms.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { corpusArticles, patchedBuild } from './patched-build.mjs'

const [corpusPath, distDir] = process.argv.slice(2)
const everyAt = process.argv.indexOf('--every')
const every = everyAt === -1 ? 5 : Number(process.argv[everyAt + 1])

const phases = ['before', 'analysis', 'align', 'compare stage', 'findings', 'after']

/** Anchor text in a file of the build, and what replaces it (a sample around it). */
const patches = [
  {
    file: 'compare/index.js',
    label: 'align, compare stage',
    from: 'return buildReport(articles, align(articles, options), resolved);',
    to: 'globalThis.__phase(2); const __claims = align(articles, options); globalThis.__phase(3); return buildReport(articles, __claims, resolved);',
  },
  {
    file: 'compare/index.js',
    label: 'findings',
    from: 'const findings = sortFindings(',
    to: (text) => `globalThis.__phase(4); ${text}`,
  },
  {
    file: 'compare/group.js',
    label: 'groupDetails',
    from: 'return eliminate(groups, tolerances, terms)',
    to: (text) => `globalThis.__sample('groupDetails'); ${text}`,
  },
]

const { copy, missing } = patchedBuild(distDir, patches, 'phase')

const articles = corpusArticles(corpusPath)
const library = await import(pathToFileURL(join(copy, 'index.js')).href)

// [0] the phase, [1] the peak RSS in KB the worker saw, [2] the phase it saw it in.
const shared = new Int32Array(new SharedArrayBuffer(12))
const sampler = new Worker(
  `const { workerData, parentPort } = require('node:worker_threads')
   const shared = new Int32Array(workerData.buffer)
   const timer = setInterval(() => {
     const kb = Math.round(process.memoryUsage.rss() / 1024)
     if (kb > Atomics.load(shared, 1)) { Atomics.store(shared, 1, kb); Atomics.store(shared, 2, Atomics.load(shared, 0)) }
   }, workerData.every)
   parentPort.on('message', () => { clearInterval(timer); parentPort.postMessage('done') })`,
  { eval: true, workerData: { buffer: shared.buffer, every } },
)
await new Promise((done) => sampler.once('online', done))

const started = performance.now()
// The statements, as `compare` will count them (for KB a statement).
const statements = articles.reduce((sum, article) => sum + library.segment(article.text).length, 0)
const mb = (bytes) => Math.round(bytes / 1024 / 102.4) / 10
const kb = (bytes) => Math.round((bytes / 1024 / statements) * 100) / 100
const shown = (sample) => ({
  at: `${sample.label} (${sample.phase}, ${sample.seconds} s)`,
  rssMb: mb(sample.rss),
  heapUsedMb: mb(sample.heapUsed),
  arrayBuffersMb: mb(sample.arrayBuffers),
  arrayBuffersKb: kb(sample.arrayBuffers),
})
let top = null
let mostBuffers = null
let latest = null
globalThis.__sample = (label) => {
  const usage = process.memoryUsage()
  const sample = {
    label,
    phase: phases[Atomics.load(shared, 0)],
    seconds: Math.round((performance.now() - started) / 100) / 10,
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    arrayBuffers: usage.arrayBuffers,
  }
  latest = sample
  if (top === null || sample.rss > top.rss) top = sample
  if (mostBuffers === null || sample.arrayBuffers > mostBuffers.arrayBuffers) mostBuffers = sample
}
const boundaries = []
globalThis.__phase = (phase) => {
  Atomics.store(shared, 0, phase)
  globalThis.__sample(phases[phase])
  boundaries.push(shown(latest))
}
const rssBefore = process.memoryUsage().rss
globalThis.__phase(1)
const report = library.compare(articles)
globalThis.__phase(5)
sampler.postMessage('stop')
await new Promise((done) => sampler.once('message', done))
await sampler.terminate()
rmSync(copy, { recursive: true, force: true })

if (report.stats.statements !== statements)
  throw new Error(`${report.stats.statements} statements, not ${statements}`)
const peak = process.resourceUsage().maxRSS * 1024
process.stdout.write(
  `${JSON.stringify({
    dist: distDir,
    statements,
    peakMb: mb(peak),
    peakAboveCorpusKb: kb(peak - rssBefore),
    peakPhase: phases[Atomics.load(shared, 2)],
    workerPeakMb: mb(Atomics.load(shared, 1) * 1024),
    topSample: shown(top),
    mostArrayBuffers: shown(mostBuffers),
    boundaries,
    missing: missing.length > 0 ? missing : undefined,
  })}\n`,
)
