import { resolve } from 'node:path'
import { CorroborateError } from '../errors.js'
import { findingRules } from '../rules.js'
import { typoHint } from '../text/closest.js'
import { lineIndex } from '../text/line-index.js'
import type { Finding, FindingRule, Point } from '../types.js'
import type { LoadedArticle } from './article.js'
import { expandGlob, isGlob } from './glob.js'

/**
 * One entry of the config file's `ignore` list: a finding is ignored when it matches every field
 * the entry gives. `rule`: a rule id or its `--fail-on` name ('unsourced-figure', 'unsourced');
 * `text`: the finding's text, exactly (case and white space aside: '1,200 jobs'); `files`: a file
 * or glob, from the working directory, of the articles it applies to ('drafts/archive/**\/*.md').
 */
export interface IgnoreEntry {
  rule?: FindingRule
  text?: string
  files?: string
}

/**
 * A `corroborate-disable-next-line` or `corroborate-disable` comment in Markdown or HTML:
 * `<!-- corroborate-disable-next-line unsourced-figure -->`. Group 1 is the form, group 2 the
 * rules (none: every rule). Global.
 */
const SUPPRESSION_COMMENT = /<!--[ \t]*corroborate-(disable-next-line|disable|enable)((?:[ \t][^<>\n]*)?)-->/g

/** Rule names listed in a comment or an entry: ids and `--fail-on` names, to their rule id. */
const ruleNames = new Map<string, FindingRule>(
  findingRules.flatMap((rule) => [
    [rule.id, rule.id],
    [rule.failOn, rule.id],
  ]),
)

/** The rule a comment or an ignore entry names, or a `CorroborateError` that lists the known ones. */
function ruleNamed(name: string, where: string): FindingRule {
  const rule = ruleNames.get(name)
  if (rule !== undefined) return rule
  const known = findingRules.map((spec) => spec.id)
  const hint = typoHint(name, [...ruleNames.keys()], ` The rules are ${known.join(', ')}.`)
  throw new CorroborateError('E_OPTION', `${where} names an unknown rule '${name}'.${hint}`)
}

/** A stretch of an article where some rules (or all: `rules` null) are off, as raw offsets. */
interface Quiet {
  start: number
  end: number
  rules: ReadonlySet<FindingRule> | null
}

/**
 * Where an article's comments turn rules off, as linters' comments do:
 * `<!-- corroborate-disable-next-line unsourced-figure -->` for the next line that is not blank,
 * `<!-- corroborate-disable unsourced-figure -->` up to `<!-- corroborate-enable -->` (or the end).
 * No rule named: every rule. Throws `CorroborateError` ('E_OPTION') for an unknown rule name.
 */
function quietStretches(text: string, label: string): Quiet[] {
  const stretches: Quiet[] = []
  let open: { start: number; rules: ReadonlySet<FindingRule> | null } | null = null
  // Lines as the report counts them (\r\n, \n and a lone \r each end one), indexed only when
  // an article has a comment.
  let pointAt: ((offset: number) => Point) | undefined
  for (const match of text.matchAll(SUPPRESSION_COMMENT)) {
    const end = match.index + match[0].length
    pointAt ??= lineIndex(text)
    const { line } = pointAt(match.index)
    const names = match[2]!.split(/[\s,]+/).filter((name) => name !== '')
    const rules =
      names.length === 0 ? null : new Set(names.map((name) => ruleNamed(name, `${label}:${line}`)))
    if (match[1] === 'disable-next-line') {
      const next = nextFilledLine(text, end)
      if (next !== null) stretches.push({ ...next, rules })
    } else if (match[1] === 'disable') {
      if (open === null) open = { start: end, rules }
    } else if (open !== null) {
      stretches.push({ ...open, end: match.index })
      open = null
    }
  }
  if (open !== null) stretches.push({ ...open, end: text.length })
  return stretches
}

