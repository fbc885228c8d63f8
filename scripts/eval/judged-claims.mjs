// How many of 330 `corroborated` claims that readers judged one build still holds together,
// right and wrong ones apart: a before-and-after measure for a change to alignment. Readers
// who had not seen the code split each claim of corroborate at main b14c918 on the ECB+ dev
// events (up to 8 articles of one sub-topic, as scripts/eval/judge-sample.mjs draws them) into
// groups of statements that state one fact (judged-claims.json: statement ids and a hash of
// each statement's text, no corpus text). Prints, for the build in dist/:
// - pairs: of the statement pairs readers put in one fact, how many are still in one claim,
//   and of those they put in different facts; the precision of the pairs kept;
// - claims: of the claims judged one fact, how many are still whole; of those judged mixed,
//   how many are still held together as they were;
// - statuses: of the judged claims still held together, how many of each status now are one
//   fact (the precision of 'corroborated' among them).
// Statements whose text hash no longer matches (segmentation changed) are counted and left out.
// Skips with a message when ../shared is absent.
//
//   npm run build && node scripts/eval/judged-claims.mjs [--threshold T]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { eventReport, root, sharedDir, textHash } from './shared.mjs'

const shared = sharedDir()
if (shared !== null) {
  const { compare } = await import(join(root, 'dist/index.js'))
  const at = process.argv.indexOf('--threshold')
  const options = at < 0 ? undefined : { threshold: Number(process.argv[at + 1]) }
  const judged = JSON.parse(readFileSync(join(root, 'scripts/eval/judged-claims.json'), 'utf8')).claims
  const gold = JSON.parse(readFileSync(join(shared, 'data/ecb-align-dev.json'), 'utf8'))
  // Each judged event's claims: statement id -> claim id, and statement id -> text hash.
  const claimOf = new Map()
  const statusOf = new Map()
  const hashOf = new Map()
  for (const event of new Set(judged.map((claim) => claim.event))) {
    const [topicId, sub] = event.split('/')
    const topic = gold.topics.find((t) => String(t.id) === topicId)
    const report = eventReport(compare, topic, sub, 8, options)
    for (const article of report.articles)
      for (const s of article.statements) hashOf.set(`${event}|${s.id}`, textHash(s.text))
    for (const claim of report.claims) {
      statusOf.set(`${event}|${claim.id}`, claim.status)
      for (const id of claim.statementIds) claimOf.set(`${event}|${id}`, `${event}|${claim.id}`)
    }
  }
  const counts = {
    pos: 0,
    neg: 0,
    posKept: 0,
    negKept: 0,
    right: 0,
    wrong: 0,
    rightHeld: 0,
    wrongHeld: 0,
    moved: 0,
  }
  // status -> [held claims judged one fact, held claims judged mixed]
  const byStatus = new Map()
  for (const claim of judged) {
    const ids = Object.keys(claim.statements).filter((id) => {
      const same = hashOf.get(`${claim.event}|${id}`) === claim.statements[id]
      if (!same) counts.moved++
      return same
    })
    const groupOf = new Map()
    claim.groups.forEach((group, i) => {
      for (const id of group) groupOf.set(id, i)
    })
    const now = (id) => claimOf.get(`${claim.event}|${id}`)
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const kept = now(ids[i]) === now(ids[j])
        if (groupOf.get(ids[i]) === groupOf.get(ids[j])) {
          counts.pos++
          if (kept) counts.posKept++
        } else {
          counts.neg++
          if (kept) counts.negKept++
        }
      }
    }
    const held = ids.length > 1 && ids.every((id) => now(id) === now(ids[0]))
    if (held) {
      const tally = byStatus.get(statusOf.get(now(ids[0]))) ?? [0, 0]
      tally[claim.groups.length === 1 ? 0 : 1]++
      byStatus.set(statusOf.get(now(ids[0])), tally)
    }
    if (claim.groups.length === 1) {
      counts.right++
      if (held) counts.rightHeld++
    } else {
      counts.wrong++
      if (held) counts.wrongHeld++
    }
  }
  const precision = counts.posKept / Math.max(1, counts.posKept + counts.negKept)
  console.log(
    `judged pairs: one fact kept ${counts.posKept}/${counts.pos}, different facts kept ${counts.negKept}/${counts.neg}, precision of kept ${precision.toFixed(3)}`,
  )
  console.log(
    `judged claims: one fact still whole ${counts.rightHeld}/${counts.right}, mixed still held ${counts.wrongHeld}/${counts.wrong}` +
      (counts.moved > 0 ? `; ${counts.moved} statements left out (their text changed)` : ''),
  )
  console.log(
    `judged claims held, by status now: ${[...byStatus]
      .sort()
      .map(
        ([status, [one, mixed]]) =>
          `${status} ${one} one fact of ${one + mixed} (${(one / (one + mixed)).toFixed(3)})`,
      )
      .join('; ')}`,
  )
}
