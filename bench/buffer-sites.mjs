// Where `compare` allocates typed arrays' data, on one corpus: every typed-array constructor
// (which `slice` and `subarray` call too) is wrapped to add the bytes of each new array larger
// than 64 bytes (smaller ones live inside V8's heap) to its two innermost callers. The sampling
// heap profiler (bench/alloc-sites.mjs) does not see this data, which lives outside the V8
// heap (`process.memoryUsage().arrayBuffers`) and is freed only when a collection finds its
// array dead: a large volume of it can be what a run's peak is made of. Views (`subarray`)
// share their buffer and are counted too, marked as views.
//
//   node bench/buffer-sites.mjs CORPUS.json [DIST_INDEX] [--top 25]
//
// Slower than a plain run (a stack trace per array); the bytes are exact, not sampled.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { corpusArticles } from './patched-build.mjs'

const argv = process.argv.slice(2)
const topAt = argv.indexOf('--top')
const top = topAt === -1 ? 25 : Number(argv[topAt + 1])
const [corpusPath, distIndex = 'dist/index.js'] = argv.filter(
  (arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--'),
)

const bytesBySite = new Map()
let counting = false
// The two innermost callers outside this file, with the path of the build cut off.
const site = () =>
  new Error().stack
    .split('\n')
    .slice(4, 6)
    .map((line) =>
      line
        .trim()
        .replace(/^at /, '')
        .replace(/\(?file:\/\/\S*?\/(dist|\.dist-[^/]+)\//, '')
        .replace(/\)$/, ''),
    )
    .join(' < ')
const count = (array, label) => {
  if (!counting || array.byteLength <= 64) return
  const key = `${label}${site()}`
  bytesBySite.set(key, (bytesBySite.get(key) ?? 0) + array.byteLength)
}
for (const name of [
  'Float64Array',
  'Float32Array',
  'Int32Array',
  'Uint32Array',
  'Uint16Array',
  'Int16Array',
  'Uint8Array',
  'Int8Array',
]) {
  // `slice` and `subarray` make their arrays through this constructor too (the species).
  const Base = globalThis[name]
  globalThis[name] = class extends Base {
    constructor(...args) {
      super(...args)
      count(this, args[0] instanceof ArrayBuffer ? 'view: ' : '')
    }
  }
}

const library = await import(pathToFileURL(resolve(distIndex)).href)
const articles = corpusArticles(corpusPath)
counting = true
const report = library.compare(articles)
counting = false

const statements = report.stats.statements
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1).padStart(7)
const kb = (bytes) => (bytes / 1024 / statements).toFixed(2).padStart(6)
let total = 0
for (const [key, bytes] of bytesBySite) if (!key.startsWith('view: ')) total += bytes
process.stdout.write(
  `${statements} statements; typed arrays' data made (views apart): ${mb(total).trim()} MB, ${kb(total).trim()} KB a statement\n`,
)
process.stdout.write('     MB  KB/st  site (innermost callers)\n')
for (const [key, bytes] of [...bytesBySite].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  process.stdout.write(`${mb(bytes)} ${kb(bytes)}  ${key}\n`)
}
