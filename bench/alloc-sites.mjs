// Where `compare` allocates what outlives the young generation, on one corpus: V8's sampling
// heap profiler over one `compare` call, keeping the samples of objects a minor collection
// found dead out (they never reached the old generation) and those a full collection found
// dead in. What it reports is what the old generation grows by between full collections,
// which sets the process's peak memory: by stage (the function under `compare`: analysis,
// `align`, `buildReport`) and by allocating function.
//
//   node --expose-gc bench/alloc-sites.mjs CORPUS.json [DIST_INDEX] [--top 30] [--interval 32768] [--stage NAME]
//
// --stage keeps the functions' lists to what one stage allocates (align, buildReport, analyzeAll).
// Sizes are the profiler's estimates from samples (one every `--interval` bytes on average).
import { Session } from 'node:inspector'
import { corpusArticles } from './patched-build.mjs'

const argv = process.argv.slice(2)
const option = (name, fallback) => {
  const at = argv.indexOf(name)
  return at === -1 ? fallback : Number(argv[at + 1])
}
const [corpusPath, distIndex = '../dist/index.js'] = argv.filter(
  (arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--'),
)
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc')
const top = option('--top', 30)
const interval = option('--interval', 32768)
const stageAt = argv.indexOf('--stage')
const onlyStage = stageAt === -1 ? undefined : argv[stageAt + 1]

const library = await import(new URL(distIndex, import.meta.url).href)
const articles = corpusArticles(corpusPath)

const session = new Session()
session.connect()
const post = (method, params = {}) =>
  new Promise((resolve, reject) => {
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result)))
  })
await post('HeapProfiler.enable')
await post('HeapProfiler.startSampling', {
  samplingInterval: interval,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: false,
})
const report = library.compare(articles)
// What is still in the young generation at the end has not outlived it: collect it first.
globalThis.gc({ type: 'minor' })
globalThis.gc({ type: 'minor' })
const { profile } = await post('HeapProfiler.stopSampling')
const statements = report.stats.statements

const byStage = new Map()
const bySite = new Map()
const add = (map, key, bytes) => map.set(key, (map.get(key) ?? 0) + bytes)
const frameName = ({ functionName, url, lineNumber }) =>
  `${functionName || '(anonymous)'} ${url.replace(/^.*\/(dist|\.dist-[^/]+)\//, '')}:${lineNumber + 1}`
const walk = (node, path) => {
  const here = [...path, node.callFrame]
  if (node.selfSize > 0) {
    const under = here.findIndex((frame) => frame.functionName === 'compare')
    const stage = under >= 0 && here[under + 1] ? here[under + 1].functionName || '(anonymous)' : '(outside)'
    add(byStage, stage, node.selfSize)
    if (onlyStage !== undefined && stage !== onlyStage) return walkChildren(node, here)
    // A builtin ('set', 'push') is named after the function that called it.
    const caller = here.findLast((frame) => frame.url !== '')
    const site =
      node.callFrame.url === '' && caller
        ? `${frameName(caller)} > ${node.callFrame.functionName}`
        : frameName(node.callFrame)
    add(bySite, site, node.selfSize)
  }
  walkChildren(node, here)
}
const walkChildren = (node, here) => {
  for (const child of node.children) walk(child, here)
}
walk(profile.head, [])
const kb = (bytes) => (bytes / 1024 / statements).toFixed(2)
console.log(`${statements} statements; KB a statement that outlived the young generation`)
console.log('by stage:')
for (const [stage, bytes] of [...byStage].sort((a, b) => b[1] - a[1]))
  console.log(`  ${kb(bytes).padStart(7)}  ${stage}`)
console.log('by allocating function:')
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${kb(bytes).padStart(7)}  ${site}`)
