import { align, alignAsync } from '../align/index.js'
import { claimStats } from '../claim-stats.js'
import { CorroborateError, isCorroborateError } from '../errors.js'
import { analyzeInput } from '../extract/analyze.js'
import { type Pipeline, pipelineOf } from '../extract/extensions.js'
import { resolveOptions } from '../options.js'
import { isBlank, type NormalizedInput, normalizeInputs } from '../parse/input.js'
import { lineIndex } from '../parse/offsets.js'
import { schemaVersion } from '../schema-version.js'
import type {
  Article,
  ArticleInput,
  Claim,
  Coverage,
  Finding,
  Options,
  Report,
  ReportArticle,
  ResolvedOptions,
  Statement,
} from '../types.js'
import { compareClaim } from './details.js'
import { claimFindings, sortFindings } from './findings.js'
import { articleNamedPattern } from './patterns.js'

/**
 * The whole pipeline: analyses every article, aligns their statements into claims, judges
 * each claim's details and lists the findings. Synchronous; use `compareAsync` when
 * `options.similarity` returns a Promise.
 *
 * @example
 * const report = compare([
 *   { id: 'wire', text: 'Officials said 12 people died in the fire on Thursday.' },
 *   { id: 'local', text: 'Fourteen people died in the fire on Thursday, officials said.' },
 * ])
 * report.claims[0].status //=> 'disputed'
 * report.claims[0].comparisons.find((comparison) => comparison.kind === 'count')
 * //=> { subject: 'deaths', status: 'diverge', ... }
 */
export function compare(inputs: readonly ArticleInput[], options?: Options): Report {
  const resolved = resolveOptions(options)
  const articles = analyzeAll(inputs, resolved, pipelineOf(options))
  return buildReport(articles, align(articles, options), resolved)
}

/** `compare` for an async `options.similarity` hook (embeddings). */
export async function compareAsync(inputs: readonly ArticleInput[], options?: Options): Promise<Report> {
  const resolved = resolveOptions(options)
  const articles = analyzeAll(inputs, resolved, pipelineOf(options))
  return buildReport(articles, await alignAsync(articles, options), resolved)
}

/**
 * Every article analysed; a blank one kept with no statements. 'E_INPUT_EMPTY' when no article
 * has a statement to compare (all blank, or markup with no text such as '<p></p>').
 */
function analyzeAll(
  inputs: readonly ArticleInput[],
  options: ResolvedOptions,
  pipeline: Pipeline,
): Article[] {
  const articles = normalizeInputs(inputs, options).map((input, position) =>
    isBlank(input.text)
      ? emptyArticle(input)
      : inArticle(position, () => analyzeInput(input, options, pipeline)),
  )
  if (articles.every((article) => article.statements.length === 0)) {
    throw new CorroborateError(
      'E_INPUT_EMPTY',
      articles.length === 1
        ? "Article 1 has no text to read, only markup; give it the article's text."
        : `None of the ${articles.length} articles has text to read, only markup or white space; give at least one of them its text.`,
    )
  }
  return articles
}

/**
 * `analyze()`, its `CorroborateError` about the text ('The Markdown nests quotes ... at line 3')
 * prefixed with the article it is about, as the input checks name it ('Article 2: ...'), so
 * that a caller of many articles (the CLI names the file) knows which one to fix.
 */
function inArticle<T>(position: number, analyze: () => T): T {
  try {
    return analyze()
  } catch (error) {
    if (!isCorroborateError(error) || articleNamedPattern.test(error.message)) throw error
    throw new CorroborateError(error.code, `Article ${position + 1}: ${error.message}`, error.received)
  }
}

/** An empty or blank article of a batch: kept in the report with no statements. */
function emptyArticle(input: NormalizedInput): Article {
  const { format, ...fields } = input
  return {
    ...fields,
    format: format ?? 'text',
    statements: [],
    stats: { characters: input.text.length, statements: 0, fragments: 0, details: 0 },
  }
}

/**
 * The 'empty-article' finding of each article with no statement: a blank one, or one of markup
 * with no text ('<p></p>'); it spans the whole text.
 */
function emptyArticleFindings(articles: readonly Article[]): Finding[] {
  return articles
    .filter((article) => article.statements.length === 0)
    .map((article) => ({
      rule: 'empty-article',
      severity: 'warning',
      articleId: article.id,
      statementId: '',
      start: 0,
      end: article.text.length,
      line: 1,
      column: 1,
      place: { start: { line: 1, column: 1, offset: 0 }, end: lineIndex(article.text)(article.text.length) },
      message: `${article.outlet} ${isBlank(article.text) ? 'is empty' : 'has no text to read, only markup'}, so nothing of it was compared: check that its text was read.`,
    }))
}

/** Judges aligned claims and assembles the report record. */
function buildReport(articles: Article[], alignedClaims: Claim[], options: ResolvedOptions): Report {
  const statementsById = new Map<string, Statement>()
  for (const article of articles) {
    for (const statement of article.statements) statementsById.set(statement.id, statement)
  }
  const articlesById = new Map(articles.map((article) => [article.id, article]))
  const claims = alignedClaims.map((claim) => ({
    ...claim,
    ...compareClaim(claim, statementsById, articlesById, options),
  }))
  const findings = sortFindings(
    [...emptyArticleFindings(articles), ...claimFindings(claims, statementsById, articles, options)],
    articles,
  )
  const coverage = coverageByArticle(articles, claims, statementsById)
  const reportArticles = articles.map(
    (article): ReportArticle => ({
      id: article.id,
      outlet: article.outlet,
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt,
      format: article.format,
      text: article.text,
      statements: article.statements,
      coverage: coverage.get(article.id)!,
    }),
  )
  return {
    schemaVersion,
    articles: reportArticles,
    claims,
    findings,
    stats: {
      articles: articles.length,
      statements: articles.reduce((sum, article) => sum + article.stats.statements, 0),
      ...claimStats(claims),
      findings: findings.length,
    },
    options,
  }
}

/**
 * How many of each article's statements other outlets share, dispute or lack, in one pass
 * over the claims.
 */
function coverageByArticle(
  articles: Article[],
  claims: Claim[],
  statementsById: Map<string, Statement>,
): Map<string, Coverage> {
  const coverage = new Map<string, Coverage>(
    articles.map((article) => [
      article.id,
      { statements: article.stats.statements, shared: 0, unique: 0, disputed: 0 },
    ]),
  )
  for (const claim of claims) {
    for (const id of claim.statementIds) {
      const articleId = statementsById.get(id)?.articleId
      const counts = articleId === undefined ? undefined : coverage.get(articleId)
      if (counts === undefined) continue
      if (claim.articleIds.length > 1) counts.shared++
      else counts.unique++
      if (claim.status === 'disputed') counts.disputed++
    }
  }
  return coverage
}
