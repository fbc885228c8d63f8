import type { Unit } from './build.js'
import { cosine } from './similarity.js'
import type { SparseVector } from './weights.js'

/** Names of the features a pair of statements takes from its event, after the pair's own. */
export const contextFeatureNames = ['eventCosine'] as const

/**
 * Each article's vector: the sum of its statements' TF-IDF vectors (weighted over the
 * event), scaled to unit length. Two articles about the same event share their main terms.
 */
export function articleVectors(units: readonly Unit[], articles: number): SparseVector[] {
  const sums = Array.from({ length: articles }, () => new Map<number, number>())
  for (const unit of units) {
    const sum = sums[unit.article]!
    const { ids, weights } = unit.vector
    for (let i = 0; i < ids.length; i++) sum.set(ids[i]!, (sum.get(ids[i]!) ?? 0) + weights[i]!)
  }
  return sums.map((sum) => {
    const ids = [...sum.keys()].sort((a, b) => a - b)
    const weights = Float64Array.from(ids, (id) => sum.get(id)!)
    const norm = Math.sqrt(weights.reduce((total, weight) => total + weight * weight, 0))
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm
    return { ids: Int32Array.from(ids), weights }
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