/** The first line after `from` (past the comment's own line) with more than white space. */
function nextFilledLine(text: string, from: number): { start: number; end: number } | null {
  let start = text.indexOf('\n', from)
  while (start !== -1) {
    start++
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (text.slice(start, end).trim() !== '') return { start, end }
    start = end < text.length ? end : -1
  }
  return null
}

/**
 * Reads and checks a config file's `ignore` value (see `IgnoreEntry`). Throws `CorroborateError`
 * ('E_OPTION') naming the entry and what is wrong with it.
 *
 * @example
 * ignoreEntries([{ rule: 'unsourced', text: 'over 90%' }], 'corroborate.json')
 * //=> [{ rule: 'unsourced-figure', text: 'over 90%' }]
 */
export function ignoreEntries(value: unknown, path: string): IgnoreEntry[] {
  if (!Array.isArray(value)) {
    throw new CorroborateError(
      'E_OPTION',
      `config ${path}: 'ignore' must be a list such as [{ "rule": "unsourced-figure", "text": "1,200 jobs" }]`,
    )
  }
  return value.map((entry, index) => {
    const where = `config ${path}: ignore entry ${index + 1}`
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new CorroborateError('E_OPTION', `${where} must be an object with 'rule', 'text' or 'files'`)
    }
    const read: IgnoreEntry = {}
    for (const [key, field] of Object.entries(entry as Record<string, unknown>)) {
      if (key !== 'rule' && key !== 'text' && key !== 'files') {
        throw new CorroborateError(
          'E_OPTION',
          `${where} has an unknown field '${key}'; use 'rule', 'text' or 'files'`,
        )
      }
      if (typeof field !== 'string' || field.trim() === '') {
        throw new CorroborateError('E_OPTION', `${where}: '${key}' must be a non-empty string`)
      }
      if (key === 'rule') read.rule = ruleNamed(field, where)
      else read[key] = field
    }
    if (Object.keys(read).length === 0) {
      throw new CorroborateError(
        'E_OPTION',
        `${where} is empty: give 'rule', 'text' or 'files', or remove it`,
      )
    }
    return read
  })
}

/**
 * `findings` of one checked article without those its comments or the config's `ignore` list
 * turn off (see `quietStretches` and `IgnoreEntry`). A finding is off when its start lies in a
 * quiet stretch that covers its rule.
 *
 * @example
 * const draft = { label: 'draft.md', input: { id: 'draft', format: 'markdown',
 *   text: '<!-- corroborate-disable-next-line unsourced-figure -->\nTurnout was 61%.' } }
 * const findings = checkFigures(draft.input)
 * findings.length //=> 1
 * withoutSuppressed(findings, draft, [], process.cwd()) //=> []
 */
export function withoutSuppressed(
  findings: readonly Finding[],
  article: LoadedArticle,
  ignore: readonly IgnoreEntry[],
  cwd: string,
): Finding[] {
  const text = article.input.text
  const label = article.label === '-' ? 'stdin' : article.label
  const quiet = quietStretches(text, label)
  const entries = ignore.filter((entry) => entry.files === undefined || coversFile(entry.files, article, cwd))
  if (quiet.length === 0 && entries.length === 0) return [...findings]
  return findings.filter((finding) => {
    for (const stretch of quiet) {
      const covered = stretch.rules === null || stretch.rules.has(finding.rule)
      if (covered && finding.start >= stretch.start && finding.start < stretch.end) return false
    }
    const shown = fold(text.slice(finding.start, finding.end))
    return !entries.some(
      (entry) =>
        (entry.rule === undefined || entry.rule === finding.rule) &&
        (entry.text === undefined || fold(entry.text) === shown),
    )
  })
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/** True when the article was read from the file `pattern` names or one its glob matches. */
function coversFile(pattern: string, article: LoadedArticle, cwd: string): boolean {
  if (article.label === '-') return false
  const path = resolve(cwd, article.container ?? article.label)
  const paths = isGlob(pattern) ? expandGlob(pattern, cwd) : [pattern]
  return paths.some((candidate) => resolve(cwd, candidate) === path)
}
