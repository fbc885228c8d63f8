// The naive baseline align is measured against: TF-IDF cosine of every pair of statements
// from different articles (no index, no pruning), links at the threshold, then connected
// components. Same tokenizer, stemmer and stop words as corroborate (dist/text/natural.js,
// passed in as `natural`).

function vectorOf(text, ids, df, { stem, stopwords, tokenize }) {
  const tf = new Map()
  for (const token of tokenize(text)) {
    if (stopwords.has(token) || /[0-9]/.test(token)) continue
    const key = stem(token)
    let id = ids.get(key)
    if (id === undefined) {
      id = ids.size
      ids.set(key, id)
      df.push(0)
    }
    tf.set(id, (tf.get(id) ?? 0) + 1)
  }
  for (const id of tf.keys()) df[id] += 1
  return tf
}

/**
 * Groups statements ({ id, articleId, text }) by all-pairs TF-IDF cosine >= threshold;
 * `natural` is dist/text/natural.js ({ tokenize, stem, stopwords }).
 * Returns { groups, pairs } where pairs is the number of cosines computed.
 */
export function naiveAlign(statements, natural, threshold = 0.35) {
  const ids = new Map()
  const df = []
  const counts = statements.map((statement) => vectorOf(statement.text, ids, df, natural))
  const n = statements.length
  const vectors = counts.map((tf) => {
    const sorted = [...tf.keys()].sort((a, b) => a - b)
    const weights = sorted.map((id) => (1 + Math.log(tf.get(id))) * Math.log(1 + n / df[id]))
    const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) || 1
    return { ids: Int32Array.from(sorted), weights: Float64Array.from(weights, (w) => w / norm) }
  })
  const parent = Int32Array.from({ length: n }, (_, i) => i)
  const find = (i) => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }
  let pairs = 0
  for (let i = 0; i < n; i++) {
    const a = vectors[i]
    for (let j = i + 1; j < n; j++) {
      if (statements[j].articleId === statements[i].articleId) continue
      const b = vectors[j]
      pairs++
      let x = 0
      let y = 0
      let dot = 0
      while (x < a.ids.length && y < b.ids.length) {
        if (a.ids[x] === b.ids[y]) dot += a.weights[x++] * b.weights[y++]
        else if (a.ids[x] < b.ids[y]) x++
        else y++
      }
      if (dot >= threshold) parent[find(i)] = find(j)
    }
  }
  const groups = new Map()
  for (let i = 0; i < n; i++) {
    const root = find(i)
    if (!groups.has(root)) groups.set(root, [])
    groups.get(root).push(statements[i].id)
  }
  return { groups: [...groups.values()], pairs }
}
