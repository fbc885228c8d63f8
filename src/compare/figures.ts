import { align } from '../align/index.js'
import { detailKinds } from '../detail-kinds.js'
import { CorroborateError } from '../errors.js'
import { analyzeAt } from '../extract/analyze.js'
import { resolveOptions } from '../options.js'
import type { Article, ArticleInput, Detail, Finding, Options, Statement } from '../types.js'
import { compareClaim, detailStatus, tolerancesOf } from './details.js'
import { FindingContext, sortFindings } from './findings.js'
import { fourDigits } from './patterns.js'

/** Options of `checkFigures`: every option, plus the source articles to check against. */
export type CheckFiguresOptions = Options & {
  /** Articles that may confirm the checked article's figures. Default: none. */
  sources?: ArticleInput[]
}

/**
 * Lists the figures of an article that nothing sources, as 'unsourced-figure' warnings.
 *
 * The rule, exactly: a detail is a figure when it is a count, an amount of money, a
 * percentage or a quantity (dates, and bare years read as counts, only with
 * `options.datesAreFigures`). A figure is reported when
 * 1. its statement is a sentence, list item, quote or caption (headings summarise the body,
 *    where the figure is checked; page fragments are not checked), and
 * 2. its statement has no attribution: no citation of any kind (outlet marker such as
 *    '... AP News2.', footnote, link, 'according to', 'said', a quote with its speaker) and no
 *    attribution or attributed-quote detail, and
 * 3. when `options.sources` are given, no source statement aligned with it gives the same figure
 *    in agreement or within hedges and rounding (see `compareClaim`), and
 * 4. it is not a small number word that refers back to things already named ('the two sides',
 *    'the two powers'; see `definiteReference`); outcomes such as 'the two men were arrested'
 *    are still figures.
 *
 * A marker sources the sentence it ends, not the sentences before it.
 *
 * @example
 * checkFigures('The plant employs 1,200 people. It opened in 1998, AP News reported.')
 * //=> [{ rule: 'unsourced-figure', severity: 'warning', line: 1, column: 19,
 * //      message: 'The figure 1,200 has no source: cite where it comes from', ... }]
 */
export function checkFigures(article: ArticleInput, options?: CheckFiguresOptions): Finding[] {
  const { sources, ...rest } = options ?? {}
  if (sources !== undefined && !Array.isArray(sources)) {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `Option 'sources' must be an array of articles; received ${typeof sources}. Wrap a single source in [ ].`,
    )
  }
  const resolved = resolveOptions(rest)
  const checked = analyzeAt(article, rest, 0)
  const others = (sources ?? []).map((source, index) => analyzeAt(source, rest, index + 1))
  const ids = new Set<string>()
  for (const { id } of [checked, ...others]) {
    if (ids.has(id)) {
      throw new CorroborateError('E_INPUT_TYPE', `Two articles share the id '${id}'; give each a unique id.`)
    }
    ids.add(id)
  }
  const confirmed = others.length === 0 ? new Set<string>() : confirmedFigures(checked, others, rest)
  const context = new FindingContext([checked])
  const findings: Finding[] = []
  for (const statement of checked.statements) {
    if (!checkable(statement) || attributed(statement)) continue
    for (const detail of statement.details) {
      if (!isFigure(detail, resolved.datesAreFigures) || confirmed.has(detailKey(statement, detail))) continue
      if (definiteReference(detail, checked.text)) continue
      const message =
        others.length === 0
          ? `The figure ${detail.text} has no source: cite where it comes from`
          : `The figure ${detail.text} has no source, and no source article confirms it`
      findings.push(context.finding('unsourced-figure', 'warning', checked.id, statement.id, detail, message))
    }
  }
  return sortFindings(findings, [checked])
}

/**
 * Whether a detail is a figure: a count, money, percentage or quantity; a date only when
 * `datesAreFigures`. A count that is a bare year ('in 1998': a four-digit whole number from
 * 1000 to 2199 with no hedge, subject or unit) is a date, not a figure.
 *
 * @example
 * isFigure({ kind: 'count', text: '1,200 people', value: 1200 }, false) //=> true
 */
export function isFigure(detail: Detail, datesAreFigures: boolean): boolean {
  if (detail.kind === 'date') return datesAreFigures
  if (!detailKinds[detail.kind].figure) return false
  if (detail.kind === 'count' && isBareYear(detail)) return datesAreFigures
  return true
}

/** Determiners that make a small number word point back at things already named: 'the two sides'. */
const definiteDeterminers: ReadonlySet<string> = new Set([
  'the',
  'these',
  'those',
  'both',
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
  'all',
])

/** Number words small enough to name a group the reader already knows: 'the two powers'. */
const smallNumberWords: ReadonlySet<string> = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
])

/**
 * Subjects that name the parties of a story rather than a counted quantity: 'two major powers',
 * 'the three nations'. A small number word before one of them refers to parties the article
 * already names.
 */
