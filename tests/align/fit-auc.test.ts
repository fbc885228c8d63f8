// The ROC AUC of scripts/lib/logistic.mjs, which the fit script reports every model by.
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script, without type declarations
import { auc } from '../../scripts/lib/logistic.mjs'

describe('auc of the fit script', () => {
  it('ranks ties at their mean rank', () => {
    expect(auc([0.1, 0.4, 0.4, 0.9], [0, 0, 1, 1])).toBe(0.875)
  })

  it('refuses a score that is not a number instead of looping on it', () => {
    expect(() => auc([0.2, Number.NaN, 0.7], [0, 1, 1])).toThrow(/score 1 is NaN/)
  })
})
