import type { FindingRule, Severity } from './types.js'

/** A CLI command that writes findings. */
export type FindingCommand = 'compare' | 'check'

/**
 * Everything about one finding rule: the report, SARIF, `--fail-on` and the docs all read it
 * from here, so adding a rule is one entry (plus the code that raises it, and its tests).
 */
export interface FindingRuleSpec<Id extends string = FindingRule> {
  /** The rule's id in reports ('divergent-detail'); `FindingRule` is the union of these. */
  id: Id
  /** The SARIF rule name (PascalCase of the id). */
  name: string
  /** The severity most of its findings have; SARIF's `defaultConfiguration.level`. */
  severity: Severity
  /** Every severity the rule uses, the usual one first. */
  severities: readonly Severity[]
  /** One line, ending in a full stop: what the rule reports (SARIF `shortDescription`). */
  description: string
  /** When the rule fires, in full (docs/comparison-rules.md says it with examples). */
  summary: string
  /** What a reader of a finding should check (SARIF `fullDescription`). */
  advice: string
  /** A message the rule writes, as `render` prints it. */
  example: string
  /** Where a reader learns more (SARIF `helpUri`). */
  helpUri: string
  /** The short `--fail-on` name ('diverge'); the full id is accepted too. */
  failOn: string
  /** Whether some of its findings are possible conflicts: notes that `--fail-on possible` names. */
  possibleConflicts: boolean
  /** The CLI commands whose reports can hold it: `--fail-on` refuses it elsewhere. */
  commands: readonly FindingCommand[]
}

// The published package's page, whose README explains every verdict and finding; the project
// has no public repository URL yet, so the rule book cannot be linked rule by rule.
const helpUri = 'https://www.npmjs.com/package/corroborate#how-details-are-compared'

// The registry itself, kept literal so that `FindingRuleId` is the union of its ids.
const table = [
  {
    id: 'divergent-detail',
    name: 'DivergentDetail',
    severity: 'error',
    severities: ['error', 'warning', 'note'],
    description: 'A detail differs between outlets.',
    summary:
      'Outlets give values for the same figure, amount or date in one claim that cannot both be true ' +
      '(error for counts, money, percentages and quantities; warning for dates, durations and rankings; ' +
      "a note saying 'Possible conflict' when the values may not be one fact: confidence below minConflictConfidence, section 10).",
    advice:
      'A figure, date, name or quote in this statement contradicts what other outlets report about the same claim.',
    example: 'Death toll 41 diverges from 38 (AP)',
    helpUri,
    failOn: 'diverge',
    possibleConflicts: true,
    commands: ['compare', 'check'],
  },
  {
    id: 'misquote',
    name: 'Misquote',
    severity: 'warning',
    severities: ['warning', 'note'],
    description: 'A quote is worded differently by another outlet.',
    summary:
      'Outlets quote the same speaker or saying in different words (a partial or elided quote, or one ' +
      'differing only in inflection or spelling, is not a misquote; the same words given to different ' +
      "people are a misattributed-quote; one word changed in a long quote is a note saying 'Possible " +
      "misquote', confidence at most 0.4). A misquote disputes its claim only when a changed word is a number or a negation.",
    advice:
      "Outlets attribute the same quote to a speaker in different words; check the speaker's exact wording.",
    example: "Ortiz's quote reads differently in AP: ... rebuild [-every home-] [+all the homes+]",
    helpUri,
    failOn: 'misquote',
    possibleConflicts: true,
    commands: ['compare', 'check'],
  },
  {
    id: 'misattributed-quote',
    name: 'MisattributedQuote',
    severity: 'warning',
    severities: ['warning', 'note'],
    description: 'Outlets give the same words to different people.',
    summary:
      'Two outlets quote the same words (near-identical, at least six words) but name two different ' +
      "people as the speaker; a note saying 'Possible misattribution' while the words alone do not " +
      'dispute the claim (confidence below minConflictConfidence), because a speaker can be misread.',
    advice:
      'Outlets attribute this quote to different people; check who said it before repeating either version.',
    example: "Tomas Weller's quote is attributed to Mina Okafor in Ridge Times",
    helpUri,
    failOn: 'misattributed',
    possibleConflicts: true,
    commands: ['compare', 'check'],
  },
  {
    id: 'unsourced-figure',
    name: 'UnsourcedFigure',
    severity: 'warning',
    severities: ['warning'],
    description: 'A figure names no source.',
    summary:
      'A figure stands in a statement that cites no source (no outlet marker, footnote, link, ' +
      "'according to', 'said' or attributed quote) and, when sources are given, no source confirms it " +
      '(section 9).',
    advice: 'The statement gives a figure without saying who reported or counted it.',
    example: 'The figure 1,200 jobs has no source: cite where it comes from',
    helpUri,
    failOn: 'unsourced',
    possibleConflicts: false,
    commands: ['check'],
  },
  {
    id: 'single-source-statement',
    name: 'SingleSourceStatement',
    severity: 'note',
    severities: ['note'],
    description: 'Only one outlet reports this statement.',
    summary:
      'Only one outlet reports a statement that carries a figure (count, money, percentage, quantity; ' +
      'dates with datesAreFigures) or a quote, when at least two articles are compared (statements ' +
      'without one are left out so that the report is not flooded).',
    advice: 'No other compared outlet reports this statement; it rests on one source.',
    example: 'Only BBC reports this (41 dead); no other outlet here has it',
    helpUri,
    failOn: 'single-source',
    possibleConflicts: false,
    commands: ['compare'],
  },
  {
    id: 'empty-article',
    name: 'EmptyArticle',
    severity: 'warning',
    severities: ['warning'],
    description: 'An article is empty.',
    summary:
      'An article of the batch is empty, only white space and control characters, or markup with no text ' +
      "('<p></p>'): it is kept in the report with no " +
      'statements (the finding spans its whole text and names no statement) and the rest is compared.',
    advice: 'Nothing of this article was compared; check that its file or field was read as intended.',
    example: 'BBC is empty, so nothing of it was compared: check that its text was read.',
    helpUri,
    failOn: 'empty',
    possibleConflicts: false,
    commands: ['compare'],
  },
] as const satisfies readonly FindingRuleSpec<string>[]

/** The ids of `findingRules`, which `FindingRule` in src/types.ts is. */
export type FindingRuleId = (typeof table)[number]['id']

/**
 * Every finding rule, in the order findings of one span are listed and SARIF lists its rules.
 * The `FindingRule` type, the schema's `Finding.rule` enum and the docs' rule tables
 * (scripts/generate-from-registries.mjs) are made from this list: adding a rule is one entry.
 *
 * @example
 * // The first three: the conflicts between outlets, listed before one outlet's own findings.
 * findingRules.slice(0, 3).map((rule) => rule.id) //=> ['divergent-detail', 'misquote', 'misattributed-quote']
 */
export const findingRules: readonly FindingRuleSpec[] = table

const byId = new Map(findingRules.map((rule) => [rule.id, rule]))

/**
 * The registry entry of a rule id.
 *
 * @example
 * findingRule('misquote').failOn //=> 'misquote'
 */
export function findingRule(id: FindingRule): FindingRuleSpec {
  const rule = byId.get(id)
  if (rule === undefined) throw new TypeError(`unknown finding rule ${String(id)}`)
  return rule
}

/** Rank of a rule in `findingRules`, for a stable order of findings on one span. */
export function ruleRank(rule: FindingRule): number {
  const index = findingRules.findIndex((spec) => spec.id === rule)
  return index < 0 ? findingRules.length : index
}
