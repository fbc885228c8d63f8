import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Article, ArticleInput, Options } from '../src/index.js'
import * as corroborate from '../src/index.js'

describe('the public API', () => {
  it('exports exactly the functions, classes and constants of DESIGN.md', () => {
    expect(Object.keys(corroborate).sort()).toEqual([
      'CorroborateError',
      'align',
      'alignAsync',
      'analyze',
      'checkFigures',
      'compare',
      'compareAsync',
      'defaultOptions',
      'english',
      'extractDetails',
      'groupByEvent',
      'isCorroborateError',
      'render',
      'schemaVersion',
      'segment',
      'similarity',
    ])
  })

  it('rejects bad input with a CorroborateError that carries a code', () => {
    expect(() => corroborate.compare([])).toThrowError(expect.objectContaining({ code: 'E_INPUT_EMPTY' }))
    expect(() => corroborate.compare([{ text: '   ' }])).toThrowError(
      expect.objectContaining({ code: 'E_INPUT_EMPTY' }),
    )
    expect(() => corroborate.compare([42 as unknown as string])).toThrowError(
      expect.objectContaining({ code: 'E_INPUT_TYPE' }),
    )
    expect(() => corroborate.compare(['A sentence.'], { threshold: 3 })).toThrowError(
      expect.objectContaining({ code: 'E_OPTION' }),
    )
    expect(() => corroborate.analyze({ text: 'x'.repeat(20) }, { maxInputLength: 10 })).toThrowError(
      expect.objectContaining({ code: 'E_INPUT_TOO_LARGE' }),
    )
  })

  it('declares analyze(input, options?) with no internal parameter', () => {
    // Checked by `tsc -p tsconfig.test.json`: the list position compare and checkFigures
    // need is analyzeAt's, which the entry does not export.
    expectTypeOf(corroborate.analyze).parameters.toEqualTypeOf<[ArticleInput, Options?]>()
    expectTypeOf(corroborate.analyze).returns.toEqualTypeOf<Article>()
    expect('analyzeAt' in corroborate).toBe(false)
  })
})
