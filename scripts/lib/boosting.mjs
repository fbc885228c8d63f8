// Gradient-boosted shallow trees as scripts/fit-similarity.mjs fits them: Newton boosting on
// the weighted log loss (each tree fitted to the loss's gradient and curvature, XGBoost's
// second-order gain with an L2 penalty on leaf values), splits chosen among quantile cut
// points of each feature, every tree complete to its depth. No randomness: the same rows give
// the same trees.

/**
 * A boosted model of `names.length` features fitted on several labelled sets, each set
 * weighing the same in total (every row N / (rows of its set x sets), so that the weights sum
 * to the number of rows and `lambda` and `minWeight` read in rows). Each set is
 * `{ rows: [{ x, y }] }`. Options: `rounds` trees of `depth` levels, each leaf's value scaled
 * by `shrinkage`; `lambda`, the L2 penalty on a leaf's value; `minWeight`, the least curvature
 * (about rows x 0.25) a side of a split must hold; `cuts`, the most split points per feature;
 * `start`, each row's starting log-odds (a function of the row; default the weighted base
 * rate). Returns `{ features, depth, base, splitFeatures, thresholds, leaves }`: tree t's node
 * n (0-based, breadth first, children 2n+1 and 2n+2) tests `x[splitFeatures[t * inner + n]] >
 * thresholds[...]` (inner = 2^depth - 1), and its leaves are `leaves[t * 2^depth ...]`.
 */
export function fitBoosted(sets, names, options) {
  const { rounds, depth, shrinkage, lambda = 1, minWeight = 5, cuts = 64 } = options
  const rows = sets.flatMap((set) => set.rows.map((row) => ({ ...row, set })))
  const n = rows.length
  const width = names.length
  const weights = Float64Array.from(rows, (row) => n / (row.set.rows.length * sets.length))
  const labels = Float64Array.from(rows, (row) => row.y)
  const positive = rows.reduce((s, row, i) => s + weights[i] * row.y, 0) / n
  const base = Math.log(positive / (1 - positive))
  const margin = Float64Array.from(rows, (row) => (options.start ? options.start(row) : base))

  // Each feature's cut points (midpoints between the distinct values at its quantiles) and
  // each row's bin: bin b holds the values between cut b - 1 and cut b.
  const thresholdsOf = []
  const bins = new Uint8Array(n * width)
  for (let j = 0; j < width; j++) {
    const values = Float64Array.from(rows, (row) => row.x[j]).sort()
    const distinct = [...new Set(values)]
    const points = []
    if (distinct.length <= cuts) {
      for (let k = 1; k < distinct.length; k++) points.push((distinct[k - 1] + distinct[k]) / 2)
    } else {
      for (let k = 1; k < cuts; k++) {
        const at = values[Math.floor((k * n) / cuts)]
        const next = distinct.find((v) => v > at)
        if (next === undefined) break
        const point = (at + next) / 2
        if (points.length === 0 || point > points.at(-1)) points.push(point)
      }
    }
    thresholdsOf.push(points)
    rows.forEach((row, i) => {
      bins[i * width + j] = binOf(points, row.x[j])
    })
  }

  const inner = 2 ** depth - 1
  const splitFeatures = []
  const thresholds = []
  const leaves = []
  const node = new Int32Array(n)
  const gradient = new Float64Array(n)
  const curvature = new Float64Array(n)
  for (let t = 0; t < rounds; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-margin[i]))
      gradient[i] = weights[i] * (p - labels[i])
      curvature[i] = weights[i] * p * (1 - p)
    }
    node.fill(0)
    for (let level = 0; level < depth; level++) {
      const first = 2 ** level - 1
      const count = 2 ** level
      // Histograms of gradient and curvature by node of this level, feature and bin.
      const size = cuts + 1
      const G = new Float64Array(count * width * size)
      const H = new Float64Array(count * width * size)
      for (let i = 0; i < n; i++) {
        const offset = (node[i] - first) * width * size
        const g = gradient[i]
        const h = curvature[i]
        for (let j = 0; j < width; j++) {
          const at = offset + j * size + bins[i * width + j]
          G[at] += g
          H[at] += h
        }
      }
      const chosen = []
      for (let k = 0; k < count; k++) {
        let best = { gain: 1e-12, feature: 0, bin: -1 }
        for (let j = 0; j < width; j++) {
          const at = (k * width + j) * size
          let gTotal = 0
          let hTotal = 0
          for (let b = 0; b < size; b++) {
            gTotal += G[at + b]
            hTotal += H[at + b]
          }
          const whole = (gTotal * gTotal) / (hTotal + lambda)
          let gLeft = 0
          let hLeft = 0
          for (let b = 0; b < thresholdsOf[j].length; b++) {
            gLeft += G[at + b]
            hLeft += H[at + b]
            const hRight = hTotal - hLeft
            if (hLeft < minWeight || hRight < minWeight) continue
            const gRight = gTotal - gLeft
            const gain = (gLeft * gLeft) / (hLeft + lambda) + (gRight * gRight) / (hRight + lambda) - whole
            if (gain > best.gain) best = { gain, feature: j, bin: b }
          }
        }
        chosen.push(best)
        splitFeatures.push(best.feature)
        // No split worth making: every row goes left, past any value.
        thresholds.push(best.bin < 0 ? Number.POSITIVE_INFINITY : thresholdsOf[best.feature][best.bin])
      }
      for (let i = 0; i < n; i++) {
        const { feature, bin } = chosen[node[i] - first]
        node[i] = 2 * node[i] + 1 + (bin >= 0 && bins[i * width + feature] > bin ? 1 : 0)
      }
    }
    const gLeaf = new Float64Array(inner + 1)
    const hLeaf = new Float64Array(inner + 1)
    for (let i = 0; i < n; i++) {
      gLeaf[node[i] - inner] += gradient[i]
      hLeaf[node[i] - inner] += curvature[i]
    }
    const values = Array.from(gLeaf, (g, k) => (-shrinkage * g) / (hLeaf[k] + lambda))
    leaves.push(...values)
    for (let i = 0; i < n; i++) margin[i] += values[node[i] - inner]
  }
  return { features: names, depth, base, splitFeatures, thresholds, leaves }
}

/** The bin of `value` among sorted cut points: how many of them it exceeds. */
function binOf(points, value) {
  let low = 0
  let high = points.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (value > points[mid]) low = mid + 1
    else high = mid
  }
  return low
}

/** A boosted model's log-odds for raw features `x`, from `base` (its trees added to it). */
export function boostedMargin(model, x, base = model.base) {
  const inner = 2 ** model.depth - 1
  const trees = model.leaves.length / (inner + 1)
  let z = base
  for (let t = 0; t < trees; t++) {
    let k = 0
    for (let level = 0; level < model.depth; level++) {
      const at = t * inner + k
      k = 2 * k + 1 + (x[model.splitFeatures[at]] > model.thresholds[at] ? 1 : 0)
    }
    z += model.leaves[t * (inner + 1) + k - inner]
  }
  return z
}
