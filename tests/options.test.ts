import { describe, expect, it } from 'vitest'
import { defaultOptions, resolveOptions } from '../src/options.js'
import { normalizeInputs } from '../src/parse/input.js'

describe('resolveOptions', () => {
  it('fills every default once, and says which similarity is in use', () => {
    expect(resolveOptions(undefined)).toEqual(defaultOptions)
    expect(resolveOptions({ threshold: 0.5, similarity: () => 1 })).toMatchObject({
      threshold: 0.5,
      similarity: 'custom',
      hedgeTolerance: 0.1,
    })
  })

  it('defaults every compare tolerance to the value the comparison rules document', () => {
    expect(defaultOptions).toMatchObject({
      hedgeTolerance: 0.1,
      roundingTolerance: 0.05,
      minRoundingStep: 100,
      nameSimilarity: 0.93,
      wildcardMaxRatio: 10,
      quoteOverlap: 0.5,
      sameSpeakerQuoteOverlap: 0.2,
    })
    expect(resolveOptions({ minRoundingStep: 10, quoteOverlap: 0.9 })).toMatchObject({
      minRoundingStep: 10,
      quoteOverlap: 0.9,
      nameSimilarity: 0.93,
    })
  })

  it.each([
    [{ threshold: 1.5 }, "Option 'threshold' must be a number from 0 to 1; received 1.5."],
    [{ hedgeTolerance: -0.1 }, "Option 'hedgeTolerance' must be a number from 0 to 1; received -0.1."],
    [{ granularity: 'word' }, "Option 'granularity' must be 'sentence' or 'clause'; received 'word'."],
    [{ format: 'pdf' }, "Option 'format' must be one of 'text', 'markdown', 'html'; received 'pdf'."],
    [
      { maxInputLength: 0 },
      "Option 'maxInputLength' must be a positive whole number of characters; received 0.",
    ],
    [
      { referenceDate: 'last week' },
      "Option 'referenceDate' must be an ISO 8601 date such as '2025-05-09'; received 'last week'.",
    ],
    [{ outletMarkers: [''] }, "Option 'outletMarkers' must be a list of non-empty outlet names; received ."],
    [{ nameSimilarity: 93 }, "Option 'nameSimilarity' must be a number from 0 to 1; received 93."],
    [{ quoteOverlap: -0.5 }, "Option 'quoteOverlap' must be a number from 0 to 1; received -0.5."],
    [
      { sameSpeakerQuoteOverlap: Number.NaN },
      "Option 'sameSpeakerQuoteOverlap' must be a number from 0 to 1; received NaN.",
    ],
    [{ minRoundingStep: 0 }, "Option 'minRoundingStep' must be a positive number; received 0."],
    [{ wildcardMaxRatio: -10 }, "Option 'wildcardMaxRatio' must be a positive number; received -10."],
    [{ wildcardMaxRatio: '10' }, "Option 'wildcardMaxRatio' must be a positive number; received '10'."],
  ])('rejects %j with an actionable message', (options, message) => {
    expect(() => resolveOptions(options as never)).toThrowError(message)
  })
})

describe('normalizeInputs', () => {
  const options = resolveOptions({})

  it('numbers articles a1, a2 ... and uses the id as outlet when none is given', () => {
    const inputs = normalizeInputs(
      ['First report.', { outlet: 'Harbour Herald', text: 'Second report.' }],
      options,
    )
    expect(inputs.map(({ id, outlet }) => [id, outlet])).toEqual([
      ['a1', 'a1'],
      ['a2', 'Harbour Herald'],
    ])
  })

  it('refuses duplicate ids, non-string fields and bad dates with the article named', () => {
    expect(() =>
      normalizeInputs(
        [
          { id: 'x', text: 'One.' },
          { id: 'x', text: 'Two.' },
        ],
        options,
      ),
    ).toThrowError("Two articles share the id 'x'; give each a unique id.")
    expect(() => normalizeInputs([{ text: 'One.', outlet: 7 as unknown as string }], options)).toThrowError(
      "Article 1: 'outlet' must be a string; received number.",
    )
    expect(() => normalizeInputs([{ text: 'One.', publishedAt: 'Thursday' }], options)).toThrowError(
      /Article 1 has publishedAt 'Thursday'/,
    )
    expect(() => normalizeInputs('One.' as never, options)).toThrowError(/Wrap a single article in \[ \]/)
  })
})
