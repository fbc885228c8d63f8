// Logistic regression as the fit scripts use it (scripts/fit-similarity.mjs,
// scripts/fit-word-vectors.mjs): Newton's method on the L2-penalised log loss (the intercept,
// column 0, is not penalised), a Gauss-Jordan solver, the fitted model's probability on
// standardised features, and ROC AUC by mean ranks (ties share their rank).

/**
 * A logistic model of `names.length` features fitted on several labelled sets, each set
 * weighing the same (every row 1 / (rows of its set x sets)): features standardised by their
 * weighted means and scales, then `newton` with an L2 `penalty`. Each set is `{ rows: [{ x, y }] }`.
 * `signs` (optional, by feature name: 1 or -1) bounds a weight's sign: a feature of shared
 * evidence may not count against a link, whatever quirk of the training pairs would make it
 * (see `signedNewton`). Returns `{ features, means, scales, intercept, weights }`, the shape of
 * `LogisticModel`.
 */
export function fitModel(sets, names, penalty, signs = {}) {
  const all = sets.flatMap((set) =>
    set.rows.map((row) => ({ ...row, w: 1 / (set.rows.length * sets.length) })),
  )
  const width = names.length
  const means = Array.from({ length: width }, (_, j) => all.reduce((s, r) => s + r.w * r.x[j], 0))
  const scales = means.map(
    (mean, j) => Math.sqrt(all.reduce((s, r) => s + r.w * (r.x[j] - mean) ** 2, 0)) || 1,
  )
  const design = all.map((r) => [1, ...r.x.map((v, j) => (v - means[j]) / scales[j])])
  const beta = signedNewton(
    design,
    all.map((r) => r.y),
    all.map((r) => r.w),
    penalty,
    names.map((name) => signs[name] ?? 0),
  )
  return { features: names, means, scales, intercept: beta[0], weights: beta.slice(1) }
}

/**
 * `newton` with a sign bound on some weights (`signs[j]` 1: at least 0, -1: at most 0, 0: free,
 * for the feature in column j + 1), by an active set: a weight whose sign breaks its bound is
 * held at 0 (the worst one each round) and the rest refitted; a held weight is freed again when
 * the loss's gradient there points into its allowed side. Deterministic, like `newton`.
 */
export function signedNewton(X, y, w, penalty, signs) {
  const held = new Set()
  let beta = newton(X, y, w, penalty, held)
  for (let round = 0; round < 4 * signs.length; round++) {
    let worst = -1
    for (let j = 0; j < signs.length; j++) {
      const breaks = signs[j] * beta[j + 1]
      if (!held.has(j + 1) && breaks < 0 && (worst < 0 || breaks < signs[worst] * beta[worst + 1])) worst = j
    }
    if (worst < 0) {
      const gradient = lossGradient(X, y, w, beta)
      let freed = -1
      for (const column of held) {
        const pull = -signs[column - 1] * gradient[column]
        if (pull > 1e-9 && (freed < 0 || pull > -signs[freed - 1] * gradient[freed])) freed = column
      }
      if (freed < 0) break
      held.delete(freed)
    } else held.add(worst + 1)
    // From the last round's weights: the same optimum, in a few iterations instead of ten.
    beta = newton(X, y, w, penalty, held, beta)
  }
  return beta
}

/** Gradient of the weighted log loss (without the penalty) at `beta`. */
function lossGradient(X, y, w, beta) {
  const gradient = new Array(X[0].length).fill(0)
  X.forEach((row, i) => {
    const p = 1 / (1 + Math.exp(-row.reduce((s, v, j) => s + v * beta[j], 0)))
    for (let a = 0; a < row.length; a++) gradient[a] += w[i] * (p - y[i]) * row[a]
  })
  return gradient
}

/**
 * Coefficients (intercept first) of a logistic regression of `y` (0/1) on the rows of `X`
 * (each starting with 1 for the intercept), rows weighted by `w`, with an L2 `penalty`;
 * the columns in `held` stay at 0. From zero, or from the weights `start` (the log loss is
 * convex, so the answer is the same to the stopping tolerance).
 */
export function newton(X, y, w, penalty, held = new Set(), start = null) {
  // Rows copied once into one flat typed array, and only the Hessian's upper triangle summed
  // (then mirrored): the similarity model's 59 features over 36,000 pairs, refitted for each
  // cross-validation fold, took minutes with nested arrays.
  const n = X.length
  const k = X[0].length
  const flat = new Float64Array(n * k)
  for (let i = 0; i < n; i++) flat.set(X[i], i * k)
  let beta = start === null ? new Array(k).fill(0) : start.map((b, j) => (held.has(j) ? 0 : b))
  const gradient = new Float64Array(k)
  const upper = new Float64Array(k * k)
  for (let iteration = 0; iteration < 50; iteration++) {
    gradient.fill(0)
    upper.fill(0)
    for (let i = 0; i < n; i++) {
      const at = i * k
      let z = 0
      for (let j = 0; j < k; j++) z += flat[at + j] * beta[j]
      const p = 1 / (1 + Math.exp(-z))
      const g = w[i] * (p - y[i])
      const h = w[i] * p * (1 - p)
      for (let a = 0; a < k; a++) {
        const va = flat[at + a]
        if (va === 0) continue
        gradient[a] += g * va
        const ha = h * va
        for (let b = a; b < k; b++) upper[a * k + b] += ha * flat[at + b]
      }
    }
    const hessian = Array.from({ length: k }, (_, a) =>
      Array.from({ length: k }, (_, b) => (b >= a ? upper[a * k + b] : upper[b * k + a])),
    )
    const step = [...gradient]
    for (let a = 1; a < k; a++) {
      step[a] += penalty * beta[a]
      hessian[a][a] += penalty
    }
    for (const a of held) {
      step[a] = 0
      hessian[a].fill(0)
      for (const row of hessian) row[a] = 0
      hessian[a][a] = 1
    }
    const delta = solve(hessian, step)
    beta = beta.map((b, j) => b - delta[j])
    if (Math.max(...delta.map(Math.abs)) < 1e-9) break
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
  // A NaN never equals itself: the tie loop below would not move past it.
  const bad = scores.findIndex((score) => !Number.isFinite(score))
  if (bad !== -1) throw new Error(`auc: score ${bad} is ${scores[bad]}, not a finite number`)
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
