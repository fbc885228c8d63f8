import { describe, expect, expectTypeOf, it } from 'vitest'
import { extractDetails } from '../src/index.js'
import type {
  Detail,
  DetailExtractor,
  DetailKind,
  FindingRule,
  InputFormat,
  Interval,
  Language,
  MoneyValue,
  Options,
  ResolvedOptions,
  SimilarityFunction,
} from '../src/types.js'

/** The type of `value` on a detail of kind `K`. */
type ValueOf<K extends Detail['kind']> = (Detail & { kind: K })['value']

// `Detail` is a union tagged by `kind`: checked by `tsc -p tsconfig.test.json` (the
// expectTypeOf lines) and, for the narrowing a user writes, at run time.
describe('Detail', () => {
  it('types value by kind', () => {
    expectTypeOf<ValueOf<'money'>>().toEqualTypeOf<MoneyValue>()
    expectTypeOf<ValueOf<'count'>>().toEqualTypeOf<number | Interval>()
    expectTypeOf<ValueOf<'percent'>>().toEqualTypeOf<number | Interval>()
    expectTypeOf<ValueOf<'date'>>().toEqualTypeOf<string>()
    expectTypeOf<ValueOf<'quote'>>().toEqualTypeOf<string>()
    expectTypeOf<Detail['kind']>().toEqualTypeOf<DetailKind>()
  })

  it('takes its kinds, and findings their rules, from the registries as literal unions', () => {
    // Derived from `detailKinds` and `findingRules`: still closed unions, not `string`.
    expectTypeOf<'quantity'>().toMatchTypeOf<DetailKind>()
    expectTypeOf<'vote-tally'>().not.toMatchTypeOf<DetailKind>()
    expectTypeOf<string>().not.toMatchTypeOf<DetailKind>()
    expectTypeOf<'empty-article'>().toMatchTypeOf<FindingRule>()
    expectTypeOf<string>().not.toMatchTypeOf<FindingRule>()
  })

  it('narrows value where a program tests the kind', () => {
    const currencies = extractDetails('Trade reached $240 billion and 2,000 jobs.').flatMap((detail) =>
      detail.kind === 'money' ? [detail.value.currency] : [],
    )
    expect(currencies).toEqual(['USD'])
  })
})

// `Options` and `ResolvedOptions` are made from the option registry: each entry's declared value
// types, and only the recorded options (a JSON Schema entry) in `ResolvedOptions`.
describe('Options', () => {
  it('types each option as its registry entry declares it', () => {
    expectTypeOf<Options['threshold']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<Options['format']>().toEqualTypeOf<InputFormat | undefined>()
    expectTypeOf<Options['granularity']>().toEqualTypeOf<'sentence' | 'clause' | undefined>()
    expectTypeOf<Options['similarity']>().toEqualTypeOf<SimilarityFunction | undefined>()
    expectTypeOf<Options['extractors']>().toEqualTypeOf<DetailExtractor[] | undefined>()
    expectTypeOf<Options['language']>().toEqualTypeOf<Language | undefined>()
    expectTypeOf<{ treshold: number }>().not.toMatchTypeOf<Options>()
  })

  it('records the options that change a result, with what report.options holds', () => {
    expectTypeOf<ResolvedOptions['format']>().toEqualTypeOf<InputFormat | null>()
    expectTypeOf<ResolvedOptions['referenceDate']>().toEqualTypeOf<string | null>()
    expectTypeOf<ResolvedOptions['similarity']>().toEqualTypeOf<'lexical' | 'custom'>()
    expectTypeOf<ResolvedOptions['threshold']>().toEqualTypeOf<number>()
    // Options a function reads alone, and the code and Sets no JSON can carry, are not recorded.
    expectTypeOf<
      Extract<
        keyof ResolvedOptions,
        'similarityTimeout' | 'eventThreshold' | 'extractors' | 'refiners' | 'language'
      >
    >().toEqualTypeOf<never>()
    expectTypeOf<'threshold' | 'nameSimilarity' | 'minConflictConfidence'>().toMatchTypeOf<
      keyof ResolvedOptions
    >()
    const options: Options = { threshold: 0.5, outletMarkers: ['Harbour Herald'] }
    expect(options.threshold).toBe(0.5)
  })
})
