import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script, without type declarations
import { boostedMargin, fitBoosted } from '../../scripts/lib/boosting.mjs'
import { orderedOverlap, orderedOverlapNames } from '../../src/align/ordered-overlap.js'
import { boostedFeatureNames, boostedFeatures, orderedPairFeatures } from '../../src/align/text-features.js'

const feature = (a: string, b: string, name: (typeof orderedOverlapNames)[number]) =>
  orderedPairFeatures(a, b)[orderedOverlapNames.indexOf(name)]!

describe('ordered-overlap features', () => {
  it('see word order, which the bag of words does not', () => {
    const a = 'The mayor thanked the police chief.'
    const kept = 'The mayor thanked the police chief on Friday.'
    const swapped = 'The police chief thanked the mayor.'
    expect(feature(a, kept, 'commonRun')).toBe(1)
    expect(feature(a, swapped, 'commonRun')).toBeLessThan(1)
    expect(feature(a, kept, 'bigramsMin')).toBeGreaterThan(feature(a, swapped, 'bigramsMin'))
    expect(feature(a, kept, 'bleu')).toBeGreaterThan(feature(a, swapped, 'bleu'))
  })

  it('place the first shared rare word, 1 when none is shared', () => {
    const early = feature(
      'Floodwater swept through Bramford overnight.',
      'Bramford woke to floodwater in its streets.',
      'firstRareShared',
    )
    expect(early).toBeLessThan(1)
    expect(feature('The shop opened.', 'A bakery closed early.', 'firstRareShared')).toBe(1)
  })

  it('are symmetric and bounded', () => {
    const a = 'Rescuers pulled 40 survivors from the wreckage by midday.'
    const b = 'Rescue teams freed 40 people trapped in the wreckage by noon.'
    expect(orderedPairFeatures(a, b)).toEqual(orderedPairFeatures(b, a))
    for (const value of orderedPairFeatures(a, b)) {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThanOrEqual(1)
    }
    expect(orderedOverlap([], [], [], [])).toEqual([0, 0, 0, 0, 1])
  })

  it('follow the pair and text features in the boosted trees’ feature list', () => {
    const features = boostedFeatures(new Array(15).fill(0), 'A quiet street.', 'A quiet road.')
    expect(features).toHaveLength(boostedFeatureNames.length)
    expect(boostedFeatureNames.slice(-orderedOverlapNames.length)).toEqual([...orderedOverlapNames])
  })
})

describe('the boosted-tree fitter of scripts/fit-similarity.mjs --boosted', () => {
  // y is 1 when x0 > 0.5 and x1 > 0.5: a product one linear model cannot draw.
  const rows = Array.from({ length: 400 }, (_, i) => {
    const x = [(i % 20) / 20, Math.floor(i / 20) / 20]
    return { x, y: x[0]! > 0.5 && x[1]! > 0.5 ? 1 : 0 }
  })
  const fitted = () =>
    fitBoosted([{ rows }], ['x0', 'x1'], { rounds: 40, depth: 2, shrinkage: 0.3, minWeight: 1 })

  it('learns an interaction of two features with trees of depth 2', () => {
    const model = fitted()
    expect(boostedMargin(model, [0.9, 0.9])).toBeGreaterThan(0)
    expect(boostedMargin(model, [0.9, 0.1])).toBeLessThan(0)
    expect(boostedMargin(model, [0.1, 0.9])).toBeLessThan(0)
  })

  it('is deterministic: the same rows give the same trees', () => {
    expect(fitted()).toEqual(fitted())
  })
})
