import { detailKinds } from '../detail-kinds.js'
import { pluralOf } from '../extract/nouns.js'
import { defaultOptions } from '../options.js'
import { lineIndex } from '../parse/offsets.js'
import { ruleRank } from '../rules.js'
import type {
  Article,
  Claim,
  Detail,
  DetailComparison,
  Finding,
  FindingRule,
  Point,
  ResolvedOptions,
  Severity,
  Span,
  Statement,
} from '../types.js'
import { detailStatus, isConflict, type ToleranceOptions, tolerancesOf } from './details.js'
import {
  attributionConflicts,
  briefDiff,
  compareQuotes,
  namedSpeaker,
  quoteText,
  speakerOf,
  wordDiff,
} from './quotes.js'
import { divergenceSeverity } from './rules.js'
import { detailTerms } from './same-thing.js'
import { valueClasses, valueKey } from './value-classes.js'
import { ValueList } from './value-list.js'

/**
 * The findings of judged claims (claims with their `comparisons` and `status` set):
 * - 'divergent-detail' (error or warning, see `divergenceSeverity`) on each value of a
 *   diverging comparison that cannot be true together with some other outlet's value:
 *   `Death toll 41 diverges from 38 (AP)`; a note that says 'Possible conflict' when the
 *   comparison's confidence is below `options.minConflictConfidence` (default 0.5);
 * - 'misquote' (warning) on each version of a quote that other outlets word differently,
 *   with a short word diff, and on each version that another outlet gives to a different
 *   person: `Tomas Weller's quote is attributed to Mina Okafor in Ridge Times`;
 * - 'single-source-statement' (note) on statements only one outlet has, when the statement
 *   carries a figure (count, money, percentage, quantity; dates too with
 *   `options.datesAreFigures`) or a quote and the comparison has at least two articles.
 *   Other single-source statements are left out so that the report is not flooded.
 *
 * Findings point at the detail's span (the statement's span for notes) with the line and
 * column in the article's raw text, and are sorted by article, then position, then rule.
 * Pass the options the claims were judged with, so that hedges and rounding weigh the same.
 *
 * @example
 * // compare() lists the findings of its claims this way:
 * compare([{ id: 'bbc', outlet: 'BBC', text: 'The death toll rose to 41, officials said.' },
 *          { id: 'ap', outlet: 'AP', text: 'The death toll rose to 38, officials said.' }]).findings.map((f) => f.message)
 * //=> ['Death toll 41 diverges from 38 (AP)', 'Death toll 38 diverges from 41 (BBC)']
 */
export function claimFindings(
  claims: readonly Claim[],
  statementsById: ReadonlyMap<string, Statement>,
  articles: readonly Article[] | ReadonlyMap<string, Article>,
  options: ToleranceOptions &
    Pick<ResolvedOptions, 'datesAreFigures'> &
    Partial<Pick<ResolvedOptions, 'minConflictConfidence'>> = defaultOptions,
): Finding[] {
  const list = articles instanceof Map ? [...articles.values()] : (articles as readonly Article[])
  const context = new FindingContext(list)
  const findings: Finding[] = []
  for (const claim of claims) {
    for (const comparison of claim.comparisons) {
      if (comparison.status !== 'diverge') continue
      if (comparison.kind === 'quote') {
        const cutoff = options.minConflictConfidence ?? defaultOptions.minConflictConfidence
        const quotes: QuoteConflict = {
          comparison,
          context,
          statementsById,
          nameSimilarity: options.nameSimilarity,
          possible: !isConflict(comparison, cutoff),
        }
        findings.push(...misquotes(quotes), ...misattributions(quotes))
      } else {
        const cutoff = options.minConflictConfidence ?? defaultOptions.minConflictConfidence
        findings.push(...divergences(comparison, context, options, !isConflict(comparison, cutoff)))
      }
    }
    if (list.length >= 2 && new Set(claim.articleIds).size === 1) {
      for (const id of claim.statementIds) {
        const statement = statementsById.get(id)
        if (statement !== undefined) {
          const finding = singleSource(statement, context, options.datesAreFigures)
          if (finding !== null) findings.push(finding)
        }
      }
    }
  }
  return sortFindings(findings, list)
}

