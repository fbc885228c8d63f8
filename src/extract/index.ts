// The extract stage: every figure, date, name, quote and attribution a reader would
// fact-check, normalised. Extractors run first (each on its own), then refiners clean up in
// a fixed order.

import { CorroborateError } from '../errors.js'
import { resolveOptions } from '../options.js'
import { packedMap } from '../packed-map.js'
import { foldWhitespace, identityMap, type MappedText, rawSpan } from '../parse/offsets.js'
import type { Citation, Detail, Options } from '../types.js'
import { extractors, refiners } from './built-ins.js'
import { resolveDetailAliases } from './entities/aliases.js'
import { pipelineOf } from './extensions.js'
import { type Candidate, type ExtractContext, runExtractor, statementContext } from './extractor.js'

export { extractors, refiners } from './built-ins.js'
export { canonicalNameKey, resolveAliases } from './entities/aliases.js'
export type { ExtractContext } from './extractor.js'

/**
 * The details of one statement: extractors run over `content.text`, refiners clean up, and
 * every span is mapped back to `raw`, from the first visible character to the last (never over
 * markup around them), so `detail.text === raw.slice(detail.start, detail.end)` unless markup
 * lies inside the span, when `text` is the visible characters ('About 85' for 'About <b>85').
 *
 * @example
 * const raw = 'Approximately 9,000 troops marched.'
 * extractFromMapped(identityMap(raw), raw, { referenceDate: null })[0]
 * //=> { kind: 'count', text: 'Approximately 9,000', value: { min: 9000, max: 9000 },
 * //     unit: null, hedge: 'about', subject: 'troops', start: 0, end: 19,
 * //     source: null, cue: null, granularity: null, implied: null }
 */
export function extractFromMapped(content: MappedText, raw: string, context: ExtractContext): Detail[] {
  // Packed: every detail consumer reads these arrays (see `packedMap`).
  return packedMap(candidatesOf(content.text, context), (candidate) => toDetail(candidate, content, raw))
}

/**
 * The details of one statement and the citations they make, from one extraction: what
 * `analyze` needs per statement. `details` are `extractFromMapped`'s; `citations` are
 * `citationsOf(details)`.
 *
 * @example
 * const raw = 'Twelve people died, police said.'
 * extractStatement(identityMap(raw), raw, { referenceDate: null }).citations
 * //=> [{ kind: 'said', source: 'police', start: 20, end: 31 }]
 */
export function extractStatement(
  content: MappedText,
  raw: string,
  context: ExtractContext,
): { details: Detail[]; citations: Citation[] } {
  const details = extractFromMapped(content, raw, context)
  return { details, citations: citationsOf(details) }
}

/**
 * The sources a statement names: 'according to X' (kind 'according-to'), 'X said' and
 * 'said X' (kind 'said'), and the speakers of its quotes (kind 'quote'). Spans index `raw`
 * and cover the attribution ('police said') or the quote. Extracts the statement's details
 * to find them; `extractStatement` gives both from one extraction.
 *
 * @example
 * const raw = 'Twelve people died, police said.'
 * extractCitations(identityMap(raw), raw) //=> [{ kind: 'said', source: 'police', start: 20, end: 31 }]
 */
export function extractCitations(content: MappedText, raw: string): Citation[] {
  return citationsOf(extractFromMapped(content, raw, { referenceDate: null }))
}

/**
 * The citations a statement's details make: an attribution detail is an 'according-to' or
 * 'said' citation of its source, a quote with a speaker a 'quote' citation; spans are the
 * details' own.
 *
 * @example
 * citationsOf([{ kind: 'attribution', text: 'police said', value: 'police', source: 'police', cue: 'said',
 *   start: 20, end: 31, unit: null, hedge: null, subject: null, granularity: null, implied: null }])
 * //=> [{ kind: 'said', source: 'police', start: 20, end: 31 }]
 */
