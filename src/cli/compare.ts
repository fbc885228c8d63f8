import { compare, isCorroborateError, render } from '../index.js'
import { plural } from '../report/describe.js'
import { plainText } from '../report/escape.js'
import type { Report } from '../types.js'
import { choice, flagValue, type ParsedArgs, usage } from './args.js'
import { relabel } from './article.js'
import { optionsFrom } from './config.js'
import { failing, failureLine, parseFailOn } from './fail-on.js'
import { compareFormats } from './flags.js'
import type { CommandContext } from './io.js'
import { loadArticles } from './load.js'
import { withFilePaths } from './locate.js'
import { eventOf, withManifestMarkers } from './manifest.js'
import { parseOnly } from './only.js'
import { inputPaths, writeOutput } from './output.js'
import { createProgress } from './progress.js'

/**
 * `corroborate compare <files...|->`: compares several outlets' articles and writes the
 * report. Returns the exit code: 1 when a finding fails `--fail-on`, else 0.
 *
 * @example
 * // corroborate compare wire.md gazette.txt --format json --fail-on diverge
 * import { main } from './main.js'
 * const io = fakeIo()
 * await main(['compare', 'examples/ferry-capsize/articles/*', '--format', 'json', '--fail-on', 'diverge'], io) //=> 1
 * JSON.parse(io.out()).articles.length //=> 4
 */
export async function runCompare(args: ParsedArgs, context: CommandContext): Promise<number> {
  const format = choice(flagValue(args, 'format') ?? 'text', compareFormats, 'format', 'compare')
  const failOn = flagValue(args, 'fail-on')
  const rules = parseFailOn(failOn, 'compare')
  const only = parseOnly(flagValue(args, 'only'), format, 'compare')
  const options = optionsFrom(args, context.cwd, 'compare')
  if (args.positionals.length === 0) {
    throw usage(
      "compare needs the articles to compare, e.g. 'corroborate compare wire.md gazette.md'",
      'compare',
    )
  }
  const loaded = await loadArticles(args.positionals, context.io)
  const progress = createProgress(context.io, {
    characters: loaded.reduce((sum, article) => sum + article.input.text.length, 0),
    articles: loaded.length,
  })
  progress.update(`comparing ${plural(loaded.length, 'article')}`)
  let report: Report
  try {
    report = compare(
      loaded.map((article) => article.input),
      withManifestMarkers(options, loaded),
    )
  } catch (error) {
    throw isCorroborateError(error) ? relabel(error, loaded) : error
  } finally {
    progress.done()
  }
  if (loaded.length === 1) {
    context.io.stderr.write(
      `corroborate: warning: only one article (${plainText(loaded[0]!.label)}); every statement is single-source\n`,
    )
  }
  const shown =
    format === 'sarif' || format === 'github' ? withFilePaths(report, loaded, context.cwd) : report
  const inputs = inputPaths(loaded, flagValue(args, 'config'))
  const title = eventOf(loaded)
  const rendered = render(shown, format, {
    color: context.color,
    ...(title === undefined ? {} : { title }),
    ...(only === undefined ? {} : { only }),
  })
  writeOutput(rendered, flagValue(args, 'out'), context.io, inputs)
  const failed = failing(report.findings, rules)
  if (failed.length === 0) return 0
  context.io.stderr.write(failureLine(failed, failOn ?? ''))
  return 1
}
