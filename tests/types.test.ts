import { describe, expect, expectTypeOf, it } from 'vitest'
import { extractDetails } from '../src/index.js'
import type {
  Citation,
  Claim,
  Detail,
  DetailCandidate,
  DetailComparison,
  DetailExtractor,
  DetailKind,
  DiffPart,
  Finding,
  FindingRule,
  InputFormat,
  Interval,
  Language,
  MoneyValue,
  Options,
  Report,
  ReportArticle,
  ResolvedOptions,
  SimilarityFunction,
  Statement,
} from '../src/types.js'

/** The keys `T` may leave out (per member of a union). */
type OptionalKeys<T> = T extends unknown
  ? { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T]
  : never

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

  it('has every field, null where it has no value (schema 2.0.0), and names who says a quote its source', () => {
    expectTypeOf<OptionalKeys<Detail>>().toEqualTypeOf<never>()
    expectTypeOf<OptionalKeys<DetailCandidate>>().toEqualTypeOf<never>()
    expectTypeOf<Detail['source']>().toEqualTypeOf<string | null>()
    expectTypeOf<Detail['cue']>().toEqualTypeOf<string | null>()
    expectTypeOf<DetailCandidate['extractor']>().toEqualTypeOf<string>()
    const [quote] = extractDetails('"We stay," Ana Ortiz said.')
    expect(quote).toMatchObject({
      kind: 'quote',
      source: 'Ana Ortiz',
      cue: 'said',
      granularity: null,
      implied: null,
    })
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

// The records compare produces leave no field out: a consumer relies on the shape.
describe('report records', () => {
  it('have no optional field', () => {
    expectTypeOf<OptionalKeys<Report>>().toEqualTypeOf<never>()
    expectTypeOf<OptionalKeys<ReportArticle>>().toEqualTypeOf<never>()
    expectTypeOf<OptionalKeys<Statement>>().toEqualTypeOf<never>()
    expectTypeOf<OptionalKeys<Citation>>().toEqualTypeOf<never>()
    expectTypeOf<OptionalKeys<Claim>>().toEqualTypeOf<never>()
    expectTypeOf<OptionalKeys<DetailComparison>>().toEqualTypeOf<never>()
    expectTypeOf<OptionalKeys<DiffPart>>().toEqualTypeOf<never>()
    expectTypeOf<OptionalKeys<Finding>>().toEqualTypeOf<never>()
    expectTypeOf<OptionalKeys<ResolvedOptions>>().toEqualTypeOf<never>()
  })
})
