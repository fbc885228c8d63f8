import { type FlagSpec, globalFlags } from './args.js'
import { checkFlags, compareFlags, segmentFlags } from './flags.js'

/** A command's help: what it does, how to call it, its flags and worked examples. */
interface CommandHelp {
  usage: string
  /** One line for the command list. */
  short: string
  summary: string
  flags: readonly FlagSpec[]
  examples: readonly string[]
}

/** Every command and its help, in the order `corroborate --help` lists them. */
export const commandHelp: Readonly<Record<'compare' | 'check' | 'segment', CommandHelp>> = {
  compare: {
    usage: 'corroborate compare <files...|-> [options]',
    short: "compare outlets' articles about one event, claim by claim",
    summary:
      "Compare several outlets' articles about one event, claim by claim: which details agree,\n" +
      'which diverge, and what only one outlet reports. Files may be .md, .txt, .html, globs,\n' +
      "'-' for stdin, .json/.jsonl files of {id, outlet, url, publishedAt, title, text}, or a\n" +
      'manifest .json {event, outletMarkers, articles: [{file, outlet, publishedAt, ...}]}\n' +
      'whose event titles the html, markdown and svg reports.',
    flags: compareFlags,
    examples: [
      'corroborate compare wire.md gazette.md courier.txt',
      'corroborate compare coverage/sources.json          # a manifest: files plus metadata',
      "corroborate compare 'coverage/**/*.md' --format html --out report.html",
      'corroborate compare articles.jsonl --format json --threshold 0.4 > report.json',
      'corroborate compare a.md b.md --fail-on diverge,misquote   # exit 1 on conflicts',
      'corroborate compare coverage/sources.json --only disputed   # the conflicts alone',
    ],
  },
  check: {
    usage: 'corroborate check <article> [--sources <files...>] [options]',
    short: 'list figures in an article that name no source or diverge from sources',
    summary:
      'Check one article: every figure that names no source. With --sources, figures a source\n' +
      'confirms count as sourced, and details or quotes the sources contradict are reported too.',
    flags: checkFlags,
    examples: [
      'corroborate check draft.md',
      'corroborate check draft.md --sources wire.md gazette.md --fail-on unsourced,diverge',
      'corroborate check draft.md --fail-on unsourced --format github   # GitHub annotations',
      'corroborate check draft.md --sources wire.md --format html --out check.html',
    ],
  },
  segment: {
    usage: 'corroborate segment <file|-> [options]',
    short: 'show the statements corroborate reads in an article',
    summary: 'Show the statement units corroborate reads in an article, with line:column and kind.',
    flags: segmentFlags,
    examples: ['corroborate segment wire.md', "corroborate segment wire.md --format json | jq '.[].text'"],
  },
}

/** The text of `corroborate --help`. */
export function globalHelp(version: string): string {
  const commands = Object.entries(commandHelp).map(([name, help]) => `  ${name.padEnd(9)}${help.short}`)
  return [
    `corroborate ${version}: compare how different outlets report the same event.`,
    '',
    'Usage: corroborate <command> [options]',
    '',
    'Commands:',
    ...commands,
    '',
    'Options:',
    ...flagLines([
      ...globalFlags,
      { name: 'version', kind: 'boolean', short: 'V', help: 'print the version' },
    ]),
    '',
    'Examples:',
    '  corroborate compare wire.md gazette.md courier.txt',
    '  corroborate check draft.md --sources wire.md --fail-on unsourced',
    '  corroborate segment wire.md --format json',
    '',
    'Exit codes: 0 ok, 1 findings failed --fail-on, 2 usage or input error, 3 internal error.',
    'Environment: NO_COLOR disables colour, FORCE_COLOR forces it.',
    "Run 'corroborate <command> --help' for a command's options.",
    '',
  ].join('\n')
}

/** The text of `corroborate <command> --help`. */
export function helpFor(command: keyof typeof commandHelp): string {
  const help = commandHelp[command]
  return [
    `Usage: ${help.usage}`,
    '',
    help.summary,
    '',
    'Options:',
    ...flagLines([...help.flags, ...globalFlags]),
    '',
    'Examples:',
    ...help.examples.map((example) => `  ${example}`),
    '',
    'Exit codes: 0 ok, 1 findings failed --fail-on, 2 usage or input error, 3 internal error.',
    '',
  ].join('\n')
}

function flagLines(flags: readonly FlagSpec[]): string[] {
  const left = flags.map((flag) => {
    const short = flag.short === undefined ? '    ' : `-${flag.short}, `
    const value = flag.kind === 'boolean' ? '' : ` ${flag.placeholder ?? 'VALUE'}`
    return `  ${short}--${flag.name}${value}`
  })
  const width = Math.max(...left.map((line) => line.length)) + 2
  return left.map((line, index) => `${line.padEnd(width)}${flags[index]!.help}`)
}
