// A statement as HTML with its details marked in place, coloured by their verdicts.

import { highlightRank } from '../../detail-kinds.js'
import type { ReportArticle, Statement } from '../../types.js'
import { comparisonLabel } from '../describe.js'
import { escapeHtml as h } from '../escape.js'
import { type Context, comparisonPriority, detailKey } from './context.js'

interface Highlight {
  start: number
  end: number
  className: string
  title: string
}

/** A statement's display text, escaped, with its details highlighted in place. */
export function statementHtml(context: Context, article: ReportArticle, statement: Statement): string {
  const text = statement.text
  const highlights = highlightsOf(context, article, statement)
  let html = ''
  let cursor = 0
  for (const mark of highlights) {
    html += h(text.slice(cursor, mark.start))
    html += `<mark class="${mark.className}" title="${h(mark.title)}">${h(text.slice(mark.start, mark.end))}</mark>`
    cursor = mark.end
  }
  return html + h(text.slice(cursor))
}

/**
 * Where each detail sits in the statement's display text. When the display text is the raw
 * source span itself, the detail's raw offsets place it exactly; otherwise (markup removed)
 * its source words are looked up in order. Overlaps keep the more telling detail: a diverging
 * figure before an agreeing one, figures before names before quotes.
 */
function highlightsOf(context: Context, article: ReportArticle, statement: Statement): Highlight[] {
  const text = statement.text
  const verbatim = article.text.slice(statement.start, statement.end) === text
  const candidates: (Highlight & { rank: number })[] = []
  let searchFrom = 0
  const details = [...statement.details].sort((a, b) => a.start - b.start || b.end - a.end)
  for (const detail of details) {
    let start = -1
    let length = detail.end - detail.start
    if (verbatim && detail.start >= statement.start && detail.end <= statement.end) {
      start = detail.start - statement.start
    } else if (detail.text !== '') {
      // Markup removed: the detail's visible text is what the statement shows, and its length
      // is that text's, not the raw span's ('About <b>85</b>' is 8 characters, not 15).
      start = text.indexOf(detail.text, searchFrom)
      if (start < 0) start = text.indexOf(detail.text)
      if (start >= 0) searchFrom = start + detail.text.length
      length = detail.text.length
    }
    if (start < 0 || detail.end <= detail.start) continue
    const end = start + length
    if (end > text.length) continue
    const verdict = context.verdicts.get(detailKey(statement.id, detail.start, detail.end))
    const status = verdict?.comparison.status
    candidates.push({
      start,
      end,
      className: status === undefined ? `detail k-${detail.kind}` : `detail k-${detail.kind} ${status}`,
      title:
        verdict === undefined
          ? detail.kind
          : `${comparisonLabel(verdict.comparison)}: ${verdict.comparison.status}${verdict.comparison.reason ? ` (${verdict.comparison.reason})` : ''}`,
      rank: (status === undefined ? 10 : comparisonPriority[status]) * 10 + highlightRank(detail.kind),
    })
  }
  candidates.sort((a, b) => a.rank - b.rank || a.start - b.start)
  const accepted: Highlight[] = []
  for (const candidate of candidates) {
    if (accepted.some((mark) => candidate.start < mark.end && mark.start < candidate.end)) continue
    accepted.push({
      start: candidate.start,
      end: candidate.end,
      className: candidate.className,
      title: candidate.title,
    })
  }
  return accepted.sort((a, b) => a.start - b.start)
}
