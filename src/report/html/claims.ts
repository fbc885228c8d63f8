// Claim by claim: each claim's statements, its comparisons (conflicts first) and quote diffs.

import type { Claim, ComparisonStatus, DetailComparison, DiffPart } from '../../types.js'
import {
  claimSections,
  claimTitle,
  comparisonLabel,
  confidenceOf,
  conflictCutoff,
  type DiffSides,
  diffSides,
  foldedSummary,
  isPossible,
  relatedCutoff,
  splitComparisons,
  valueGroups,
  verdictLabel,
  weakestLinkNote,
} from '../describe.js'
import { escapeHtml as h } from '../escape.js'
import { type Context, statusName } from './context.js'
import { statementHtml } from './highlights.js'

/**
 * The claim-by-claim view: disputed, corroborated, then related claims as cards, each status in
 * its own group, then single-source rows.
 */
export function claimsSection(context: Context, ordered: Claim[]): string {
  const parts = claimSections(ordered).flatMap(({ status, heading, claims }) => {
    return [
      `<div class="group ${status}"><h2>${h(heading)} <span class="muted">(${claims.length})</span></h2>`,
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
    claim.status !== 'disputed' && possible
      ? ' <span class="badge possible" title="a comparison diverges, but its values may not be one fact">Possible conflict</span>'
      : ''
  const why =
    claim.why.summary.trim() === '' ? '' : `<p class="why">Aligned because of ${h(claim.why.summary)}</p>`
  const score =
    claim.articleIds.length > 1 ? `<span class="score" title="cohesion">${claim.score.toFixed(2)}</span>` : ''
  const weakest = weakestLinkNote(claim, relatedCutoff(context.report))
  return `<article class="claim ${claim.status}" id="${context.claimAnchor.get(claim.id)}" data-status="${claim.status}">
<header><span class="badge ${claim.status}">${statusName[claim.status]}</span>${badge}<h3>${h(title)}</h3><span class="claim-id">${h(claim.id)}</span>${score}${weakest === '' ? '' : `<span class="weakest" title="the lowest link score between two outlets' statements: too weak to call them one fact">${h(weakest)}</span>`}</header>
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
  // Each outlet beside its own words: one value written two ways shows both, joined by '='.
  const values = groups
    .map((group) =>
      group.wordings
        .map(
          (wording) =>
            `<span class="value">${h(wording.display)}</span> <span class="who">(${wording.articleIds.map(context.label).join(', ')})</span>`,
        )
        .join(` <span class="vs">${separators.agree}</span> `),
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
