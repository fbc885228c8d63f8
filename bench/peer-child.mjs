// One measured process for bench/peer.mjs: reads a corpus of bench/peers/gen_corpus.py, compares
// each event's articles with corroborate (in input order, one core) and prints a JSON summary.
//
//   node bench/peer-child.mjs CORPUS.json [DIST_INDEX]   # default: the bundle the package exports
import { readFileSync } from 'node:fs'

const started = performance.now()
const [corpusPath, distIndex = '../dist/bundle/index.js'] = process.argv.slice(2)
const library = await import(new URL(distIndex, import.meta.url).href)
const imported = performance.now()
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8'))
const events = new Map()
let bytes = 0
for (const article of corpus.articles) {
  const text = article.sentences.join(' ')
  bytes += Buffer.byteLength(text)
  const key = String(article.event ?? 0)
  if (!events.has(key)) events.set(key, [])
  events.get(key).push({ id: article.id, outlet: article.outlet, text })
}
globalThis.gc?.()
const rssBefore = process.memoryUsage().rss
// CPU time as well as wall time: on a loaded machine wall time mostly measures the others' load.
const cpuStart = process.cpuUsage()
const start = performance.now()
let statements = 0
let claims = 0
for (const articles of events.values()) {
  const report = library.compare(articles)
  statements += report.stats.statements
  claims += report.claims.length
}
const compareMs = performance.now() - start
const cpu = process.cpuUsage(cpuStart)
const peakMb = process.resourceUsage().maxRSS / 1024
process.stdout.write(
  JSON.stringify({
    events: events.size,
    articles: corpus.articles.length,
    statements,
    claims,
    bytes,
    importMs: imported - started,
    compareMs,
    compareCpuMs: (cpu.user + cpu.system) / 1000,
    peakMb,
    rssBeforeMb: rssBefore / 1024 / 1024,
  }),
)
