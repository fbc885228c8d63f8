import { resolve } from 'node:path'
import { checkFigures, compare, isCorroborateError, render } from '../index.js'
import { placeText } from '../report/describe.js'
import { plainText } from '../report/escape.js'
import type { Finding, FindingRule, Report } from '../types.js'
import { choice, flagList, flagValue, type ParsedArgs, usage } from './args.js'
import { type LoadedArticle, relabel } from './article.js'
import { ignoreListFrom, optionsFrom } from './config.js'
import { failing, failureLine, parseFailOn } from './fail-on.js'
import { checkFormats } from './flags.js'
import { withUniqueIds } from './ids.js'
import type { CommandContext } from './io.js'
import { loadArticles } from './load.js'
import { withFilePaths } from './locate.js'
import { eventOf, withManifestMarkers } from './manifest.js'
import { inputPaths, sameFile, writeOutput } from './output.js'
import { paint } from './paint.js'
import { withoutSuppressed } from './suppress.js'

/**
 * Whether two loaded articles are one: the same file (by any path or link), and the same record
 * of it when it lists several. Standard input is no file.
 */
function sameArticle(a: LoadedArticle, b: LoadedArticle, cwd: string): boolean {
  if (a.label === '-' || b.label === '-' || a.record !== b.record) return false
  return sameFile(resolve(cwd, a.label), resolve(cwd, b.label))
}

/**
 * `corroborate check <articles...> [--sources files...]`: lists each checked article's figures
 * that name no source and, given other outlets, its figures and quotes that diverge from them.
 * Articles are files, globs ('drafts/*.md') or manifests, checked one by one against the same
 * sources. Findings that a `corroborate-disable` comment or the config's `ignore` list turns off
 * are left out (see `withoutSuppressed`). Returns the exit code: 1 when a finding fails
 * `--fail-on`, else 0.
 *
 * @example
 * // corroborate check draft.md 'briefs/*.md' --sources wire.md --fail-on unsourced --format github
 * import { main } from './main.js'
 * const io = fakeIo()
 * io.stdin = ['The plant employs 1,200 people.']
 * await main(['check', '-', '--fail-on', 'unsourced', '--format', 'github'], io) //=> 1
 * io.out().startsWith('::warning file=stdin,line=1,col=19') //=> true
 */
export async function runCheck(args: ParsedArgs, context: CommandContext): Promise<number> {
  const format = choice(flagValue(args, 'format') ?? 'text', checkFormats, 'format', 'check')
  const failOn = flagValue(args, 'fail-on')
  const rules = parseFailOn(failOn, 'check')
  const given = optionsFrom(args, context.cwd, 'check')
  const ignore = ignoreListFrom(args, context.cwd)
  const specs = args.positionals
  if (specs.length === 0) {
    throw usage(
      "check needs the article to check, e.g. 'corroborate check draft.md --sources wire.md'",
      'check',
    )
  }
  const sourceSpecs = flagList(args, 'sources')
  if (specs.includes('-') && sourceSpecs.includes('-')) {
    throw usage("standard input ('-') can be read only once", 'check')
  }
  const checked = await loadArticles(specs, context.io)
  const loaded = withUniqueIds([...checked, ...(await loadArticles(sourceSpecs, context.io))])
  const targets = loaded.slice(0, checked.length)
  const sources = loaded.slice(checked.length)
  const itself = sources.find((source) => targets.some((target) => sameArticle(target, source, context.cwd)))
  if (itself !== undefined) {
    throw usage(
      `--sources ${itself.label} is also an article being checked; an article cannot source its own figures`,
      'check',
    )
  }
  const options = withManifestMarkers(given, loaded)
  const findingsOf = new Map<LoadedArticle, Finding[]>()
  let report: Report | undefined
  try {
    const sourceInputs = sources.map((entry) => entry.input)
    for (const target of targets) {
      const unsourced = checkFigures(target.input, { ...options, sources: sourceInputs })
      // checkFigures only asks whether a figure is sourced; what the sources contradict comes
      // from comparing the article with them, kept to the article's own findings.
      const base =
        sources.length > 0 || (targets.length === 1 && format !== 'text')
          ? compare([target.input, ...sourceInputs], options)
          : undefined
      if (targets.length === 1) report = base
      const disputed = (base?.findings ?? []).filter(
        (finding) => finding.articleId === target.input.id && crossSourceRules.has(finding.rule),
      )
      const own = sources.length === 0 ? unsourced : [...unsourced, ...disputed]
      findingsOf.set(target, sortFindings(withoutSuppressed(own, target, ignore, context.cwd)))
    }
    if (report === undefined && format !== 'text') {
      report = compare(
        loaded.map((entry) => entry.input),
        options,
      )
    }
  } catch (error) {
    throw isCorroborateError(error) ? relabel(error, loaded) : error
  }
  const findings = [...findingsOf.values()].flat()
  const out = flagValue(args, 'out')
  const inputs = inputPaths(loaded, flagValue(args, 'config'))
  if (format === 'text' || report === undefined) {
    const text = targets
      .map((target) => textFindings(findingsOf.get(target)!, target, context.color))
      .join('')
    writeOutput(text, out, context.io, inputs)
  } else {
    const checkedReport = { ...report, findings, stats: { ...report.stats, findings: findings.length } }
    // JSON, Markdown and HTML keep the articles' own ids; SARIF and GitHub point at the files.
    const shown =
      format === 'sarif' || format === 'github'
        ? withFilePaths(checkedReport, targets, context.cwd)
        : checkedReport
    const title = eventOf(loaded)
    writeOutput(
      render(shown, format, { color: context.color, ...(title === undefined ? {} : { title }) }),
      out,
      context.io,
      inputs,
    )
  }
  const failed = failing(findings, rules)
  if (failed.length === 0) return 0
  context.io.stderr.write(failureLine(failed, failOn ?? ''))
  return 1
}

/** Rules of `compare` findings that `check` reports when given sources. */
const crossSourceRules: ReadonlySet<FindingRule> = new Set([
  'divergent-detail',
  'misquote',
  'misattributed-quote',
])

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  )
}

/**
 * Findings as compiler-style lines an editor can jump to, then a one-line summary:
 * `draft.md:3:14-3:31: warning: The figure '41 people' names no source. [unsourced-figure]`.
 */
export function textFindings(findings: readonly Finding[], article: LoadedArticle, color: boolean): string {
  // File names and messages (which quote the article) may hold ESC or BEL: keep them off the terminal.
  const label = plainText(article.label === '-' ? 'stdin' : article.label)
  const lines = sortFindings(findings).map((finding) => {
    const where = `${label}:${placeText(finding.place)}`
    const severity = paint(finding.severity, severityStyle[finding.severity], color)
    return `${paint(where, 'dim', color)}: ${severity}: ${plainText(finding.message)} ${paint(`[${finding.rule}]`, 'dim', color)}`
  })
  const noun = findings.length === 1 ? 'finding' : 'findings'
  const summary = findings.length === 0 ? `${label}: no findings` : `${label}: ${findings.length} ${noun}`
  return [...lines, paint(summary, 'bold', color)].join('\n') + '\n'
}

const severityStyle = { error: 'red', warning: 'yellow', note: 'cyan' } as const
