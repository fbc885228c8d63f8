// ECB+ dev topics as an alignment task: every topic's articles go through `compare` with
// default options (both sub-topics together, as a pile of coverage arrives), every pair of
// statements in one claim becomes a link scored by the claim's cohesion, and
// ../shared/eval/score_align.py scores the links against the gold sentence pairs.
//
//   node scripts/eval/ecb-align.mjs [--topics 1,2] [--threshold T] [--out links.json] [-- extra score_align args]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root, sharedDir } from './shared.mjs'

const shared = sharedDir()
if (shared !== null) {
  const { compare } = await import(join(root, 'dist/index.js'))
  const args = process.argv.slice(2)
  const dash = args.indexOf('--')
  const extra = dash >= 0 ? args.slice(dash + 1) : []
  const own = dash >= 0 ? args.slice(0, dash) : args
  const flag = (name) => {
    const i = own.indexOf(name)
    return i >= 0 ? own[i + 1] : undefined
  }
  const wanted = flag('--topics')?.split(',')
  const gold = JSON.parse(readFileSync(join(shared, 'data/ecb-align-dev.json'), 'utf8'))
  const output = []
  const started = performance.now()
  let statements = 0
  for (const topic of gold.topics) {
    if (wanted && !wanted.includes(String(topic.id))) continue
    const options = flag('--threshold') === undefined ? {} : { threshold: Number(flag('--threshold')) }
    const report = compare(
      topic.docs.map((doc) => ({ id: doc.id, text: doc.text, format: 'text' })),
      options,
    )
    const byId = new Map()
    for (const article of report.articles) for (const s of article.statements) byId.set(s.id, s)
    statements += byId.size
    const links = []
    for (const claim of report.claims) {
      const members = claim.statementIds.map((id) => byId.get(id))
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const a = members[i]
          const b = members[j]
          links.push([a.articleId, a.start, a.end, b.articleId, b.start, b.end, claim.score])
        }
      }
    }
    output.push({ topic: topic.id, links })
  }
  const seconds = (performance.now() - started) / 1000
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-eval-'))
  const file = flag('--out') ?? join(dir, 'links.json')
  writeFileSync(file, JSON.stringify(output))
  console.log(
    `ECB+ dev alignment: ${output.length} topics, ${statements} statements, compare ${seconds.toFixed(1)} s`,
  )
  const scorer = join(shared, 'eval/score_align.py')
  console.log(
    execFileSync('python3', [scorer, join(shared, 'data/ecb-align-dev.json'), file, ...extra], {
      encoding: 'utf8',
    }),
  )
}
