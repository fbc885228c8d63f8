// CPU time of two builds of corroborate on one corpus of bench/peers/gen_corpus.py, interleaved
// event by event in one process (the order flipped every event and every round), so that the
// load of a shared machine falls on both alike. Prints each build's CPU ms and their ratio.
//
//   node bench/ab-inprocess.mjs CORPUS.json BEFORE/index.js AFTER/index.js [ROUNDS]
//
// Copy the old build first (cp -r dist .dist-before; .dist-*/ is ignored by git) and give paths
// inside the repository, so that both resolve the package's own dependencies.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [corpusPath, beforePath, afterPath, rounds = '1'] = process.argv.slice(2)
if (afterPath === undefined) {
  process.stderr.write(
    'usage: node bench/ab-inprocess.mjs CORPUS.json BEFORE/index.js AFTER/index.js [ROUNDS]\n',
  )
  process.exit(2)
}
const load = (path) => import(pathToFileURL(resolve(path)).href)
const builds = { before: await load(beforePath), after: await load(afterPath) }
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8'))
const events = new Map()
for (const article of corpus.articles) {
  const key = String(article.event ?? 0)
  if (!events.has(key)) events.set(key, [])
  events.get(key).push({ id: article.id, outlet: article.outlet, text: article.sentences.join(' ') })
}
const list = [...events.values()]
// Warm-up on a few articles, so that JIT compilation is not timed.
for (const build of Object.values(builds)) build.compare(list[0].slice(0, 3))
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const spent = { before: 0, after: 0 }
for (let round = 0; round < Number(rounds); round++) {
  list.forEach((articles, i) => {
    for (const name of (i + round) % 2 === 0 ? ['after', 'before'] : ['before', 'after']) {
      const start = cpuMs()
      builds[name].compare(articles)
      spent[name] += cpuMs() - start
    }
  })
}
process.stdout.write(
  `${JSON.stringify({
    events: list.length,
    rounds: Number(rounds),
    beforeCpuMs: Math.round(spent.before),
    afterCpuMs: Math.round(spent.after),
    ratio: Number((spent.after / spent.before).toFixed(3)),
  })}\n`,
)
