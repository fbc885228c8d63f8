import type { Claim } from '../../types.js'
import { placeText, shownFindings } from '../describe.js'
import { escapeHtml as h } from '../escape.js'
import type { Context } from './context.js'

/** The findings of the shown claims as a table, each linked to its statement in the claim view. */
export function findingsSection(context: Context, ordered: Claim[]): string {
  const findings = shownFindings(context.report, ordered)
  if (findings.length === 0)
    return '<section id="findings"><h2>Findings</h2><p class="muted">No findings.</p></section>'
  const rows = findings.map((finding) => {
    const anchor = context.statementAnchor.get(finding.statementId)
    const where = placeText(finding.place, '–')
    const link = anchor === undefined ? h(where) : `<a href="#${anchor}-c">${h(where)}</a>`
    return `<tr class="${finding.severity}"><td><span class="sev ${finding.severity}">${finding.severity}</span></td><td>${context.label(finding.articleId)}</td><td class="pos">${link}</td><td>${h(finding.message)}</td><td class="rule">${h(finding.rule)}</td></tr>`
  })
  return `<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
<div class="scroll"><table class="findings"><thead><tr><th scope="col">Severity</th><th scope="col">Outlet</th><th scope="col">Where</th><th scope="col">Message</th><th scope="col">Rule</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>
</section>`
}