/** Outlet names and line indexes of the articles, computed once each. */
export class FindingContext {
  private readonly byId: Map<string, Article>
  private readonly lines = new Map<string, (offset: number) => Point>()

  constructor(articles: readonly Article[]) {
    this.byId = new Map(articles.map((article) => [article.id, article]))
  }

  /** The outlet name of an article, or its id when unknown. */
  outlet(articleId: string): string {
    return this.byId.get(articleId)?.outlet ?? articleId
  }

  /** A finding at `span` of an article, with its line and column. */
  finding(
    rule: FindingRule,
    severity: Severity,
    articleId: string,
    statementId: string,
    span: Span,
    message: string,
  ): Finding {
    let locate = this.lines.get(articleId)
    if (locate === undefined) {
      locate = lineIndex(this.byId.get(articleId)?.text ?? '')
      this.lines.set(articleId, locate)
    }
    const start = locate(span.start)
    const end = locate(Math.max(span.end, span.start))
    const { line, column } = start
    const place = { start, end }
    return {
      rule,
      severity,
      articleId,
      statementId,
      start: span.start,
      end: span.end,
      line,
      column,
      place,
      message,
    }
  }
}

function divergences(
  comparison: DetailComparison,
  context: FindingContext,
  options: ToleranceOptions,
  possible: boolean,
): Finding[] {
  // A possible conflict (values perhaps not one fact) says so first, with its confidence.
  const prefix = possible ? `Possible conflict (confidence ${comparison.confidence.toFixed(2)}): ` : ''
  const tolerances = tolerancesOf(options)
  const values = comparison.values
  const classes = valueClasses(
    values,
    (detail) => valueKey(detail, quoteText),
    (a, b) => detailStatus(a, b, tolerances),
  )
  // What each class diverges from (1) and not (0), listed once per class; each value leaves out
  // its own article. Bytes, not booleans: a comparison of 900 classes asks for most of them.
  const outlets = values.map((value) => context.outlet(value.articleId))
  const divergingOf = new Map<number, Uint8Array>()
  const divergingFrom = (own: number): Uint8Array => {
    let diverging = divergingOf.get(own)
    if (diverging === undefined) {
      diverging = new Uint8Array(classes.members.length)
      for (let other = 0; other < diverging.length; other++) {
        if (classes.status(own, other) === 'diverge') diverging[other] = 1
      }
      divergingOf.set(own, diverging)
    }
    return diverging
  }
  const lists = new Map<number, ValueList>()
  const listOf = (own: number): ValueList => {
    let list = lists.get(own)
    if (list === undefined) {
      const diverging = divergingFrom(own)
      list = new ValueList()
      for (let position = 0; position < values.length; position++) {
        if (!diverging[classes.classOf[position]!]) continue
        const other = values[position]!
        list.add(position, other.detail.text, other.articleId, outlets[position]!)
      }
      lists.set(own, list)
    }
    return list
  }
  // A list per class costs the values times the classes: a claim of 800 outlets can give one
  // figure 100 values. When each text is of one class, the list of every value whose article
  // gives nothing its class diverges from is one list of all the values without the texts of
  // the classes it does not diverge from, the same for the whole class.
  const everything = oneClassTexts(values, classes.classOf, outlets)
  const plain = new Map<number, string | null>()
  const articleClasses = new Map<string, number[]>()
  values.forEach((value, position) => {
    const known = articleClasses.get(value.articleId)
    if (known === undefined) articleClasses.set(value.articleId, [classes.classOf[position]!])
    else known.push(classes.classOf[position]!)
  })
  const againstOf = (own: number, articleId: string): string | null => {
    const diverging = divergingFrom(own)
    if (everything === null || articleClasses.get(articleId)!.some((other) => diverging[other])) {
      return listOf(own).without(articleId)
    }
    if (!plain.has(own)) {
      const { list, classOfText } = everything
      plain.set(
        own,
        list.withoutTexts((text) => !diverging[classOfText.get(text)!]),
      )
    }
    return plain.get(own)!
  }
  const labels = new Map<string, string>()
  const findings: Finding[] = []
  values.forEach((value, position) => {
    const against = againstOf(classes.classOf[position]!, value.articleId)
    if (against === null) return
    const labelKey = JSON.stringify([comparison.kind, value.detail.subject, value.detail.unit])
    let label = labels.get(labelKey)
    if (label === undefined) {
      label = figureLabel(comparison.kind, value.detail)
      labels.set(labelKey, label)
    }
    findings.push(
      context.finding(
        'divergent-detail',
        divergenceSeverity(comparison.kind, possible),
        value.articleId,
        value.statementId,
        value.detail,
        `${prefix}${label} ${value.detail.text} diverges from ${against}`,
      ),
    )
  })
  return findings
}

