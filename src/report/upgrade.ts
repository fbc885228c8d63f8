// Reports read from a file may be of an older schema: render() brings them to the current
// shape once, so that no renderer handles two shapes.

import { claimStats } from '../claim-stats.js'
import { schemaVersion } from '../schema-version.js'
import { lineIndex } from '../text/line-index.js'
import type { Detail, DetailComparison, DiffPart, Finding, Point, Report } from '../types.js'

/**
 * `report` in the current schema's shape (see CHANGELOG.md, 'Migrating reports to schema
 * 2.0.0'), without changing what it says: a claim without `weakestLink` (schema 2.0.0 and older)
 * has null, its status kept, and stats without `related` count the related claims (none), and options without
 * `corroborationThreshold` have null (its default); a detail's `speaker` becomes its `source`; a detail's
 * `source`, `cue`, `granularity` and `implied` left out are null; a comparison without
 * `confidence` has 1 (as 1.x renderers read it) and without `reworded` has false; a diff part's
 * missing `added` and `removed` are false; a finding without `place` (schema 1.0.0) gets it from
 * its article's text. A report of schema 1.x is stamped with the current `schemaVersion`.
 * Records that already have every field are kept as they are (the same objects), so a current
 * report comes back unchanged; `report` itself is never modified.
 *
 * @example
 * upgradeReport({ ...report, schemaVersion: '1.1.0' }).schemaVersion //=> '2.1.0'
 * upgradeReport(report) === report //=> true
 */
export function upgradeReport(report: Report): Report {
  const legacy = /^1\./.test(report.schemaVersion)
  const articles = same(report.articles, (article) => {
    const statements = same(article.statements, (statement) => {
      const details = same(statement.details, upgradeDetail)
      return details === statement.details ? statement : { ...statement, details }
    })
    return statements === article.statements ? article : { ...article, statements }
  })
  const claims = same(report.claims, (claim) => {
    const comparisons = same(claim.comparisons, upgradeComparison)
    if (claim.weakestLink === undefined) return { ...claim, weakestLink: null, comparisons }
    return comparisons === claim.comparisons ? claim : { ...claim, comparisons }
  })
  const findings = withPlaces(report)
  const options =
    report.options.corroborationThreshold === undefined
      ? { ...report.options, corroborationThreshold: null }
      : report.options
  const stats =
    report.stats.related === undefined
      ? { ...report.stats, related: claimStats(claims).related }
      : report.stats
  if (
    !legacy &&
    articles === report.articles &&
    claims === report.claims &&
    findings === report.findings &&
    stats === report.stats &&
    options === report.options
  ) {
    return report
  }
  return {
    ...report,
    schemaVersion: legacy ? schemaVersion : report.schemaVersion,
    articles,
    claims,
    findings,
    stats,
    options,
  }
}

/** `items` mapped by `upgrade`, or `items` itself when `upgrade` kept every item. */
function same<T>(items: readonly T[], upgrade: (item: T) => T): T[] {
  let changed = false
  const upgraded = items.map((item) => {
    const next = upgrade(item)
    if (next !== item) changed = true
    return next
  })
  return changed ? upgraded : (items as T[])
}

/** The fields a detail of schema 1.x may lack, in the order compare writes them. */
type Legacy = Partial<Pick<Detail, 'source' | 'cue' | 'granularity' | 'implied'>> & { speaker?: string }

function upgradeDetail(detail: Detail): Detail {
  const old = detail as Detail & Legacy
  if (
    old.speaker === undefined &&
    old.source !== undefined &&
    old.cue !== undefined &&
    old.granularity !== undefined &&
    old.implied !== undefined
  ) {
    return detail
  }
  const { speaker, source, cue, granularity, implied, ...rest } = old
  return {
    ...rest,
    source: source ?? speaker ?? null,
    cue: cue ?? null,
    granularity: granularity ?? null,
    implied: implied ?? null,
  } as Detail
}

function upgradeComparison(comparison: DetailComparison): DetailComparison {
  const old = comparison as Omit<DetailComparison, 'confidence' | 'reworded'> &
    Partial<Pick<DetailComparison, 'confidence' | 'reworded'>>
  const values = same(comparison.values, (value) => {
    const detail = upgradeDetail(value.detail)
    return detail === value.detail ? value : { ...value, detail }
  })
  const diff = comparison.diff === null ? null : same(comparison.diff, upgradePart)
  if (
    values === comparison.values &&
    diff === comparison.diff &&
    old.confidence !== undefined &&
    old.reworded !== undefined
  ) {
    return comparison
  }
  return {
    ...comparison,
    values,
    diff,
    confidence: old.confidence ?? 1,
    reworded: old.reworded ?? false,
  }
}

function upgradePart(part: DiffPart): DiffPart {
  const old = part as Partial<DiffPart> & { value: string }
  if (typeof old.added === 'boolean' && typeof old.removed === 'boolean') return part
  return { value: part.value, added: old.added === true, removed: old.removed === true }
}

/**
 * The report's findings, each with its `place`: reports written before findings carried it
 * (schema 1.0.0, which had no place) get it here, once, from the article's text.
 */
function withPlaces(report: Report): Finding[] {
  if (report.findings.every((finding) => finding.place !== undefined)) return report.findings
  const texts = new Map(report.articles.map((article) => [article.id, article.text]))
  const indexes = new Map<string, (offset: number) => Point>()
  return report.findings.map((finding) => {
    if (finding.place !== undefined) return finding
    let locate = indexes.get(finding.articleId)
    if (locate === undefined) {
      locate = lineIndex(texts.get(finding.articleId) ?? '')
      indexes.set(finding.articleId, locate)
    }
    // `place` before `message`, where compare puts it, so the JSON reads the same either way.
    const { message, ...located } = finding
    const place = { start: locate(finding.start), end: locate(Math.max(finding.end, finding.start)) }
    return { ...located, place, message }
  })
}
