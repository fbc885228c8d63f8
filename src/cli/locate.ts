import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { Report } from '../types.js'
import type { LoadedArticle } from './article.js'

/**
 * Renames the articles read from plain files after their paths (relative to `cwd` when
 * inside it, with `/` separators), throughout the report: article, statement, claim and
 * finding ids. The SARIF and GitHub renderers locate findings by article id, so this is
 * what makes an annotation land on `stories/port-alden.md` line 5 rather than on an id.
 * Such articles also lose their web `url` here, because the file, not the web page, is the
 * artifact an editor or code-scanning tool opens. Articles from stdin or JSON files keep
 * their ids.
 *
 * @example
 * const loaded = [{ label: './stories/wire.md', input: { id: 'wire', text: '' } }]
 * withFilePaths(report, loaded, process.cwd()).findings[0].articleId //=> 'stories/wire.md'
 */
export function withFilePaths(report: Report, loaded: readonly LoadedArticle[], cwd: string): Report {
  const renames = new Map<string, string>()
  const taken = new Set(report.articles.map((article) => article.id))
  for (const article of loaded) {
    const id = article.input.id
    if (id === undefined || article.label === '-' || article.record !== undefined) continue
    const path = displayPath(article.label, cwd)
    if (taken.has(path) && path !== id) continue
    taken.add(path)
    renames.set(id, path)
  }
  if (renames.size === 0) return report
  const article = (id: string) => renames.get(id) ?? id
  const statement = (id: string) => {
    const hash = id.lastIndexOf('#')
    return hash === -1 ? id : article(id.slice(0, hash)) + id.slice(hash)
  }
  return {
    ...report,
    articles: report.articles.map((entry) =>
      renames.has(entry.id)
        ? {
            ...entry,
            id: article(entry.id),
            url: null,
            statements: entry.statements.map((item) => ({
              ...item,
              id: statement(item.id),
              articleId: article(item.articleId),
            })),
          }
        : entry,
    ),
    claims: report.claims.map((claim) => ({
      ...claim,
      articleIds: claim.articleIds.map(article),
      statementIds: claim.statementIds.map(statement),
      comparisons: claim.comparisons.map((comparison) => ({
        ...comparison,
        values: comparison.values.map((value) => ({
          ...value,
          articleId: article(value.articleId),
          statementId: statement(value.statementId),
        })),
      })),
    })),
    findings: report.findings.map((finding) => ({
      ...finding,
      articleId: article(finding.articleId),
      statementId: statement(finding.statementId),
    })),
  }
}

/** A path as a repository tool wants it: relative to `cwd` when inside it, `/`-separated. */
export function displayPath(path: string, cwd: string): string {
  const absolute = resolve(cwd, path)
  const inside = relative(cwd, absolute)
  const shown = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute
  return shown.split(sep).join('/')
}
