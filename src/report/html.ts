import { highlightRank } from '../detail-kinds.js'
import type {
  Claim,
  ClaimStatus,
  ComparisonStatus,
  DetailComparison,
  DiffPart,
  Report,
  ReportArticle,
  Statement,
} from '../types.js'
import { conflictChart } from './chart.js'
import {
  claimByStatement,
  claimTitle,
  comparisonLabel,
  confidenceOf,
  conflictCutoff,
  type DiffSides,
  diffSides,
  foldedSummary,
  isPossible,
  type LocatedStatement,
  orderClaims,
  outletLabels,
  placeText,
  reportTitle,
  shownClaims,
  shownFindings,
  splitComparisons,
  statementIndex,
  valueGroups,
  verdictLabel,
} from './describe.js'
import { escapeHtml as h, safeHttpUrl } from './escape.js'

/**
 * The page's only script, static (report data lives in the markup, never in the script), so
 * that the Content-Security-Policy can allow exactly this script by its hash. It switches
 * between the claim and side-by-side views and applies the 'only conflicts' filter.
 */
export const htmlScript = `(function () {
  var body = document.body;
  body.classList.add('js');
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function press(buttons, name, value) {
    buttons.forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute(name) === value));
    });
  }
  var views = all('button[data-view]');
  function show(view) {
    body.setAttribute('data-view', view);
    press(views, 'data-view', view);
  }
  views.forEach(function (button) {
    button.addEventListener('click', function () { show(button.getAttribute('data-view')); });
  });
  var outlets = all('button[data-outlet]');
  function pick(outlet) {
    body.setAttribute('data-outlet', outlet);
    press(outlets, 'data-outlet', outlet);
  }
  outlets.forEach(function (button) {
    button.addEventListener('click', function () { pick(button.getAttribute('data-outlet')); });
  });
  show('claims');
  pick('1');
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    var target = link ? document.getElementById(link.getAttribute('href').slice(1)) : null;
    if (target && target.closest('#articles')) {
      show('articles');
      var cell = target.closest('[data-article]');
      if (cell) pick(cell.getAttribute('data-article'));
    } else if (target && target.closest('#claims')) show('claims');
  });
  var box = document.getElementById('only-conflicts');
  var count = document.getElementById('shown-count');
  function filter() {
    body.classList.toggle('only-conflicts', box.checked);
    var claims = all('#claims .claim');
    var shown = box.checked ? all('#claims .claim.disputed').length : claims.length;
    count.textContent = 'showing ' + shown + ' of ' + claims.length + ' claims';
  }
  box.addEventListener('change', filter);
  filter();
})();`

/**
 * The CSP hash of `htmlScript` ('sha256-' + base64 of its SHA-256), precomputed so that the
 * browser bundle needs no crypto; a test recomputes it.
 */
export const htmlScriptHash = 'sha256-ix/y8zBpq9ioc5GyattgK0Pc4c2Rb2+S8seGMaD44PA='

const contentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src '${htmlScriptHash}'`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

const statusName: Record<Claim['status'], string> = {
  disputed: 'Disputed',
  corroborated: 'Corroborated',
  'single-source': 'Single source',
}

const comparisonPriority: Record<ComparisonStatus, number> = {
  diverge: 0,
  compatible: 1,
  unique: 2,
  agree: 3,
}

interface Highlight {
  start: number
  end: number
  className: string
  title: string
}

interface Context {
  report: Report
  labels: Map<string, string>
  label: (articleId: string) => string
  claimOf: Map<string, Claim>
  statements: Map<string, LocatedStatement>
  claimAnchor: Map<string, string>
  statementAnchor: Map<string, string>
  verdicts: Map<string, { comparison: DetailComparison }>
}

/** Options of the HTML report. */
export interface HtmlOptions {
  /** The event's name, heading the page; default a neutral title (`neutralTitle`). */
  title?: string
  /** Show only the claims of these statuses (default: all). */
  only?: readonly ClaimStatus[]
}

/**
 * The report as one self-contained HTML page: no network access at all (inline CSS and one
 * inline script allowed by its hash in a strict Content-Security-Policy). The page is headed
 * by the event's name (`options.title`) or a neutral title built from what the outlets agree
 * on, never one outlet's headline. Claim by claim or side by side (a toggle): claim by claim,
 * each claim shows its conflicts first (the surest first) with agreements folded below, and
 * word diffs of differing quotes say whose words are struck and whose inserted; side by side,
 * each claim is one row level across the outlets' columns, and a narrow screen shows one
 * outlet at a time with a switcher. Statements are coloured as agreeing, diverging or unique,
 * compared figures highlighted in place; an 'only conflicts' filter, a coverage matrix of
 * outlets by claims and an SVG chart of the conflicting figures (`conflictChart`). Every
 * piece of article text and metadata is escaped; only http(s) URLs become links.
 *
 * @example
 * renderHtml(report, { title: 'Ferry Marisol capsizes' }).startsWith('<!DOCTYPE html>') //=> true
 */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const labels = outletLabels(report)
  const ordered = orderClaims(shownClaims(report.claims, options.only))
  const claimAnchor = new Map(ordered.map((claim, index) => [claim.id, `claim-${index + 1}`]))
  const statementAnchor = new Map<string, string>()
  report.articles.forEach((article, articleIndex) => {
    article.statements.forEach((statement, index) => {
      statementAnchor.set(statement.id, `s-${articleIndex + 1}-${index + 1}`)
    })
  })
  const verdicts = new Map<string, { comparison: DetailComparison }>()
  for (const claim of report.claims) {
    for (const comparison of claim.comparisons) {
      for (const value of comparison.values) {
        const key = detailKey(value.statementId, value.detail.start, value.detail.end)
        const known = verdicts.get(key)
        if (
          known === undefined ||
          comparisonPriority[comparison.status] < comparisonPriority[known.comparison.status]
        ) {
          verdicts.set(key, { comparison })
        }
      }
    }
  }
  const context: Context = {
    report,
    labels,
    label: (articleId) => h(labels.get(articleId) ?? articleId),
    claimOf: claimByStatement(report),
    statements: statementIndex(report),
    claimAnchor,
    statementAnchor,
    verdicts,
  }
  const title = reportTitle(report, options.title)
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(contentSecurityPolicy)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="corroborate">',
    `<title>${h(`corroborate: ${title}`)}</title>`,
    '<link rel="icon" href="data:,">',
    `<style>${css}${outletCss(report.articles.length)}</style>`,
    '</head>',
    '<body>',
    headerSection(context, ordered, title),
    '<main>',
    coverageSection(context, ordered),
    chartSection(context, ordered, title),
    claimsSection(context, ordered),
    articlesSection(context, ordered),
    findingsSection(context, ordered),
    '</main>',
    '<footer>Generated by corroborate. Every verdict points at the exact words of each article; check them before you publish.</footer>',
    `<script>${htmlScript}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function headerSection(context: Context, ordered: Claim[], title: string): string {
  const { stats } = context.report
  const chip = (className: string, count: number, word: string) =>
    `<span class="chip ${className}"><b>${count}</b> ${h(word)}</span>`
  return `<header class="top">
<p class="kicker">corroborate report · ${stats.articles} outlets · ${stats.statements} statements</p>
<h1>${h(title)}</h1>
<p class="chips">${chip('disputed', stats.disputed, 'disputed')}${chip('corroborated', stats.corroborated, 'corroborated')}${chip('single-source', stats.singleSource, 'single-source')}${chip('findings', stats.findings, stats.findings === 1 ? 'finding' : 'findings')}</p>
<div class="controls">
<span class="toggle" role="group" aria-label="View"><button type="button" data-view="claims" aria-pressed="true">Claim by claim</button><button type="button" data-view="articles" aria-pressed="false">Side by side</button></span>
<label class="filter"><input type="checkbox" id="only-conflicts"> Only conflicts</label>
<span id="shown-count" class="muted">${ordered.length} of ${context.report.claims.length} claims</span>
</div>
<p class="legend"><span class="key agree">agrees</span><span class="key diverge">diverges</span><span class="key compatible">compatible</span><span class="key unique">one outlet only</span></p>
</header>`
}