export function citationsOf(details: readonly Detail[]): Citation[] {
  return details.flatMap((detail): Citation[] => {
    if (detail.kind === 'attribution') {
      const kind = detail.cue === 'according to' ? 'according-to' : 'said'
      return [{ kind, source: String(detail.value), start: detail.start, end: detail.end }]
    }
    if (detail.kind === 'quote' && detail.source !== null) {
      return [{ kind: 'quote', source: detail.source, start: detail.start, end: detail.end }]
    }
    return []
  })
}

/**
 * Every detail of a text, offsets indexing `text` itself. Validates its input like `segment`
 * ('E_INPUT_TYPE', 'E_INPUT_EMPTY', 'E_INPUT_TOO_LARGE') and anchors relative dates at
 * `options.referenceDate`. Names in the text get canonical values ('Putin' after 'Vladimir
 * Putin' is 'Vladimir Putin'). Runs `options.extractors` and `options.refiners` too, over the
 * words of `options.language`; a wrong detail from one of them is 'E_EXTRACTOR'.
 *
 * @example
 * extractDetails('Trade reached $240 billion in 2024.').map((d) => [d.kind, d.text])
 * //=> [['money', '$240 billion'], ['date', '2024']]
 */
export function extractDetails(text: string, options?: Options): Detail[] {
  const resolved = resolveOptions(options)
  if (typeof text !== 'string') {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `extractDetails expects a string; received ${text === null ? 'null' : typeof text}. Pass the article text.`,
      text === null ? 'null' : typeof text,
    )
  }
  if (text.trim() === '') {
    throw new CorroborateError('E_INPUT_EMPTY', 'The text is empty; give extractDetails some text to read.')
  }
  if (text.length > resolved.maxInputLength) {
    throw new CorroborateError(
      'E_INPUT_TOO_LARGE',
      `The text has ${text.length} characters, more than the limit of ${resolved.maxInputLength}; ` +
        `split it or raise the 'maxInputLength' option.`,
      String(text.length),
    )
  }
  const { language, speech, extractors, refiners } = pipelineOf(options)
  const context = { referenceDate: resolved.referenceDate, language, speech, extractors, refiners }
  const details = extractFromMapped(identityMap(text), text, context)
  return resolveDetailAliases([details])[0] ?? []
}

function candidatesOf(text: string, extractContext: ExtractContext): Candidate[] {
  if (text.length === 0) return []
  const context = statementContext(extractContext)
  const own = extractContext.extractors ?? []
  let candidates = extractors.flatMap((extractor) => runExtractor(extractor, text, context))
  for (const extractor of own) candidates.push(...runExtractor(extractor, text, context))
  candidates.sort((a, b) => a.start - b.start || a.end - b.end || a.extractor.localeCompare(b.extractor))
  for (const refine of refiners) candidates = refine(candidates, text, context)
  for (const refine of extractContext.refiners ?? []) candidates = refine(candidates, text, context)
  return candidates
}

/**
 * A detail's text: its raw source when that holds nothing but the visible characters and white
 * space ('1\u00a0298' keeps its no-break space), otherwise the visible characters themselves,
 * so markup inside the span ('about <b>85</b> people', 'Fish &amp; Co') never reaches a finding
 * or a report.
 */
function visibleText(source: string, visible: string): string {
  if (source === visible) return source
  return foldWhitespace(identityMap(source)).text === visible ? source : visible
}

function toDetail(candidate: Candidate, content: MappedText, raw: string): Detail {
  const span = rawSpan(content, candidate.start, candidate.end)
  // A candidate's value is of its kind's type (the extractors' contract; user ones are checked).
  const detail = {
    kind: candidate.kind,
    text: visibleText(raw.slice(span.start, span.end), content.text.slice(candidate.start, candidate.end)),
    start: span.start,
    end: span.end,
    value: candidate.value,
    unit: candidate.unit,
    hedge: candidate.hedge,
    subject: candidate.subject,
    source: candidate.source ?? null,
    cue: candidate.cue ?? null,
    granularity: candidate.granularity ?? null,
    implied: candidate.implied ?? null,
  } as Detail
  return detail
}
