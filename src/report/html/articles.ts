import type { Claim, Statement } from '../../types.js'
import { escapeHtml as h, safeHttpUrl } from '../escape.js'
import { type Context, statusName } from './context.js'
import { statementHtml } from './highlights.js'

/**
 * The articles side by side as rows of claims: each row is one claim, its statements level
 * across the outlets' columns (an empty cell where an outlet does not report it); a run of
 * single-source statements shares one row. Rows follow the articles' reading order (by the
 * earliest relative position of their statements), fragments ride with the statement before
 * them. On a narrow screen the columns give way to one outlet at a time and a switcher.
 */
export function articlesSection(context: Context, ordered: Claim[]): string {
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
