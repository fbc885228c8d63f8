#!/usr/bin/env node
// Research use: compare a pile of coverage in one go, one JSON report per event.
//
//   node examples/research-batch.mjs [folder] [out-folder] [--group]
//
// Every sub-folder of `folder` (default: this examples folder) that holds articles is one
// event. With --group the folders are ignored: all articles go into one pile and
// groupByEvent sorts them into events. Reports go to `out-folder` (default ./corroborate-out),
// and one summary line per event goes to stdout.
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compare, groupByEvent, render } from 'corroborate'
import { isEventFolder, loadEvent } from './load-event.mjs'

const args = process.argv.slice(2)
const group = args.includes('--group')
const [root = fileURLToPath(new URL('.', import.meta.url)), out = 'corroborate-out'] = args.filter(
  (arg) => !arg.startsWith('--'),
)

const events = []
for (const entry of (await readdir(root, { withFileTypes: true })).sort(byName)) {
  const folder = join(root, entry.name)
  if (entry.isDirectory() && (await isEventFolder(folder))) events.push(await loadEvent(folder))
}
if (events.length === 0) {
  console.error(`No event folders with articles under ${root}.`)
  process.exit(2)
}

const outletMarkers = [...new Set(events.flatMap((event) => event.outletMarkers))]
const batches = group
  ? groupByEvent(
      events.flatMap((event) => event.articles),
      { outletMarkers },
    ).map((articles, i) => ({ name: `event-${i + 1}`, articles, outletMarkers }))
  : events

await mkdir(out, { recursive: true })
for (const batch of batches) {
  const report = compare(batch.articles, { outletMarkers: batch.outletMarkers })
  const file = join(out, `${batch.name}.json`)
  await writeFile(file, render(report, 'json'))
  const { stats } = report
  console.log(
    `${batch.name}: ${stats.articles} articles (${batch.articles.map((a) => a.id).join(', ')}), ` +
      `${stats.claims} claims, ${stats.disputed} disputed, ${stats.corroborated} corroborated, ` +
      `${stats.singleSource} single-source, ${stats.findings} findings -> ${relative(process.cwd(), file)}`,
  )
}

function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}
