import { resolveOptions } from '../options.js'
import { parseDocument } from '../parse/index.js'
import { type NormalizedInput, normalizeInput } from '../parse/input.js'
import { segmentDocument } from '../segment/index.js'
import type { Article, ArticleInput, Citation, Options, ResolvedOptions, Statement } from '../types.js'
import { defaultPipeline, type Pipeline, pipelineOf } from './extensions.js'
import { extractStatement, resolveAliases } from './index.js'
import { isTimestampLine } from './timestamps.js'

/**
 * Parses, segments and extracts one article: its statements with their details and
 * citations, every offset indexing `input.text`.
 *
 * @example
 * const article = analyze({ id: 'wire', text: 'Police said 12 people died.' })
 * article.statements[0].details.map((detail) => detail.kind) //=> ['organization', 'attribution', 'count']
 * article.statements[0].details[2] //=> { kind: 'count', value: 12, subject: 'deaths', ... }
 * article.statements[0].citations[0].kind //=> 'said'
 */
export function analyze(input: ArticleInput, options?: Options): Article {
  return analyzeAt(input, options, 0)
}

/**
 * `analyze` for the article at `position` (0-based) in a list the caller was given: the
 * default id ('a1', 'a2', ...) and the 'Article N' in error messages count from it.
 * Internal; the public `analyze` is always article 1.
 */
export function analyzeAt(input: ArticleInput, options: Options | undefined, position: number): Article {
  const resolved = resolveOptions(options)
  return analyzeInput(normalizeInput(input, position, resolved), resolved, pipelineOf(options))
}

/**
 * `analyze` for an input that is already validated, with options already resolved and the
 * user's extractors, refiners and language (`pipelineOf(options)`) wrapped once for all inputs.
 */
export function analyzeInput(
  input: NormalizedInput,
  options: ResolvedOptions,
  pipeline: Pipeline = defaultPipeline,
): Article {
  const document = parseDocument(input.text, input.format)
  const units = segmentDocument(input.text, document, {
    articleId: input.id,
    granularity: options.granularity,
    outletMarkers: options.outletMarkers,
    language: pipeline.language,
  })
  const context = {
    referenceDate: input.publishedAt ?? options.referenceDate,
    language: pipeline.language,
    speech: pipeline.speech,
    extractors: pipeline.extractors,
    refiners: pipeline.refiners,
  }
  // A loop, not a callback made per article: V8 drops a dead closure's optimised code, and
  // compiled this body again after garbage collections.
  const statements: Statement[] = []
  for (const { statement, content } of units) {
    if (statement.kind === 'fragment') {
      statements.push(statement)
      continue
    }
    const extracted = extractStatement(content, input.text, context)
    const citations = mergeCitations(statement.citations, extracted.citations)
    const analysed = { ...statement, details: extracted.details, citations }
    // A line that only dates the page is page furniture, like 'Share this article'.
    statements.push(isTimestampLine(analysed) ? { ...statement, kind: 'fragment' as const } : analysed)
  }
  const withNames = resolveAliases(statements)
  return {
    id: input.id,
    outlet: input.outlet,
    title: input.title,
    url: input.url,
    publishedAt: input.publishedAt,
    format: document.format,
    text: input.text,
    statements: withNames,
    stats: {
      characters: input.text.length,
      statements: withNames.filter((statement) => statement.kind !== 'fragment').length,
      fragments: withNames.filter((statement) => statement.kind === 'fragment').length,
      details: withNames.reduce((sum, statement) => sum + statement.details.length, 0),
    },
  }
}

/** Citations from segmentation and from extraction, in source order, without duplicates. */
function mergeCitations(first: Citation[], second: Citation[]): Citation[] {
  const seen = new Set<string>()
  const merged: Citation[] = []
  for (const citation of [...first, ...second]) {
    const key = `${citation.kind}:${citation.start}:${citation.end}`
    if (seen.has(key)) continue
    seen.add(key)
    merged.push(citation)
  }
  return merged.sort((a, b) => a.start - b.start || a.end - b.end)
}
