import type { Report, Severity } from '../types.js'
import { outletLabels } from './describe.js'
import { escapeCommandData, escapeCommandProperty, plainText } from './escape.js'

const command: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' }

/**
 * The findings as GitHub Actions workflow commands, one line each, so a CI job annotates the
 * articles: `::error file=<article id>,line=..,col=..,endLine=..,endColumn=..,title=..::message`.
 * Severity picks the command (error, warning, notice). Values are escaped as GitHub requires:
 * `%`, CR and LF everywhere, and also `:` and `,` inside properties; control characters (ESC,
 * BEL, C1) and bidi overrides become spaces, since a CI log is a terminal. `endColumn` is the
 * column just after the span.
 *
 * @example
 * renderGithub(report).split('\n')[0]
 * //=> '::error file=wire,line=1,col=1,endLine=1,endColumn=12,title=divergent-detail (Northgate Wire)::Number of troops About 9,000 diverges from 8,000 (Varlen Courier)'
 */
export function renderGithub(report: Report): string {
  const labels = outletLabels(report)
  const lines = report.findings.map((finding) => {
    const { start, end } = finding.place
    const outlet = labels.get(finding.articleId)
    const properties = [
      ['file', finding.articleId],
      ['line', String(start.line)],
      ['col', String(start.column)],
      ['endLine', String(end.line)],
      ['endColumn', String(end.column)],
      [
        'title',
        outlet === undefined || outlet === finding.articleId ? finding.rule : `${finding.rule} (${outlet})`,
      ],
    ]
      .map(([name, value]) => `${name}=${escapeCommandProperty(plainText(value!))}`)
      .join(',')
    return `::${command[finding.severity]} ${properties}::${escapeCommandData(withoutControls(finding.message))}`
  })
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/**
 * `text` with control characters (ESC, BEL, C1) and bidi overrides as spaces; line breaks are
 * kept, for `escapeCommandData` to encode.
 */
function withoutControls(text: string): string {
  return text.replace(
    /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    ' ',
  )
}
