// Logistic regression as the fit scripts use it (scripts/fit-similarity.mjs,
// scripts/fit-word-vectors.mjs): Newton's method on the L2-penalised log loss (the intercept,
// column 0, is not penalised), a Gauss-Jordan solver, the fitted model's probability on
// standardised features, and ROC AUC by mean ranks (ties share their rank).

/**
 * A logistic model of `names.length` features fitted on several labelled sets, each set
 * weighing the same (every row 1 / (rows of its set x sets)): features standardised by their
 * weighted means and scales, then `newton` with an L2 `penalty`. Each set is `{ rows: [{ x, y }] }`.
 * Returns `{ features, means, scales, intercept, weights }`, the shape of `LogisticModel`.
 */
export function fitModel(sets, names, penalty) {
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
    penalty,
  )
  return { features: names, means, scales, intercept: beta[0], weights: beta.slice(1) }
}

/**
 * Coefficients (intercept first) of a logistic regression of `y` (0/1) on the rows of `X`
 * (each starting with 1 for the intercept), rows weighted by `w`, with an L2 `penalty`.
 */
export function newton(X, y, w, penalty) {
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

/** Solves A x = b by Gauss-Jordan elimination with partial pivoting. */
export function solve(A, b) {
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

/** A fitted model's probability for raw features `x` (standardised with its means and scales). */
export function probability(model, x) {
  let z = model.intercept
  x.forEach((v, j) => {
    z += model.weights[j] * ((v - model.means[j]) / model.scales[j])
  })
  return 1 / (1 + Math.exp(-z))
}

/** ROC AUC of `scores` against 0/1 `labels`, ties sharing their mean rank. */
export function auc(scores, labels) {
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
