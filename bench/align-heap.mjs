// Live heap of `compare` on one big event at the boundaries of align's steps, in a copy of a
// build with a probe at each: the probe runs a full collection and records `heapUsed +
// arrayBuffers` above the heap before `compare`, in KB a statement. The collections lower the
// run's peak RSS (printed too); the live sizes are the steadier measure of what a change saves.
//
//   node --expose-gc bench/align-heap.mjs CORPUS.json DIST_DIR [--snapshot LABEL] [--big N]
//
// DIST_DIR is a build's dist/ (or a copy, .dist-before). Probes, in order: analysed (the
// articles), profiled (the last statement's tokens and profile made, with the interner and
// its memories alive), tokens (before `weigh`, the interner dropped), prepared
// (align's prepared statements), built (claims built: align's peak), aligned (align's claims),
// judging (the most, over claims of `--big` statements or more (default 1,000), when a claim's
// detail groups and comparisons are made), judged (every claim compared, before the findings),
// report (the returned report). A probe whose anchor text a build lacks is left out and named.
// With --snapshot, a heap snapshot (v8.writeHeapSnapshot) is written at that probe. With
// --no-gc, the probes collect nothing and record the heap and RSS as they are (MB) and the
// seconds since `compare` began: where the heap grows, in a run whose collections are V8's own.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import v8 from 'node:v8'
import { corpusArticles, patchedBuild } from './patched-build.mjs'

const [corpusPath, distDir] = process.argv.slice(2)
const snapshotAt = process.argv.indexOf('--snapshot')
const snapshotLabel = snapshotAt === -1 ? '' : process.argv[snapshotAt + 1]
const collect = !process.argv.includes('--no-gc')
const bigAt = process.argv.indexOf('--big')
globalThis.__big = bigAt === -1 ? 1000 : Number(process.argv[bigAt + 1])
if (collect && typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc')

/**
 * Anchor text in a file of the build (or one of several, as builds differ), and what replaces
 * it (the probe around it).
 */
const patches = [
  {
    file: 'compare/index.js',
    label: 'analysed, aligned',
    from: 'return buildReport(articles, align(articles, options), resolved);',
    to: "globalThis.__probe('analysed'); const __claims = align(articles, options); globalThis.__probe('aligned'); return buildReport(articles, __claims, resolved);",
  },
  {
    file: 'align/index.js',
    label: 'profiled',
    from: ['countFeatures(counts, lexical);', 'return lexical;'],
    to: (text) =>
      `if (statement === statements[statements.length - 1]) globalThis.__probe('profiled'); ${text}`,
  },
  {
    file: 'align/index.js',
    label: 'tokens',
    from: ['const nameCounts = new Map();', 'const { vectors, vocabulary } = weighCounts('],
    to: (text) => `globalThis.__probe('tokens'); ${text}`,
  },
  {
    file: 'align/index.js',
    label: 'prepared',
    from: 'function start(articles, options) {\n    const prepared = prepare(articles, options);',
    to: "function start(articles, options) {\n    const prepared = prepare(articles, options); globalThis.__probe('prepared');",
  },
  {
    file: 'align/index.js',
    label: 'built',
    from: [
      'function finish(prepared, built, scorer, corroboration) {',
      'function finish(prepared, built, scorer) {',
    ],
    to: (text) => `${text} globalThis.__probe('built');`,
  },
  {
    file: 'compare/details.js',
    label: 'judging',
    from: 'const disputed = comparisons.some(',
    to: (text) => `if (statements.length >= globalThis.__big) globalThis.__probe('judging'); ${text}`,
  },
  {
    file: 'compare/index.js',
    label: 'judged',
    from: 'const findings = sortFindings(',
    to: (text) => `globalThis.__probe('judged'); ${text}`,
  },
]

const { copy, missing } = patchedBuild(distDir, patches, 'probe')

const articles = corpusArticles(corpusPath)
const library = await import(pathToFileURL(join(copy, 'index.js')).href)
const live = () => {
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}
globalThis.gc?.()
const rssBefore = process.memoryUsage().rss
const before = live()
const probes = []
const started = performance.now()
const mb = (bytes) => Math.round(bytes / 1024 / 1024)
globalThis.__probe = (label) => {
  if (!collect) {
    const { heapUsed, rss } = process.memoryUsage()
    const seconds = Math.round((performance.now() - started) / 100) / 10
    probes.push({ label, at: { seconds, heapMb: mb(heapUsed), rssMb: mb(rss) } })
    return
  }
  // Twice: V8 frees a dead typed array's buffer only after the collection that finds it dead.
  globalThis.gc()
  globalThis.gc()
  const bytes = live() - before
  // A probe reached more than once (judging) keeps its most.
  const known = probes.find((probe) => probe.label === label)
  if (known !== undefined && known.bytes >= bytes) return
  if (known === undefined) probes.push({ label, bytes })
  else known.bytes = bytes
  if (label === snapshotLabel) process.stderr.write(`snapshot: ${v8.writeHeapSnapshot()}\n`)
}
const report = library.compare(articles)
globalThis.__probe('report')
const statements = report.stats.statements
const peakMb = process.resourceUsage().maxRSS / 1024
rmSync(copy, { recursive: true, force: true })
const kb = (bytes) => Math.round((bytes / 1024 / statements) * 100) / 100
process.stdout.write(
  `${JSON.stringify({
    dist: distDir,
    statements,
    ...Object.fromEntries(probes.map(({ label, bytes, at }) => [label, at ?? kb(bytes)])),
    peakAboveCorpusKb: kb(peakMb * 1024 * 1024 - rssBefore),
    missing: missing.length > 0 ? missing : undefined,
  })}\n`,
)