const partySubjects: ReadonlySet<string> = new Set([
  'power',
  'superpower',
  'side',
  'party',
  'nation',
  'country',
  'state',
  'government',
  'leader',
  'president',
  'ally',
  'rival',
  'neighbour',
  'neighbor',
  'economy',
  'capital',
  'camp',
  'bloc',
  'partner',
  'team',
  'candidate',
])

/** Subjects whose count is news even when it points back ('the two men were arrested'). */
const outcomeSubjects: ReadonlySet<string> = new Set([
  'deaths',
  'injuries',
  'missing',
  'arrests',
  'casualties',
  'displaced',
  'evacuations',
])

/**
 * Whether a count is a number word that refers back rather than states a figure: a small
 * number word after a definite determiner ('the two sides', 'their three children') or before
 * the parties of a story ('two major powers'). Outcomes stay figures ('the two men were
 * arrested'), and so do digits.
 *
 * @example
 * const raw = 'The two sides met in Geneva.'
 * definiteReference(extractDetails(raw)[0], raw) //=> true // 'two' is no figure to source
 */
export function definiteReference(detail: Detail, raw: string): boolean {
  if (detail.kind !== 'count' || detail.hedge !== null) return false
  if (!smallNumberWords.has(detail.text.toLowerCase())) return false
  if (detail.subject !== null && outcomeSubjects.has(detail.subject)) return false
  if (detail.subject !== null && partySubjects.has(detail.subject)) return true
  const end = beforeMarkup(raw, detail.start)
  let start = end
  while (start > 0 && isAsciiLetter(raw.charCodeAt(start - 1))) start--
  return start < end && end < detail.start && definiteDeterminers.has(raw.slice(start, end).toLowerCase())
}

/**
 * Where the word before `at` ends, stepping back over spaces and the inline markup a number
 * may sit in ('the <b>two</b> sides', 'the **two** sides').
 */
function beforeMarkup(raw: string, at: number): number {
  let end = at
  for (;;) {
    const code = raw.charCodeAt(end - 1)
    if (code === 32 || code === 42 || code === 95) end--
    else if (code === 62) {
      let open = end - 1
      while (open > 0 && end - open < MAX_TAG_LENGTH && raw.charCodeAt(open) !== 60) open--
      if (raw.charCodeAt(open) !== 60) return end
      end = open
    } else return end
  }
}

/** Longest tag `beforeMarkup` steps over ('<span class="num">'). */
const MAX_TAG_LENGTH = 120

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isBareYear(detail: Detail): boolean {
  return (
    typeof detail.value === 'number' &&
    Number.isInteger(detail.value) &&
    detail.value >= 1000 &&
    detail.value < 2200 &&
    detail.hedge === null &&
    detail.subject === null &&
    detail.unit === null &&
    fourDigits.test(detail.text.trim())
  )
}

/**
 * Whether a statement says where it comes from: any citation (outlet marker, footnote, link,
 * 'according to', 'said'; a quote citation only with its speaker), an attribution detail, or a
 * quote with a known speaker. A quotation nobody is named for sources nothing.
 */
export function attributed(statement: Statement): boolean {
  return (
    statement.citations.some((citation) => citation.kind !== 'quote' || citation.source.trim() !== '') ||
    statement.details.some(
      (detail) => detail.kind === 'attribution' || (detail.kind === 'quote' && detail.source !== null),
    )
  )
}

function checkable(statement: Statement): boolean {
  return statement.kind !== 'heading' && statement.kind !== 'fragment'
}

function detailKey(statement: Statement, detail: Detail): string {
  return `${statement.id}:${detail.start}:${detail.end}`
}

// The checked article's figures that a source gives in agreement or compatibly.
function confirmedFigures(checked: Article, others: readonly Article[], options: Options): Set<string> {
  const resolved = resolveOptions(options)
  const tolerances = tolerancesOf(resolved)
  const statementsById = new Map<string, Statement>()
  for (const article of [checked, ...others]) {
    for (const statement of article.statements) statementsById.set(statement.id, statement)
  }
  const confirmed = new Set<string>()
  for (const claim of align([checked, ...others], options)) {
    if (!claim.articleIds.includes(checked.id) || claim.articleIds.length < 2) continue
    for (const comparison of compareClaim(claim, statementsById, resolved).comparisons) {
      const own = comparison.values.filter((value) => value.articleId === checked.id)
      const theirs = comparison.values.filter((value) => value.articleId !== checked.id)
      for (const value of own) {
        const backed = theirs.some(
          (other) => detailStatus(value.detail, other.detail, tolerances) !== 'diverge',
        )
        const statement = statementsById.get(value.statementId)
        if (backed && statement !== undefined) confirmed.add(detailKey(statement, value.detail))
      }
    }
  }
  return confirmed
}
