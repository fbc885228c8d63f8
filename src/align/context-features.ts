import type { Unit } from './build.js'
import { cosine } from './similarity.js'
import { ownVector, type SparseVector } from './weights.js'

/** Names of the features a pair of statements takes from its event, after the pair's own. */
export const contextFeatureNames = ['eventCosine'] as const

/**
 * Each article's vector: the sum of its statements' TF-IDF vectors (weighted over the
 * event), scaled to unit length. Two articles about the same event share their main terms.
 */
export function articleVectors(units: readonly Unit[], articles: number): SparseVector[] {
  // Each article's units, in order; the sums are kept spread out by feature id, one article at
  // a time (a Map an article held one entry per feature of its statements, hundreds each).
  const unitsOf: number[][] = Array.from({ length: articles }, () => [])
  let features = 0
  units.forEach((unit, i) => {
    unitsOf[unit.article]!.push(i)
    const { ids, at, length } = unit.vector
    if (length > 0) features = Math.max(features, ids[at + length - 1]! + 1)
  })
  const sum = new Float64Array(features)
  // The features of the article at hand, and the last article each was found in.
  const found: number[] = []
  const foundIn = new Int32Array(features).fill(-1)
  return unitsOf.map((members, article) => {
    found.length = 0
    for (const member of members) {
      const { ids, weights, at, length } = units[member]!.vector
      for (let i = at; i < at + length; i++) {
        const id = ids[i]!
        if (foundIn[id] !== article) {
          foundIn[id] = article
          found.push(id)
        }
        sum[id]! += weights[i]!
      }
    }
    const ids = Int32Array.from(found).sort()
    const weights = Float64Array.from(ids, (id) => sum[id]!)
    for (const id of found) sum[id] = 0
    const norm = Math.sqrt(weights.reduce((total, weight) => total + weight * weight, 0))
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm
    return ownVector(ids, weights)
  })
}

/**
 * What the event says about a pair of statements: the cosine of their TF-IDF vectors
 * weighted over the event's own statements (a word every outlet of this event uses, such as
 * the main person's name, says little about which fact a statement states). The cosine of
 * their articles' vectors is not a feature: fitted on ECB+, where annotated sentences of one
 * event are mostly linked, it glued every pair of one event together; `align` reads it only to
 * decide whether a shared figure slot counts (`sameEventCosine`).
 */
export function contextFeatures(units: readonly Unit[], a: number, b: number): number[] {
  const features: number[] = []
  writeContextFeatures(features, 0, units, a, b)
  return features
}

/** `contextFeatures` written into `out` from index `from`, for a reused feature array. */
export function writeContextFeatures(
  out: number[],
  from: number,
  units: readonly Unit[],
  a: number,
  b: number,
): void {
  out[from] = cosine(units[a]!.vector, units[b]!.vector)
}
