import { CorroborateError } from './errors.js'
import type { InputFormat, Options, ResolvedOptions } from './types.js'

/** Defaults of every option, as documented in the README. */
export const defaultOptions: Readonly<ResolvedOptions> = Object.freeze({
  format: null,
  granularity: 'sentence',
  maxInputLength: 16 * 1024 * 1024,
  outletMarkers: [],
  referenceDate: null,
  threshold: 0.7,
  manyToOne: false,
  similarity: 'lexical',
  hedgeTolerance: 0.1,
  roundingTolerance: 0.05,
  datesAreFigures: false,
  minRoundingStep: 100,
  nameSimilarity: 0.93,
  wildcardMaxRatio: 10,
  quoteOverlap: 0.5,
  sameSpeakerQuoteOverlap: 0.2,
  minConflictConfidence: 0.5,
})

const formats: readonly InputFormat[] = ['text', 'markdown', 'html']

/**
 * Applies defaults to user options once, at the top of a call, and rejects values that would
 * silently do the wrong thing with a `CorroborateError` ('E_OPTION').
 */
export function resolveOptions(options: Options | undefined): ResolvedOptions {
  if (options === undefined || options === null) return { ...defaultOptions, outletMarkers: [] }
  if (typeof options !== 'object') {
    throw new CorroborateError('E_OPTION', `Options must be an object; received ${typeof options}.`)
  }
  const resolved: ResolvedOptions = {
    format: options.format ?? null,
    granularity: options.granularity ?? defaultOptions.granularity,
    maxInputLength: options.maxInputLength ?? defaultOptions.maxInputLength,
    outletMarkers: [...(options.outletMarkers ?? [])],
    referenceDate: options.referenceDate ?? null,
    threshold: options.threshold ?? defaultOptions.threshold,
    manyToOne: options.manyToOne ?? defaultOptions.manyToOne,
    similarity: options.similarity === undefined ? 'lexical' : 'custom',
    hedgeTolerance: options.hedgeTolerance ?? defaultOptions.hedgeTolerance,
    roundingTolerance: options.roundingTolerance ?? defaultOptions.roundingTolerance,
    datesAreFigures: options.datesAreFigures ?? defaultOptions.datesAreFigures,
    minRoundingStep: options.minRoundingStep ?? defaultOptions.minRoundingStep,
    nameSimilarity: options.nameSimilarity ?? defaultOptions.nameSimilarity,
    wildcardMaxRatio: options.wildcardMaxRatio ?? defaultOptions.wildcardMaxRatio,
    quoteOverlap: options.quoteOverlap ?? defaultOptions.quoteOverlap,
    sameSpeakerQuoteOverlap: options.sameSpeakerQuoteOverlap ?? defaultOptions.sameSpeakerQuoteOverlap,
    minConflictConfidence: options.minConflictConfidence ?? defaultOptions.minConflictConfidence,
  }
  if (resolved.format !== null && !formats.includes(resolved.format)) {
    throw optionError('format', resolved.format, "one of 'text', 'markdown', 'html'")
  }
  if (resolved.granularity !== 'sentence' && resolved.granularity !== 'clause') {
    throw optionError('granularity', resolved.granularity, "'sentence' or 'clause'")
  }
  if (!Number.isInteger(resolved.maxInputLength) || resolved.maxInputLength < 1) {
    throw optionError('maxInputLength', resolved.maxInputLength, 'a positive whole number of characters')
  }
  for (const name of [
    'threshold',
    'hedgeTolerance',
    'roundingTolerance',
    'nameSimilarity',
    'quoteOverlap',
    'sameSpeakerQuoteOverlap',
    'minConflictConfidence',
  ] as const) {
    const value = resolved[name]
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw optionError(name, value, 'a number from 0 to 1')
    }
  }
  for (const name of ['minRoundingStep', 'wildcardMaxRatio'] as const) {
    const value = resolved[name]
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw optionError(name, value, 'a positive number')
    }
  }
  if (!resolved.outletMarkers.every((marker) => typeof marker === 'string' && marker.trim() !== '')) {
    throw optionError('outletMarkers', options.outletMarkers, 'a list of non-empty outlet names')
  }
  if (resolved.referenceDate !== null && Number.isNaN(Date.parse(resolved.referenceDate))) {
    throw optionError('referenceDate', resolved.referenceDate, "an ISO 8601 date such as '2025-05-09'")
  }
  if (options.similarity !== undefined && typeof options.similarity !== 'function') {
    throw optionError('similarity', options.similarity, 'a function (a, b) => number')
  }
  return resolved
}

function optionError(name: string, value: unknown, expected: string): CorroborateError {
  const shown = typeof value === 'string' ? `'${value}'` : String(value)
  return new CorroborateError('E_OPTION', `Option '${name}' must be ${expected}; received ${shown}.`, shown)
}
