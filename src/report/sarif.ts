import { findingRules } from '../rules.js'
import type { Finding, Report, ReportArticle, Statement } from '../types.js'
import { safeHttpUrl } from './escape.js'
import { schemaVersion } from './json.js'

/**
 * The report's findings as a SARIF 2.1.0 log, for code-scanning tools and editors: one run of
 * the tool 'corroborate', a rule per finding rule, and a result per finding whose location is
 * the article (its http(s) URL, else its id) with a region in lines, UTF-16 columns and
 * character offsets (endColumn is the column just after the span, as SARIF defines it).
 *
 * @example
 * JSON.parse(renderSarif(report)).runs[0].results[0].ruleId //=> 'divergent-detail'
 */
export function renderSarif(report: Report): string {
  const articles = new Map(report.articles.map((article, index) => [article.id, { article, index }]))
  const ruleIndex = new Map(findingRules.map((rule, index) => [rule.id, index]))
  const statements = new Map(
    report.articles.flatMap((article) => article.statements.map((statement) => [statement.id, statement])),
  )
  const results = report.findings.map((finding) => {
    const entry = articles.get(finding.articleId)
    const { start, end } = finding.place
    const artifactLocation = {
      uri: entry === undefined ? uriReference(finding.articleId) : artifactUri(entry.article),
      ...(entry === undefined ? {} : { index: entry.index }),
    }
    const index = ruleIndex.get(finding.rule)
    return {
      ruleId: finding.rule,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: finding.severity,
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: {
              startLine: start.line,
              startColumn: start.column,
              endLine: end.line,
              endColumn: end.column,
              charOffset: finding.start,
              charLength: Math.max(0, finding.end - finding.start),
              ...snippetOf(entry?.article, finding, statements),
            },
          },
        },
      ],
      properties: { articleId: finding.articleId, statementId: finding.statementId },
    }
  })
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'corroborate',
            informationUri: 'https://www.npmjs.com/package/corroborate',
            rules: findingRules.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.advice },
              helpUri: rule.helpUri,
              defaultConfiguration: { level: rule.severity },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: report.articles.map((article) => ({
          location: { uri: artifactUri(article) },
          ...(article.outlet.trim() === '' ? {} : { description: { text: article.outlet } }),
          length: article.text.length,
          sourceLanguage: article.format,
        })),
        results,
        properties: { reportSchemaVersion: schemaVersion },
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/**
 * The region's snippet as a reader sees it, never markup: the raw text when the finding's
 * statement reads as its source, else the visible text of the detail or statement the finding
 * spans ('85' for `<b>85</b>`). No snippet when the span's visible text is not known.
 */
function snippetOf(
  article: ReportArticle | undefined,
  finding: Finding,
  statements: ReadonlyMap<string, Statement>,
): { snippet: { text: string } } | Record<string, never> {
  if (article === undefined) return {}
  const raw = article.text.slice(finding.start, finding.end)
  const statement = statements.get(finding.statementId)
  if (statement === undefined || statement.articleId !== article.id) return { snippet: { text: raw } }
  const detail = statement.details.find((d) => d.start === finding.start && d.end === finding.end)
  if (detail !== undefined) return { snippet: { text: detail.text } }
  if (statement.start === finding.start && statement.end === finding.end)
    return { snippet: { text: statement.text } }
  const verbatim = article.text.slice(statement.start, statement.end) === statement.text
  return verbatim ? { snippet: { text: raw } } : {}
}

/** The article's http(s) URL, else its id as a relative URI reference. */
function artifactUri(article: ReportArticle): string {
  return safeHttpUrl(article.url) ?? uriReference(article.id)
}

function uriReference(id: string): string {
  try {
    return encodeURI(id).replace(/[?#]/g, (char) => encodeURIComponent(char))
  } catch {
    // A lone surrogate cannot be percent-encoded; keep the id recognisable.
    return id.replace(/[^\w.-]/g, '_')
  }
}
