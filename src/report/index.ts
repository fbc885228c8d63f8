import { CorroborateError } from '../errors.js'
import { typoHint } from '../text/closest.js'
import type { ClaimStatus, RenderFormat, Report } from '../types.js'
import { renderSvg } from './chart.js'
import { checkConsistency } from './consistency.js'
import { reportTitle, shownClaims } from './describe.js'
import { renderGithub } from './github.js'
import { renderHtml } from './html.js'
import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'
import { recountStats } from './recount.js'
import { renderSarif } from './sarif.js'
import { renderText } from './text.js'
import { upgradeReport } from './upgrade.js'
import { checkReport } from './validate.js'

/** Options of `render`. */
export interface RenderOptions {
  /** ANSI colours in the `text` format. Default false; the CLI sets it for a TTY without NO_COLOR. */
  color?: boolean
  /**
   * The event's name, heading the `html`, `markdown` and `svg` reports (the CLI passes a
   * manifest's `event`). Default: a neutral title built from what the outlets agree on
   * (`neutralTitle`), never one outlet's headline.
   */
  title?: string
  /**
   * Show only the claims of these statuses in the `text`, `markdown`, `html` and `svg`
   * reports, e.g. `['disputed']` for the conflicts alone; the summary still counts every
   * claim. Default: all. Other formats write the whole report. An unknown status is 'E_OPTION'.
   */
  only?: readonly ClaimStatus[]
}

/** The claim statuses `RenderOptions.only` accepts. */
export const claimStatuses: readonly ClaimStatus[] = Object.freeze([
  'disputed',
  'corroborated',
  'related',
  'single-source',
])

const renderers: Record<RenderFormat, (report: Report, options: RenderOptions) => string> = {
  json: (report) => renderJson(report),
  markdown: (report, options) => renderMarkdown(report, options),
  html: (report, options) => renderHtml(report, options),
  text: (report, options) => renderText(report, options),
  sarif: (report) => renderSarif(report),
  github: (report) => renderGithub(report),
  svg: (report, options) =>
    renderSvg(report, {
      title: reportTitle(report, options.title),
      claims: shownClaims(report.claims, options.only),
    }),
}

/** The formats `render` writes, in the order the docs list them. */
export const renderFormats: readonly RenderFormat[] = Object.freeze(Object.keys(renderers) as RenderFormat[])

/**
 * Writes a report in one output format: `json` (versioned, see `corroborate/schema.json`),
 * `markdown`, `html` (one self-contained, escaped page), `text` (the terminal report),
 * `sarif` (SARIF 2.1.0 from the findings), `github` (workflow annotations) or `svg` (the
 * conflicting figures as one chart, `conflictChart`). `options.title` names the event,
 * `options.only` keeps the claims of some statuses (see `RenderOptions`); an option it does not
 * know is 'E_OPTION' with a suggestion ('colour': did you mean 'color'?). Pure and
 * deterministic: the same report gives the same string, byte for byte. A report that is not
 * one is 'E_INPUT_TYPE'; one with a missing or mistyped field (a hand-edited file) is
 * 'E_REPORT', naming the field (`checkReport`), as is one of a schema it does not read (a
 * later major version, a newer corroborate's; or one older than 1.x) and one that contradicts
 * itself (a 'related' claim of one outlet, a `weakestLink` outside 0..1: `checkConsistency`).
 * Stats that no longer count the report's claims or findings (a filtered report) are counted
 * again (`recountStats`). A report of schema 1.x (read from a file) is written in the current
 * schema's shape (`upgradeReport`).
 *
 * @example
 * render(report, 'text').split('\n')[0]
 * //=> 'corroborate: 3 articles, 5 claims: 1 disputed, 2 corroborated, 0 related, 2 single-source'
 * render(report, 'pdf') // throws E_OPTION
 */
export function render(report: Report, format: RenderFormat, options: RenderOptions = {}): string {
  if (typeof format !== 'string' || !Object.hasOwn(renderers, format)) {
    const shown = typeof format === 'string' ? `'${format}'` : typeof format
    throw new CorroborateError(
      'E_OPTION',
      `Unknown report format ${shown}; use one of ${renderFormats.map((name) => `'${name}'`).join(', ')}.`,
      shown,
    )
  }
  if (!isReport(report)) {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      'render() needs a report as returned by compare(): an object with articles, claims, findings and stats.',
      report === null ? 'null' : typeof report,
    )
  }
  checkReport(report)
  if (options === null || typeof options !== 'object') {
    throw new CorroborateError('E_OPTION', `render() options must be an object such as { color: true }.`)
  }
  checkRenderOptions(options)
  const upgraded = upgradeReport(report)
  checkConsistency(upgraded)
  return renderers[format](recountStats(upgraded), options)
}

/** The options `render` reads, as `RenderOptions` lists them. */
const renderOptionNames = ['color', 'title', 'only']

function checkRenderOptions(options: RenderOptions): void {
  // As compare's options: a misspelt one ('colour') would otherwise do nothing, silently.
  for (const name of Object.keys(options)) {
    if (renderOptionNames.includes(name)) continue
    const hint = typoHint(name, renderOptionNames, ` render() takes ${renderOptionNames.join(', ')}.`)
    throw new CorroborateError('E_OPTION', `Unknown render() option '${name}'.${hint}`, name)
  }
  const { title, only } = options
  if (title !== undefined && typeof title !== 'string') {
    throw new CorroborateError('E_OPTION', `render() option title must be a string such as 'Ferry capsizes'.`)
  }
  if (only === undefined) return
  const list = claimStatuses.map((status) => `'${status}'`).join(', ')
  if (!Array.isArray(only)) {
    throw new CorroborateError('E_OPTION', `render() option only must be a list of claim statuses: ${list}.`)
  }
  for (const status of only) {
    if (!claimStatuses.includes(status)) {
      throw new CorroborateError(
        'E_OPTION',
        `render() option only has an unknown claim status ${typeof status === 'string' ? `'${status}'` : typeof status}; use ${list}.`,
      )
    }
  }
}

function isReport(value: unknown): value is Report {
  if (typeof value !== 'object' || value === null) return false
  const report = value as Partial<Report>
  return (
    Array.isArray(report.articles) &&
    Array.isArray(report.claims) &&
    Array.isArray(report.findings) &&
    typeof report.stats === 'object' &&
    report.stats !== null
  )
}
