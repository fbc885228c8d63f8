// The top of the page: the summary header and its controls, the coverage matrix and the chart.

import type { Claim } from '../../types.js'
import { conflictChart } from '../chart.js'
import { plural } from '../describe.js'
import { escapeHtml as h } from '../escape.js'
import { type Context, statusName } from './context.js'

/** The page header: title, counts, the view toggle, the conflicts filter and the colour key. */
export function headerSection(context: Context, ordered: Claim[], title: string): string {
  const { stats } = context.report
  const chip = (className: string, count: number, word: string) =>
    `<span class="chip ${className}"><b>${count}</b> ${h(word)}</span>`
  return `<header class="top">
<p class="kicker">corroborate report · ${plural(stats.articles, 'outlet')} · ${plural(stats.statements, 'statement')}</p>
<h1>${h(title)}</h1>
<p class="chips">${chip('disputed', stats.disputed, 'disputed')}${chip('corroborated', stats.corroborated, 'corroborated')}${chip('related', stats.related, 'related')}${chip('single-source', stats.singleSource, 'single-source')}${chip('findings', stats.findings, stats.findings === 1 ? 'finding' : 'findings')}</p>
<div class="controls">
<span class="toggle" role="group" aria-label="View"><button type="button" data-view="claims" aria-pressed="true">Claim by claim</button><button type="button" data-view="articles" aria-pressed="false">Side by side</button></span>
<label class="filter"><input type="checkbox" id="only-conflicts"> Only conflicts</label>
<span id="shown-count" class="muted">${ordered.length} of ${plural(context.report.claims.length, 'claim')}</span>
</div>
<p class="legend"><span class="key agree">agrees</span><span class="key diverge">diverges</span><span class="key compatible">compatible</span><span class="key unique">one outlet only</span></p>
</header>`
}

/**
 * The coverage matrix: each outlet's statements, shared, unique and disputed, a bar of its
 * statements by verdict (corroborated, related, disputed, single-source), and which shared
 * claims it reports.
 */
export function coverageSection(context: Context, ordered: Claim[]): string {
  const shared = ordered.filter((claim) => claim.articleIds.length > 1)
  const head = shared
    .map(
      (claim) =>
        `<th scope="col" class="cell"><a href="#${context.claimAnchor.get(claim.id)}" title="${h(statusName[claim.status])}">${h(claim.id)}</a></th>`,
    )
    .join('')
  const related = relatedStatements(context)
  const rows = context.report.articles.map((article) => {
    const { coverage } = article
    const total = Math.max(1, coverage.statements)
    const linked = related.get(article.id) ?? 0
    const agreeing = Math.max(0, coverage.shared - coverage.disputed - linked)
    const bar = [
      ['corroborated', agreeing],
      ['related', linked],
      ['disputed', coverage.disputed],
      ['single-source', coverage.unique],
    ]
      .map(
        ([className, count]) =>
          `<span class="${className}" style="width:${((Number(count) / total) * 100).toFixed(1)}%"></span>`,
      )
      .join('')
    const cells = shared
      .map((claim) => {
        const present = claim.articleIds.includes(article.id)
        return `<td class="cell${present ? ` ${claim.status}` : ''}" title="${h(claim.id)}: ${present ? h(statusName[claim.status]) : 'not reported'}">${present ? '●' : '·'}</td>`
      })
      .join('')
    return `<tr><th scope="row">${context.label(article.id)}</th><td class="num">${coverage.statements}</td><td class="num">${coverage.shared}</td><td class="num">${coverage.unique}</td><td class="num">${coverage.disputed}</td><td class="bar-cell"><span class="bar" title="${coverage.shared} shared, ${coverage.unique} unique, ${coverage.disputed} disputed, ${linked} related">${bar}</span></td>${cells}</tr>`
  })
  return `<section id="coverage" aria-labelledby="coverage-title">
<h2 id="coverage-title">Coverage</h2>
<div class="scroll"><table class="matrix">
<thead><tr><th scope="col">Outlet</th><th scope="col" class="num">Statements</th><th scope="col" class="num">Shared</th><th scope="col" class="num">Unique</th><th scope="col" class="num">Disputed</th><th scope="col">Share</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
</section>`
}

/**
 * How many of each article's statements are in a related claim, by article id: the share of
 * its shared statements that other outlets link to only weakly. Of every claim, as the coverage
 * counts are, not only the shown ones.
 */
function relatedStatements(context: Context): Map<string, number> {
  const counts = new Map<string, number>()
  for (const claim of context.report.claims) {
    if (claim.status !== 'related') continue
    for (const id of claim.statementIds) {
      const articleId = context.statements.get(id)?.article.id
      if (articleId !== undefined) counts.set(articleId, (counts.get(articleId) ?? 0) + 1)
    }
  }
  return counts
}

/** The conflicting figures of the shown claims as one SVG chart, when there are any. */
export function chartSection(context: Context, ordered: Claim[], title: string): string {
  const svg = conflictChart(context.report, { title, claims: ordered })
  if (svg === '') return ''
  return `<section id="chart" aria-labelledby="chart-heading">
<h2 id="chart-heading">Conflicting figures</h2>
<figure class="chart">${svg}<figcaption class="muted">Each outlet's value on one axis per figure: dots are exact figures, bars ranges, arrows open-ended ('at least').</figcaption></figure>
</section>`
}
