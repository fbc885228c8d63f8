import { describe, expect, it } from 'vitest'
import { extractCitations, extractDetails } from '../../src/extract/index.js'
import { identityMap } from '../../src/parse/offsets.js'
import type { Detail, DetailKind } from '../../src/types.js'
import {
  attributionCases,
  type Figure,
  figureCases,
  nameCases,
  quoteCases,
} from '../fixtures/extract/cases.js'
import { noDetailCases, noFigureCases } from '../fixtures/extract/negative-cases.js'

const figureKinds: ReadonlySet<DetailKind> = new Set([
  'count',
  'money',
  'percent',
  'quantity',
  'duration',
  'ordinal',
  'date',
])

function asFigure(detail: Detail): Figure {
  return [detail.kind, detail.text, detail.value, detail.unit, detail.hedge, detail.subject]
}

function spansReproduce(text: string, details: Detail[]): void {
  for (const detail of details) expect(text.slice(detail.start, detail.end)).toBe(detail.text)
}

for (const [group, cases] of Object.entries(figureCases)) {
  describe(`figures: ${group}`, () => {
    it.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
      const options = c.referenceDate === undefined ? {} : { referenceDate: c.referenceDate }
      const details = extractDetails(c.text, options)
      spansReproduce(c.text, details)
      expect(details.filter((detail) => figureKinds.has(detail.kind)).map(asFigure)).toEqual(c.figures)
    })
  })
}

describe('names', () => {
  it.each(nameCases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const details = extractDetails(c.text)
    spansReproduce(c.text, details)
    const names = details
      .filter(
        (detail) => detail.kind === 'person' || detail.kind === 'organization' || detail.kind === 'place',
      )
      .map((detail) => [detail.kind, detail.value])
    expect(names).toEqual(c.names)
  })
})

describe('quotes', () => {
  it.each(quoteCases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const details = extractDetails(c.text)
    spansReproduce(c.text, details)
    const quotes = details
      .filter((detail) => detail.kind === 'quote')
      .map((detail) => {
        return { value: detail.value, source: detail.source, cue: detail.cue }
      })
    // The table leaves out a source or cue the sentence does not give; a detail has it as null.
    expect(quotes).toEqual(c.quotes.map((quote) => ({ source: null, cue: null, ...quote })))
  })
})

describe('attributions', () => {
  it.each(attributionCases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const details = extractDetails(c.text)
    spansReproduce(c.text, details)
    const found = details
      .filter((detail) => detail.kind === 'attribution')
      .map((detail) => ({ value: detail.value, cue: detail.cue }))
    expect(found).toEqual(c.attributions.map(({ value, cue }) => ({ value, cue })))
    const citations = extractCitations(identityMap(c.text), c.text).filter(
      (citation) => citation.kind !== 'quote',
    )
    expect(citations.map((citation) => [citation.kind, citation.source])).toEqual(
      c.attributions.map((attribution) => [attribution.citation, attribution.value]),
    )
    for (const citation of citations)
      expect(c.text.slice(citation.start, citation.end).toLowerCase()).toContain(
        citation.source.toLowerCase(),
      )
  })
})

describe('negative cases', () => {
  const numeric: ReadonlySet<DetailKind> = new Set([
    'count',
    'money',
    'percent',
    'quantity',
    'duration',
    'ordinal',
  ])
  it.each(noFigureCases)('no figure in %j', (text) => {
    const details = extractDetails(text)
    spansReproduce(text, details)
    expect(details.filter((detail) => numeric.has(detail.kind)).map((detail) => detail.text)).toEqual([])
  })
  it.each(noDetailCases)('no detail at all in %j', (text) => {
    expect(extractDetails(text)).toEqual([])
  })
})