/**
 * All of a comparison's values in one `ValueList`, with the class of each text, when every
 * text is of one class (null when a text is of two: '12' as an exact count and as a hedged one).
 */
function oneClassTexts(
  values: readonly { detail: Detail; articleId: string }[],
  classOf: readonly number[],
  outlets: readonly string[],
): { list: ValueList; classOfText: Map<string, number> } | null {
  const classOfText = new Map<string, number>()
  for (let position = 0; position < values.length; position++) {
    const text = values[position]!.detail.text
    const known = classOfText.get(text)
    if (known === undefined) classOfText.set(text, classOf[position]!)
    else if (known !== classOf[position]) return null
  }
  const list = new ValueList()
  values.forEach((value, position) => {
    list.add(position, value.detail.text, value.articleId, outlets[position]!)
  })
  return { list, classOfText }
}

/** A diverging quote comparison and what its misquote and misattribution findings read. */
interface QuoteConflict {
  comparison: DetailComparison
  context: FindingContext
  statementsById: ReadonlyMap<string, Statement>
  nameSimilarity: number
  /** A possible conflict (confidence below `minConflictConfidence`): its findings are notes. */
  possible: boolean
}

function misquotes(quote: QuoteConflict): Finding[] {
  const { comparison, context, statementsById, nameSimilarity, possible } = quote
  const values = comparison.values
  const classes = valueClasses(values, quoteText, (a, b) => compareQuotes(quoteText(a), quoteText(b)).status)
  const hedge = possible ? `Possible misquote (confidence ${comparison.confidence.toFixed(2)}): ` : ''
  const diffs = new Map<string, string>()
  const findings: Finding[] = []
  values.forEach((value, position) => {
    // The first other outlet's version that reads differently, found class by class.
    const own = classes.classOf[position]!
    let at = -1
    for (let other = 0; other < classes.members.length; other++) {
      if (classes.status(own, other) !== 'diverge') continue
      const candidate = classes.firstOther(other, 0, value.articleId)
      if (candidate >= 0 && (at < 0 || candidate < at)) at = candidate
    }
    if (at < 0) return
    const other = values[at]!
    const speaker = speakerOf(value.detail, statementsById.get(value.statementId), nameSimilarity)
    const whose = speaker === undefined ? 'This quote' : `${possessive(speaker)} quote`
    const pair = `${own} ${classes.classOf[at]!}`
    let diff = diffs.get(pair)
    if (diff === undefined) {
      diff = briefDiff(wordDiff(quoteText(value.detail), quoteText(other.detail)))
      diffs.set(pair, diff)
    }
    findings.push(
      context.finding(
        'misquote',
        possible ? 'note' : 'warning',
        value.articleId,
        value.statementId,
        value.detail,
        `${hedge}${whose} reads differently in ${context.outlet(other.articleId)}: ${diff}`,
      ),
    )
  })
  return findings
}

