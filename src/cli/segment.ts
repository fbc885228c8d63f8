import { isCorroborateError, segment } from '../index.js'
import { plainText } from '../report/escape.js'
import type { Statement } from '../types.js'
import { choice, flagValue, type ParsedArgs, usage } from './args.js'
import { relabel } from './article.js'
import { optionsFrom } from './config.js'
import { segmentFormats } from './flags.js'
import type { CommandContext } from './io.js'
import { loadArticles } from './load.js'
import { withManifestMarkers } from './manifest.js'
import { inputPaths, writeOutput } from './output.js'
import { paint } from './paint.js'

/**
 * `corroborate segment <file|->`: the article's statement units with their position and
 * kind, to see how corroborate reads a text. JSON output is the array of statements.
 *
 * @example
 * // corroborate segment wire.md --format json | jq '.[].text'
 * import { main } from './main.js'
 * const io = fakeIo()
 * io.stdin = ['Dr. Ana Ruiz spoke. Roads shut.']
 * await main(['segment', '-', '--format', 'json'], io) //=> 0
 * JSON.parse(io.out()).map((statement) => statement.text) //=> ['Dr. Ana Ruiz spoke.', 'Roads shut.']
 */
export async function runSegment(args: ParsedArgs, context: CommandContext): Promise<number> {
  const format = choice(flagValue(args, 'format') ?? 'text', segmentFormats, 'format', 'segment')
  const given = optionsFrom(args, context.cwd, 'segment')
  const [spec, ...extra] = args.positionals
  if (spec === undefined) throw usage("segment needs a file, e.g. 'corroborate segment wire.md'", 'segment')
  if (extra.length > 0) throw usage(`segment takes one file but got ${args.positionals.length}`, 'segment')
  const loaded = await loadArticles([spec], context.io)
  if (loaded.length > 1) {
    throw usage(`segment takes one article but ${spec} holds ${loaded.length}`, 'segment')
  }
  const article = loaded[0]!
  const options = withManifestMarkers(given, loaded)
  let statements: Statement[]
  try {
    const format = article.input.format ?? options.format
    const id = article.input.id ?? 'a1'
    // segment() takes bare text and numbers it 'a1'; the statements belong to the article read,
    // so they carry its id ('stdin' for '-', the file name otherwise), as compare's do.
    statements = segment(article.input.text, format === undefined ? options : { ...options, format }).map(
      (statement) => ({ ...statement, id: `${id}#${statement.index}`, articleId: id }),
    )
  } catch (error) {
    throw isCorroborateError(error) ? relabel(error, loaded) : error
  }
  const out = flagValue(args, 'out')
  const inputs = inputPaths(loaded, flagValue(args, 'config'))
  if (format === 'json') writeOutput(`${JSON.stringify(statements, null, 2)}\n`, out, context.io, inputs)
  else writeOutput(textStatements(statements, context.color), out, context.io, inputs)
  return 0
}

/**
 * One statement a line, `line:column  kind  text`, columns aligned.
 *
 * @example
 * textStatements([{ line: 1, column: 1, kind: 'heading', text: 'Bridge closes' }], false)
 * //=> '1:1  heading  Bridge closes\n'
 */
export function textStatements(statements: readonly Statement[], color: boolean): string {
  if (statements.length === 0) return ''
  const positions = statements.map((statement) => `${statement.line}:${statement.column}`)
  // reduce, not Math.max(...): an article of a few hundred thousand statements would overflow
  // the stack as arguments.
  const width = positions.reduce((widest, position) => Math.max(widest, position.length), 0)
  const kindWidth = statements.reduce((widest, statement) => Math.max(widest, statement.kind.length), 0)
  return statements
    .map((statement, index) => {
      const position = paint(positions[index]!.padEnd(width), 'dim', color)
      const kind = paint(
        statement.kind.padEnd(kindWidth),
        statement.kind === 'fragment' ? 'dim' : 'cyan',
        color,
      )
      // Article text may hold ESC, BEL, C1 controls or bidi overrides: never pass them to a terminal.
      return `${position}  ${kind}  ${plainText(statement.text)}\n`
    })
    .join('')
}
