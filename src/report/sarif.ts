import type { FindingRule, Report, ReportArticle } from '../types.js'
import { regionOf } from './describe.js'
import { safeHttpUrl } from './escape.js'
import { schemaVersion } from './json.js'

/** Rule ids, names and one-line descriptions, in the order SARIF lists them. */
export const findingRules: readonly { id: FindingRule; name: string; short: string; full: string }[] = [
  {
    id: 'divergent-detail',
    name: 'DivergentDetail',
    short: 'A detail differs between outlets.',
    full: 'A figure, date, name or quote in this statement contradicts what other outlets report about the same claim.',
  },
  {
    id: 'misquote',
    name: 'Misquote',
    short: 'A quote is worded differently by another outlet.',
    full: "Outlets attribute the same quote to a speaker in different words; check the speaker's exact wording.",
  },
  {
    id: 'unsourced-figure',
    name: 'UnsourcedFigure',
    short: 'A figure names no source.',
    full: 'The statement gives a figure without saying who reported or counted it.',
  },
  {
    id: 'single-source-statement',
    name: 'SingleSourceStatement',
    short: 'Only one outlet reports this statement.',
    full: 'No other compared outlet reports this statement; it rests on one source.',
  },
]

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
  const results = report.findings.map((finding) => {
    const entry = articles.get(finding.articleId)
    const region = regionOf(entry?.article.text ?? '', finding)
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
              ...region,
              charOffset: finding.start,
              charLength: Math.max(0, finding.end - finding.start),
              ...(entry === undefined
                ? {}
                : { snippet: { text: entry.article.text.slice(finding.start, finding.end) } }),
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
              shortDescription: { text: rule.short },
              fullDescription: { text: rule.full },
              defaultConfiguration: { level: defaultLevel(rule.id) },
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

function defaultLevel(rule: FindingRule): 'error' | 'warning' | 'note' {
  if (rule === 'divergent-detail') return 'error'
  if (rule === 'single-source-statement') return 'note'
  return 'warning'
}