// 'misattributed-quote' findings for the same words given to different people: one on each version whose
// speaker another outlet names differently.
function misattributions(quote: QuoteConflict): Finding[] {
  const { comparison, context, statementsById, nameSimilarity, possible } = quote
  // A speaker read back from an earlier statement ('he said') is no outlet's attribution.
  const spoken = comparison.values.map((value) => {
    const statement = statementsById.get(value.statementId)
    return { ...value, speaker: namedSpeaker(speakerOf(value.detail, statement, nameSimilarity), statement) }
  })
  const conflicts = attributionConflicts(spoken, nameSimilarity)
  return spoken.flatMap((value, position) => {
    const other = spoken[conflicts[position]!]
    if (other === undefined) return []
    const message = `${possessive(value.speaker!)} quote is attributed to ${other.speaker} in ${context.outlet(other.articleId)}`
    // A possible misattribution (see `misattributionConfidence`) is a note, as a possible conflict is.
    const prefix = possible
      ? `Possible misattribution (confidence ${comparison.confidence.toFixed(2)}): `
      : ''
    const severity = possible ? 'note' : 'warning'
    return [
      context.finding(
        'misattributed-quote',
        severity,
        value.articleId,
        value.statementId,
        value.detail,
        prefix + message,
      ),
    ]
  })
}

function singleSource(
  statement: Statement,
  context: FindingContext,
  datesAreFigures: boolean,
): Finding | null {
  const noteworthy = statement.details.filter(
    (detail) =>
      detailKinds[detail.kind].figure ||
      detail.kind === 'quote' ||
      (datesAreFigures && detail.kind === 'date'),
  )
  if (noteworthy.length === 0) return null
  const shown = noteworthy
    .slice(0, 3)
    .map((detail) => (detail.kind === 'quote' ? 'a quote' : detail.text))
    .filter((text, index, all) => all.indexOf(text) === index)
  const more = noteworthy.length > 3 ? ', ...' : ''
  return context.finding(
    'single-source-statement',
    'note',
    statement.articleId,
    statement.id,
    statement,
    `Only ${context.outlet(statement.articleId)} reports this (${shown.join(', ')}${more}); no other outlet here has it`,
  )
}

/**
 * How a divergent figure is named in a message: 'Death toll' for killed, 'Injury count',
 * 'Number of <subjects>' for other counts, 'Amount', 'Date', or 'Figure for <subject>'.
 *
 * @example
 * figureLabel('count', { kind: 'count', subject: 'people killed', unit: null }) //=> 'Death toll'
 */
export function figureLabel(kind: Detail['kind'], detail: Pick<Detail, 'kind' | 'subject' | 'unit'>): string {
  const terms = detailTerms(detail as Detail)
  if (kind === 'count' || kind === 'quantity') {
    if (terms.includes('killed')) return 'Death toll'
    if (terms.includes('injured')) return 'Injury count'
    if (terms.includes('missing')) return 'Number missing'
    if (terms.includes('arrested')) return 'Arrest count'
  }
  const about = detail.subject === null ? '' : ` for ${detail.subject}`
  if (kind === 'count' && detail.subject !== null) return `Number of ${pluralOf(detail.subject)}`
  return `${detailKinds[kind].label}${kind === 'count' ? '' : about}`
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`
}

/** Sorts findings by article (in input order), position, rule and message: a stable order. */
export function sortFindings(findings: Finding[], articles: readonly Article[]): Finding[] {
  const order = new Map(articles.map((article, index) => [article.id, index]))
  return findings.sort(
    (a, b) =>
      (order.get(a.articleId) ?? order.size) - (order.get(b.articleId) ?? order.size) ||
      a.start - b.start ||
      a.end - b.end ||
      ruleRank(a.rule) - ruleRank(b.rule) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  )
}