function coverageSection(context: Context, ordered: Claim[]): string {
  const shared = ordered.filter((claim) => claim.articleIds.length > 1)
  const head = shared
    .map(
      (claim) =>
        `<th scope="col" class="cell"><a href="#${context.claimAnchor.get(claim.id)}" title="${h(statusName[claim.status])}">${h(claim.id)}</a></th>`,
    )
    .join('')
  const rows = context.report.articles.map((article) => {
    const { coverage } = article
    const total = Math.max(1, coverage.statements)
    const agreeing = Math.max(0, coverage.shared - coverage.disputed)
    const bar = [
      ['corroborated', agreeing],
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
    return `<tr><th scope="row">${context.label(article.id)}</th><td class="num">${coverage.statements}</td><td class="num">${coverage.shared}</td><td class="num">${coverage.unique}</td><td class="num">${coverage.disputed}</td><td class="bar-cell"><span class="bar" title="${coverage.shared} shared, ${coverage.unique} unique, ${coverage.disputed} disputed">${bar}</span></td>${cells}</tr>`
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

function claimsSection(context: Context, ordered: Claim[]): string {
  const groups: [Claim['status'], string][] = [
    ['disputed', 'Disputed claims'],
    ['corroborated', 'Corroborated claims'],
    ['single-source', 'Single-source statements'],
  ]
  const parts = groups.flatMap(([status, title]) => {
    const claims = ordered.filter((claim) => claim.status === status)
    if (claims.length === 0) return []
    return [
      `<div class="group ${status}"><h2>${h(title)} <span class="muted">(${claims.length})</span></h2>`,
      ...claims.map((claim) =>
        status === 'single-source' ? singleSourceRow(context, claim) : claimCard(context, claim),
      ),
      '</div>',
    ]
  })
  return `<section id="claims" class="view" aria-label="Claim by claim">
${parts.join('\n')}
</section>`
}

function claimCard(context: Context, claim: Claim): string {
  const title = claimTitle(claim, context.labels)
  const rows = claim.statementIds.map((id) => {
    const located = context.statements.get(id)
    if (located === undefined) return ''
    const { statement, article } = located
    return `<tr id="${context.statementAnchor.get(id)}-c"><th scope="row">${context.label(article.id)}<span class="pos">${statement.line}:${statement.column}</span></th><td>${statementHtml(context, article, statement)}</td></tr>`
  })
  const cutoff = conflictCutoff(context.report)
  const { first, folded } = splitComparisons(claim, cutoff)
  const possible = first.some((comparison) => isPossible(comparison, cutoff))
  const badge =
    claim.status === 'corroborated' && possible
      ? ' <span class="badge possible" title="a comparison diverges, but its values may not be one fact">Possible conflict</span>'
      : ''
  const why =
    claim.why.summary.trim() === '' ? '' : `<p class="why">Aligned because of ${h(claim.why.summary)}</p>`
  const score =
    claim.articleIds.length > 1 ? `<span class="score" title="cohesion">${claim.score.toFixed(2)}</span>` : ''
  return `<article class="claim ${claim.status}" id="${context.claimAnchor.get(claim.id)}" data-status="${claim.status}">
<header><span class="badge ${claim.status}">${statusName[claim.status]}</span>${badge}<h3>${h(title)}</h3><span class="claim-id">${h(claim.id)}</span>${score}</header>
<table class="statements"><tbody>${rows.join('')}</tbody></table>
${comparisonLists(context, first, folded)}${why}
</article>`
}

/** A single-source claim as one compact row: outlet, position, statement, details. */
function singleSourceRow(context: Context, claim: Claim): string {
  const rows = claim.statementIds.map((id) => {
    const located = context.statements.get(id)
    if (located === undefined) return ''
    const { statement, article } = located
    return `<div class="single-row" id="${context.statementAnchor.get(id)}-c"><div class="single-who">${context.label(article.id)}<span class="pos">${statement.line}:${statement.column}</span></div><div>${statementHtml(context, article, statement)}</div></div>`
  })
  const comparisons = claim.comparisons.map((comparison) => comparisonItem(context, comparison))
  return `<article class="claim single-source compact" id="${context.claimAnchor.get(claim.id)}" data-status="${claim.status}">
${rows.join('')}${comparisons.length > 0 ? `<ul class="comparisons">${comparisons.join('')}</ul>` : ''}<span class="claim-id">${h(claim.id)}</span>
</article>`
}

const separators: Record<ComparisonStatus, string> = {
  diverge: 'vs',
  compatible: '~',
  agree: '=',
  unique: '·',
}

/**
 * Conflicts first, then what the outlets agree on folded in a `<details>` (open when there is
 * no conflict to read first, so a corroborated claim still shows its agreements).
 */
function comparisonLists(context: Context, first: DetailComparison[], folded: DetailComparison[]): string {
  const items = (list: DetailComparison[]) =>
    list.map((comparison) => comparisonItem(context, comparison)).join('')
  const top = first.length === 0 ? '' : `<ul class="comparisons conflicts">${items(first)}</ul>`
  if (folded.length === 0) return top
  return `${top}<details class="agreements"${first.length === 0 ? ' open' : ''}><summary>${h(foldedSummary(folded))}</summary><ul class="comparisons">${items(folded)}</ul></details>`
}

function comparisonItem(context: Context, comparison: DetailComparison): string {
  const groups = valueGroups(comparison)
  const values = groups
    .map(
      (group) =>
        `<span class="value">${h(group.display)}</span> <span class="who">(${group.articleIds.map(context.label).join(', ')})</span>`,
    )
    .join(` <span class="vs">${separators[comparison.status]}</span> `)
  const diff =
    comparison.diff !== null && comparison.diff.length > 0
      ? `<div class="diff">${diffKey(context, diffSides(comparison))}<p class="diff-words">${diffHtml(comparison.diff)}</p></div>`
      : ''
  const reason = comparison.reason.trim() === '' ? '' : `<span class="reason">${h(comparison.reason)}</span>`
  const label = verdictLabel(comparison, conflictCutoff(context.report))
  const confidence =
    comparison.status === 'diverge'
      ? `<span class="confidence" title="how sure the values are one fact">confidence ${confidenceOf(comparison).toFixed(2)}</span>`
      : ''
  const possible = label === 'possible' ? ' possible' : ''
  return `<li class="cmp ${comparison.status}${possible}"><span class="verdict">${label}</span><span class="subject">${h(comparisonLabel(comparison))}:</span> ${values}${confidence}${reason}${diff}</li>`
}

/**
 * The articles side by side as rows of claims: each row is one claim, its statements level
 * across the outlets' columns (an empty cell where an outlet does not report it); a run of
 * single-source statements shares one row. Rows follow the articles' reading order (by the
 * earliest relative position of their statements), fragments ride with the statement before
 * them. On a narrow screen the columns give way to one outlet at a time and a switcher.
 */
function articlesSection(context: Context, ordered: Claim[]): string {
  const { articles } = context.report
  const shown = new Set(ordered.map((claim) => claim.id))
  interface Row {
    claim: Claim | null
    cells: Statement[][]
    position: number
  }
  const rows: Row[] = []
  const rowOf = new Map<string, Row>()
  for (const claim of ordered) {
    const row: Row = { claim, cells: articles.map(() => []), position: Number.POSITIVE_INFINITY }
    rows.push(row)
    rowOf.set(claim.id, row)
  }
  articles.forEach((article, index) => {
    let previous: Row | undefined
    // Fragments before the article's first shown statement wait for its row.
    const waiting: Statement[] = []
    for (const statement of article.statements) {
      const claim = context.claimOf.get(statement.id)
      if (claim === undefined) {
        if (previous === undefined) waiting.push(statement)
        else previous.cells[index]!.push(statement)
        continue
      }
      const row = shown.has(claim.id) ? rowOf.get(claim.id) : undefined
      if (row === undefined) continue
      row.cells[index]!.push(...waiting.splice(0), statement)
      row.position = Math.min(row.position, statement.index / Math.max(1, article.statements.length))
      previous = row
    }
  })
  const placed = rows
    .filter((row) => row.position !== Number.POSITIVE_INFINITY)
    .sort((a, b) => a.position - b.position)
  // Consecutive single-source rows share one row: each outlet's unique statements, level with
  // the claims before and after them, without one near-empty row per statement.
  const packed: Row[] = []
  for (const row of placed) {
    const last = packed[packed.length - 1]
    if (row.claim?.status === 'single-source' && last !== undefined && last.claim === null) {
      row.cells.forEach((cell, index) => {
        last.cells[index]!.push(...cell)
      })
    } else if (row.claim?.status === 'single-source') {
      packed.push({ claim: null, cells: row.cells.map((cell) => [...cell]), position: row.position })
    } else packed.push(row)
  }
  const heads = articles.map((article, index) => {
    const url = safeHttpUrl(article.url)
    const title = article.title === null ? '' : h(article.title)
    const titleHtml =
      url === null
        ? `<p class="title">${title}</p>`
        : `<p class="title"><a href="${h(url)}" rel="noopener noreferrer nofollow" target="_blank">${title || h(url)}</a></p>`
    const meta = [article.publishedAt === null ? '' : h(article.publishedAt), h(article.format)]
      .filter(Boolean)
      .join(' · ')
    return `<div class="cell head" data-article="${index + 1}"><h2>${context.label(article.id)}</h2>${titleHtml}<p class="meta">${meta}</p></div>`
  })
  const body = packed.map((row) => {
    const status = row.claim === null ? 'single-source' : row.claim.status
    const tag =
      row.claim === null
        ? '<span class="row-tag">one outlet each</span>'
        : `<a class="row-tag to-claim" href="#${context.claimAnchor.get(row.claim.id)}">${h(statusName[row.claim.status])} · ${h(row.claim.id)}</a>`
    const cells = row.cells.map((statements, index) => {
      const article = articles[index]!
      const inner =
        statements.length === 0
          ? '<p class="absent">not reported</p>'
          : statements
              .sort((a, b) => a.index - b.index)
              .map((statement) => {
                const claim = context.claimOf.get(statement.id)
                const kind = claim === undefined ? 'none' : claim.status
                return `<p class="stmt ${kind} kind-${statement.kind}" id="${context.statementAnchor.get(statement.id)}">${statementHtml(context, article, statement)}<span class="pos">${statement.line}:${statement.column}</span></p>`
              })
              .join('')
      const empty = statements.length === 0 ? ' empty' : ''
      return `<div class="cell${empty}" data-article="${index + 1}"><span class="cell-outlet">${context.label(article.id)}</span>${inner}</div>`
    })
    return `<div class="side-row ${status}">${tag}${cells.join('')}</div>`
  })
  const switcher = articles
    .map(
      (article, index) =>
        `<button type="button" data-outlet="${index + 1}" aria-pressed="${index === 0}">${context.label(article.id)}</button>`,
    )
    .join('')
  return `<section id="articles" class="view" aria-label="Articles side by side">
<div class="outlet-switch" role="group" aria-label="Outlet shown">${switcher}</div>
<div class="side" style="--outlets:${Math.max(1, articles.length)}">
<div class="side-row heads">${heads.join('')}</div>
${body.join('\n')}
</div>
</section>`
}

/** The conflicting figures of the shown claims as one SVG chart, when there are any. */
function chartSection(context: Context, ordered: Claim[], title: string): string {
  const svg = conflictChart(context.report, { title, claims: ordered })
  if (svg === '') return ''
  return `<section id="chart" aria-labelledby="chart-heading">
<h2 id="chart-heading">Conflicting figures</h2>
<figure class="chart">${svg}<figcaption class="muted">Each outlet's value on one axis per figure: dots are exact figures, bars ranges, arrows open-ended ('at least').</figcaption></figure>
</section>`
}

function findingsSection(context: Context, ordered: Claim[]): string {
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

/** A statement's display text, escaped, with its details highlighted in place. */
function statementHtml(context: Context, article: ReportArticle, statement: Statement): string {
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

/** Whose words are struck and whose inserted, by outlet name. */
function diffKey(context: Context, sides: DiffSides | null): string {
  const names = (ids: string[] | undefined) =>
    ids === undefined || ids.length === 0 ? 'one version' : ids.map(context.label).join(', ')
  return `<p class="diff-key"><del>struck</del>: ${names(sides?.removed)} · <ins>inserted</ins>: ${names(sides?.added)}</p>`
}

function diffHtml(parts: readonly DiffPart[]): string {
  return parts
    .map((part) => {
      if (part.removed) return `<del>${h(part.value)}</del>`
      if (part.added) return `<ins>${h(part.value)}</ins>`
      return h(part.value)
    })
    .join('')
}

function detailKey(statementId: string, start: number, end: number): string {
  return `${statementId}\u0000${start}\u0000${end}`
}

/**
 * On a narrow screen, the side-by-side rows show only the outlet the switcher picked (the
 * script sets `data-outlet` on the body), and only the rows that outlet reports, so the
 * column reads as its article; without the script every outlet stays, stacked.
 */
function outletCss(count: number): string {
  const rules = Array.from(
    { length: count },
    (_, index) =>
      `body.js[data-outlet="${index + 1}"] .side .cell:not([data-article="${index + 1}"]),` +
      `body.js[data-outlet="${index + 1}"] .side-row:has(>.cell.empty[data-article="${index + 1}"]){display:none}`,
  )
  return `@media (max-width:700px){${rules.join('')}}\n`
}

const css = `
:root{--ink:#1d232b;--muted:#5f6b7a;--line:#d9dee5;--bg:#f6f7f9;--card:#fff;
--agree:#1f7a4d;--agree-bg:#e3f4ea;--diverge:#b42318;--diverge-bg:#fde7e4;--unique:#8a5a00;--unique-bg:#fff3d6;
--compatible:#1f5f99;--compatible-bg:#e4eefa;--none-bg:#eef0f3}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header.top{padding:1.5rem 2rem 1rem;background:var(--card);border-bottom:1px solid var(--line)}
.kicker{margin:0;color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.06em}
h1{margin:.25rem 0 .5rem;font-size:1.6rem;line-height:1.25}
h2{font-size:1.1rem;margin:1.5rem 0 .75rem}
h3{display:inline;font-size:1rem;margin:0}
main{padding:0 2rem 2rem;max-width:90rem;margin:0 auto}
footer{padding:1rem 2rem 2rem;color:var(--muted);font-size:.8rem;text-align:center}
a{color:var(--compatible)}
.muted{color:var(--muted)}
.chips{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
.chip{padding:.15rem .65rem;border-radius:999px;background:var(--none-bg);font-size:.85rem}
.chip.disputed{background:var(--diverge-bg);color:var(--diverge)}
.chip.corroborated{background:var(--agree-bg);color:var(--agree)}
.chip.single-source{background:var(--unique-bg);color:var(--unique)}
.controls{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;margin:.75rem 0 .25rem}
.toggle{display:inline-flex;border:1px solid var(--line);border-radius:8px;overflow:hidden}
.toggle button{font:inherit;border:0;background:var(--card);padding:.35rem .9rem;cursor:pointer;color:var(--ink)}
.toggle button[aria-pressed=true]{background:var(--ink);color:#fff}
.filter{display:inline-flex;align-items:center;gap:.4rem;cursor:pointer;font-weight:600}
.legend{display:flex;gap:.75rem;flex-wrap:wrap;margin:.5rem 0 0;font-size:.8rem}
.key{padding:0 .45rem;border-radius:4px;border-bottom:2px solid}
.key.agree,mark.agree{background:var(--agree-bg);border-color:var(--agree)}
.key.diverge,mark.diverge{background:var(--diverge-bg);border-color:var(--diverge)}
.key.compatible,mark.compatible{background:var(--compatible-bg);border-color:var(--compatible)}
.key.unique,mark.unique{background:var(--unique-bg);border-color:var(--unique)}
mark{background:var(--none-bg);color:inherit;border-radius:3px;padding:0 .1em;border-bottom:2px solid #b8c0cc}
mark.diverge{font-weight:700}
.scroll{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:10px}
table{border-collapse:collapse;width:100%}
th,td{padding:.45rem .7rem;text-align:left;vertical-align:top;border-bottom:1px solid var(--line)}
tbody tr:last-child>*{border-bottom:0}
.num{text-align:right;font-variant-numeric:tabular-nums}
.matrix .cell{text-align:center;padding:.45rem .3rem;min-width:2rem;color:#aab2bd;font-size:.8rem}
.matrix td.cell.disputed{color:var(--diverge);font-size:1.1rem}
.matrix td.cell.corroborated{color:var(--agree);font-size:1.1rem}
.matrix th.cell a{text-decoration:none;color:var(--muted)}
.matrix tbody th{white-space:nowrap}
.bar-cell{min-width:9rem}
.bar{display:flex;height:.7rem;border-radius:999px;overflow:hidden;background:var(--none-bg);margin-top:.4rem}
.bar .corroborated{background:var(--agree)}.bar .disputed{background:var(--diverge)}.bar .single-source{background:#e0a526}
.claim{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--line);border-radius:10px;margin:0 0 1rem;padding:.8rem 1rem}
.claim.disputed{border-left-color:var(--diverge)}
.claim.corroborated{border-left-color:var(--agree)}
.claim.single-source{border-left-color:#e0a526}
.claim>header{display:flex;align-items:baseline;gap:.6rem;flex-wrap:wrap;margin-bottom:.4rem}
.badge{font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:.1rem .5rem;border-radius:4px}
.badge.disputed{background:var(--diverge-bg);color:var(--diverge)}
.badge.corroborated{background:var(--agree-bg);color:var(--agree)}
.badge.single-source{background:var(--unique-bg);color:var(--unique)}
.claim-id,.score{color:var(--muted);font-size:.8rem}
.score::before{content:"cohesion "}
.statements th{width:12rem;font-weight:600;white-space:nowrap}
.pos{display:block;color:var(--muted);font-weight:400;font-size:.75rem;font-variant-numeric:tabular-nums}
td.pos{display:table-cell;white-space:nowrap}
.comparisons{list-style:none;margin:.5rem 0 0;padding:0}
.cmp{padding:.3rem 0 .3rem .6rem;border-left:3px solid var(--line);margin:.3rem 0}
.cmp.diverge{border-color:var(--diverge)}.cmp.possible{border-style:dashed}.cmp.possible .verdict{color:#b7791f}.confidence{margin-left:.4rem;font-size:.72rem;color:var(--muted)}.badge.possible{background:#fdf3d8;color:#8a5a00}.cmp.agree{border-color:var(--agree)}.cmp.unique{border-color:#e0a526}.cmp.compatible{border-color:var(--compatible)}
.verdict{display:inline-block;min-width:5.5rem;font-size:.72rem;font-weight:700;text-transform:uppercase;color:var(--muted)}
.cmp.diverge .verdict{color:var(--diverge)}.cmp.agree .verdict{color:var(--agree)}.cmp.unique .verdict{color:var(--unique)}.cmp.compatible .verdict{color:var(--compatible)}
.subject{font-weight:600;margin-right:.2rem}
.value{font-weight:700}
.who{color:var(--muted)}
.vs{color:var(--muted);font-weight:700;margin:0 .2rem}.cmp.diverge .vs{color:var(--diverge)}
.reason{display:block;color:var(--muted);font-size:.85rem}
.diff{margin:.35rem 0 0;padding:.4rem .6rem;background:var(--bg);border-radius:6px;font-size:.9rem}
del{background:var(--diverge-bg);color:var(--diverge);text-decoration:line-through}
ins{background:var(--agree-bg);color:var(--agree);text-decoration:none;font-weight:600}
.why{margin:.4rem 0 0;color:var(--muted);font-size:.8rem}
.claim.compact{position:relative;padding:.5rem 3rem .5rem 1rem;margin-bottom:.5rem}
.claim.compact .claim-id{position:absolute;right:1rem;top:.6rem}
.single-row{display:grid;grid-template-columns:12rem 1fr;gap:.7rem}
.single-who{font-weight:600}
.claim.compact .comparisons{margin-left:12.7rem}
#articles{margin-top:1.5rem}
del+ins,ins+del{margin-left:.3em}
.diff-key{margin:0 0 .2rem;font-size:.78rem;color:var(--muted)}
.diff-key del,.diff-key ins{padding:0 .3em;border-radius:3px}
.diff-words{margin:0}
.agreements{margin:.4rem 0 0}
.agreements>summary{cursor:pointer;color:var(--muted);font-size:.85rem;padding:.2rem 0}
.chart{margin:0;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.8rem 1rem;overflow:hidden}
.chart svg{display:block;width:100%;max-width:720px;height:auto}
.chart figcaption{font-size:.8rem;margin-top:.4rem}
.side{display:grid;gap:.4rem;overflow-x:auto}
.side-row{display:grid;grid-template-columns:repeat(var(--outlets),minmax(12rem,1fr));gap:.75rem;position:relative;padding-top:1.35rem;border-top:1px solid var(--line)}
.side-row.heads{padding-top:0;border-top:0}
.side-row.disputed{border-top:2px solid var(--diverge)}
.row-tag{position:absolute;top:.25rem;left:0;font-size:.72rem;color:var(--muted);text-decoration:none}
.side-row.disputed .row-tag{color:var(--diverge);font-weight:700}
.cell{min-width:0}
.cell.head{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.4rem .8rem}
.cell.head h2{margin:.3rem 0 0}
.cell.head .title{margin:.2rem 0;font-weight:600}
.cell.head .meta{margin:0;color:var(--muted);font-size:.8rem}
.cell-outlet{display:none;font-size:.75rem;font-weight:700;color:var(--muted)}
.absent{margin:.4rem 0;color:#8a94a3;font-size:.8rem;font-style:italic}
.stmt .pos{display:inline;margin-left:.4rem}
.outlet-switch{display:none}
.outlet-switch button{font:inherit;border:1px solid var(--line);background:var(--card);padding:.3rem .7rem;border-radius:999px;cursor:pointer;color:var(--ink)}
.outlet-switch button[aria-pressed=true]{background:var(--ink);color:#fff;border-color:var(--ink)}
.stmt{margin:.4rem 0;padding:.35rem .6rem;border-radius:6px;border-left:4px solid transparent}
.stmt.disputed{background:var(--diverge-bg);border-color:var(--diverge)}
.stmt.corroborated{background:var(--agree-bg);border-color:var(--agree)}
.stmt.single-source{background:var(--unique-bg);border-color:#e0a526}
.stmt.none{color:var(--muted)}
.stmt.kind-heading{font-weight:700}
.to-claim{margin-left:.4rem;font-size:.72rem;color:var(--muted)}
.sev{font-size:.72rem;font-weight:700;text-transform:uppercase;padding:.1rem .45rem;border-radius:4px}
.sev.error{background:var(--diverge-bg);color:var(--diverge)}
.sev.warning{background:var(--unique-bg);color:var(--unique)}
.sev.note{background:var(--compatible-bg);color:var(--compatible)}
.rule{color:var(--muted);font-size:.8rem;white-space:nowrap}
body.js[data-view=claims] #articles,body.js[data-view=articles] #claims{display:none}
body.only-conflicts .claim:not(.disputed),body.only-conflicts .group:not(.disputed),body.only-conflicts .side-row:not(.disputed):not(.heads){display:none}
body:has(#only-conflicts:checked) .claim:not(.disputed){display:none}
@media (max-width:700px){header.top,main{padding-left:1rem;padding-right:1rem}.statements th{width:auto;white-space:normal}.single-row{grid-template-columns:1fr}.claim.compact .comparisons{margin-left:0}
.side{overflow-x:visible}.side-row{grid-template-columns:minmax(0,1fr)}.cell-outlet{display:block}body.js .cell-outlet{display:none}
body.js .outlet-switch{display:flex;flex-wrap:wrap;gap:.4rem;position:sticky;top:0;z-index:1;background:var(--bg);padding:.5rem 0;margin-bottom:.4rem}}
@media print{.controls{display:none}#articles{display:none}}
`
