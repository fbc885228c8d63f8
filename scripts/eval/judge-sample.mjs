// Seeded samples of `compare`'s verdicts on the ECB+ dev events, for a reader who has not
// seen the code to judge claim by claim: 60 disputed, 40 corroborated and 20 related claims
// (events of up to 8 articles, one sub-topic each), and for three events their statements with
// 15 single-source ones each. Skips with a message when ../shared is absent.
//
//   node scripts/eval/judge-sample.mjs OUT_DIR [SEED]
//
// SEED (default 0) draws other claims and three other events, for a judge who should not see
// the claims an earlier judge saw (and the fixes made from them).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eventReport, root, sharedDir } from './shared.mjs'

const shared = sharedDir()
const out = process.argv[2]
const seed = Number(process.argv[3] ?? 0)
if (shared !== null && out === undefined) {
  console.error('usage: node scripts/eval/judge-sample.mjs OUT_DIR')
  process.exitCode = 2
} else if (shared !== null) {
  const { compare } = await import(join(root, 'dist/index.js'))
  const gold = JSON.parse(readFileSync(join(shared, 'data/ecb-align-dev.json'), 'utf8'))
  const seeded = (seed) => () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const sample = (items, n, random) => {
    const pool = [...items]
    const picked = []
    while (picked.length < n && pool.length > 0)
      picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0])
    return picked
  }
  const claims = []
  for (const topic of gold.topics) {
    for (const sub of Object.keys(topic.subtopics)) {
      if (topic.subtopics[sub].length < 3) continue
      const report = eventReport(compare, topic, sub, 8)
      const text = new Map(report.articles.flatMap((a) => a.statements.map((s) => [s.id, s.text])))
      for (const claim of report.claims) {
        if (claim.status === 'single-source') continue
        claims.push({
          event: `${topic.id}/${sub}`,
          claim: claim.id,
          status: claim.status,
          statements: claim.statementIds.map((id) => `${id}: ${text.get(id)}`),
          comparisons: claim.comparisons
            .filter((c) => c.status !== 'unique')
            .map(
              (c) =>
                `${c.kind} ${c.status}${c.confidence === undefined ? '' : ` (confidence ${c.confidence})`}: ` +
                c.values.map((v) => `${v.detail.text} [${v.articleId}]`).join(' | '),
            ),
        })
      }
    }
  }
  mkdirSync(out, { recursive: true })
  const disputed = claims.filter((c) => c.status === 'disputed')
  const corroborated = claims.filter((c) => c.status === 'corroborated')
  const related = claims.filter((c) => c.status === 'related')
  writeFileSync(
    join(out, 'disputed-sample.json'),
    JSON.stringify(sample(disputed, 60, seeded(5 + seed)), null, 1),
  )
  writeFileSync(
    join(out, 'corroborated-sample.json'),
    JSON.stringify(sample(corroborated, 40, seeded(11 + seed)), null, 1),
  )
  writeFileSync(
    join(out, 'related-sample.json'),
    JSON.stringify(sample(related, 20, seeded(17 + seed)), null, 1),
  )
  let single = ''
  const random = seeded(3 + seed)
  const events =
    seed === 0
      ? [
          ['4', 'ecbplus'],
          ['13', 'ecbplus'],
          ['22', 'ecb'],
        ]
      : sample(
          gold.topics.flatMap((topic) =>
            Object.keys(topic.subtopics)
              .filter((sub) => topic.subtopics[sub].length >= 3)
              .map((sub) => [String(topic.id), sub]),
          ),
          3,
          random,
        )
  for (const [id, sub] of events) {
    const topic = gold.topics.find((t) => String(t.id) === id)
    const report = eventReport(compare, topic, sub, 5)
    // The first 5 articles only (the claim samples read up to 8): a statement single-source
    // here may share a claim with a sixth article's statement there, which a reader saw as a
    // contradiction; the header says so.
    single += `\n\n# EVENT ${id}/${sub} (its first 5 articles; the claim samples read up to 8)\n`
    for (const article of report.articles) {
      single += `\n## ARTICLE ${article.id}\n`
      for (const s of article.statements) if (s.kind !== 'fragment') single += `${s.id}: ${s.text}\n`
    }
    const ids = report.claims.filter((c) => c.status === 'single-source').map((c) => c.statementIds[0])
    single += `\n## SINGLE-SOURCE SAMPLE for ${id}/${sub}: ${sample(ids, 15, random).join(', ')}\n`
  }
  writeFileSync(join(out, 'single-source.md'), single)
  console.log(
    `${disputed.length} disputed, ${corroborated.length} corroborated and ${related.length} related claims; samples in ${out}`,
  )
}
