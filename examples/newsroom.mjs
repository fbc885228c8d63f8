#!/usr/bin/env node
// Newsroom use: compare how several outlets covered one event and list what they dispute.
//
//   node examples/newsroom.mjs [event-folder] [--format text|markdown|html|json]
//
// Without --format it prints each disputed claim with the outlets' conflicting values; with
// --format it prints the whole report rendered in that format.
import { fileURLToPath } from 'node:url'
import { compare, render } from 'corroborate'
import { loadEvent } from './load-event.mjs'

const args = process.argv.slice(2)
const formatAt = args.indexOf('--format')
const format = formatAt === -1 ? null : args[formatAt + 1]
// The folder is the first argument that is neither a flag nor the value of --format.
const folder = args.find((arg, i) => !arg.startsWith('--') && (formatAt === -1 || i !== formatAt + 1))
const event = await loadEvent(folder ?? fileURLToPath(new URL('./ferry-capsize/', import.meta.url)))

const report = compare(event.articles, { outletMarkers: event.outletMarkers })

if (format !== null) {
  process.stdout.write(render(report, format))
} else {
  printDisputes(report)
}

function printDisputes(report) {
  const outletOf = new Map(report.articles.map((article) => [article.id, article.outlet]))
  const statementOf = new Map(report.articles.flatMap((a) => a.statements.map((s) => [s.id, s])))
  const disputed = report.claims.filter((claim) => claim.status === 'disputed')
  const { stats } = report
  console.log(`${event.event}`)
  console.log(
    `${stats.articles} articles, ${stats.claims} claims: ${stats.corroborated} corroborated, ` +
      `${stats.related} related, ${stats.disputed} disputed, ${stats.singleSource} single-source`,
  )
  for (const claim of disputed) {
    const first = statementOf.get(claim.statementIds[0])
    console.log(`\nDisputed: ${first?.text ?? claim.id}`)
    for (const comparison of claim.comparisons.filter((c) => c.status === 'diverge')) {
      const subject = comparison.subject === null ? '' : ` (${comparison.subject})`
      console.log(`  ${comparison.kind}${subject}: ${comparison.reason}`)
      for (const { articleId, statementId, detail } of comparison.values) {
        const statement = statementOf.get(statementId)
        const where = statement === undefined ? '' : ` at ${statement.line}:${statement.column}`
        console.log(`    ${outletOf.get(articleId) ?? articleId}: "${detail.text}"${where}`)
      }
    }
  }
}
