import { type FlagSpec, globalFlags } from './args.js'
import {
  batchFlags,
  checkFlags,
  collectFlags,
  compareFlags,
  enqueueFlags,
  renderFlags,
  segmentFlags,
  workerFlags,
} from './flags.js'

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
export const commandHelp: Readonly<
  Record<'compare' | 'render' | 'check' | 'segment' | 'batch' | 'enqueue' | 'worker' | 'collect', CommandHelp>
> = {
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
  render: {
    usage: 'corroborate render <report.json|-> [options]',
    short: 'write a saved JSON report in another format, without comparing again',
    summary:
      "Write a report saved by 'compare --format json' (or one line of 'batch' output) in\n" +
      'another format. A report that contradicts itself (a hand-edited file) or comes from a\n' +
      'schema this corroborate does not read is an error naming the field.',
    flags: renderFlags,
    examples: [
      'corroborate compare coverage/sources.json --format json > report.json',
      'corroborate render report.json --format html --out report.html',
      'corroborate render report.json --only disputed',
      'jq -c \'select(.event == "e1")\' reports.jsonl | corroborate render - --format markdown',
    ],
  },
  check: {
    usage: 'corroborate check <articles...> [--sources <files...>] [options]',
    short: 'list figures in an article that name no source or diverge from sources',
    summary:
      'Check articles (files, globs or manifests), each on its own: every figure that names no\n' +
      'source. With --sources, figures a source confirms count as sourced, and details or quotes\n' +
      'the sources contradict are reported too. A <!-- corroborate-disable-next-line RULE -->\n' +
      'comment or the config\'s "ignore" list turns findings off.',
    flags: checkFlags,
    examples: [
      'corroborate check draft.md',
      'corroborate check draft.md --sources wire.md gazette.md --fail-on unsourced,diverge',
      'corroborate check draft.md --fail-on unsourced --format github   # GitHub annotations',
      'corroborate check draft.md --sources wire.md --format html --out check.html',
      "corroborate check 'drafts/*.md' --config corroborate.json --fail-on unsourced",
    ],
  },
  segment: {
    usage: 'corroborate segment <file|-> [options]',
    short: 'show the statements corroborate reads in an article',
    summary: 'Show the statement units corroborate reads in an article, with line:column and kind.',
    flags: segmentFlags,
    examples: ['corroborate segment wire.md', "corroborate segment wire.md --format json | jq '.[].text'"],
  },
  batch: {
    usage: 'corroborate batch <articles.jsonl|-> [options]',
    short: 'compare many events on all cores, one JSONL report per event',
    summary:
      'Compare many events on all cores. Reads JSONL articles ({event, outlet, text, ...}), the\n' +
      'articles of one event on consecutive lines (articles with no event are grouped by\n' +
      'groupByEvent), and writes one JSONL line per event as it completes:\n' +
      '{"event": KEY, "report": {...}} or, for an event that failed, {"event": KEY, "error": {code, message}}.\n' +
      'With --out FILE a run that stopped is resumed: events already in FILE are skipped.\n' +
      'Progress and an ETA show on a terminal.',
    flags: batchFlags,
    examples: [
      'corroborate batch coverage.jsonl --out reports.jsonl            # all cores; rerun to resume',
      'corroborate batch coverage.jsonl --jobs 2 > reports.jsonl',
      "jq -c 'select(.report) | {event, disputed: .report.stats.disputed}' reports.jsonl",
    ],
  },
  enqueue: {
    usage: 'corroborate enqueue <articles.jsonl|-> [options]',
    short: 'put events on a Redis queue (BullMQ) for workers on many machines',
    summary:
      "Put each event of a JSONL file of articles (as 'batch' reads it) on a BullMQ queue in\n" +
      "Redis, for 'corroborate worker' processes on any number of machines. An event already\n" +
      "queued is not added twice. Collect the reports with 'corroborate collect'.",
    flags: enqueueFlags,
    examples: ['corroborate enqueue coverage.jsonl --redis redis://queue-host:6379'],
  },
  worker: {
    usage: 'corroborate worker [options]',
    short: 'compare queued events until stopped (SIGINT/SIGTERM)',
    summary:
      'Compare events from the BullMQ queue, each in a worker thread, until SIGINT or SIGTERM.\n' +
      'A worker that dies mid-job loses nothing: after --lock-ms the queue hands the job to\n' +
      'another worker, and each event completes once.',
    flags: workerFlags,
    examples: ['corroborate worker --redis redis://queue-host:6379 --concurrency 2'],
  },
  collect: {
    usage: 'corroborate collect [options]',
    short: 'write the reports of queued events as JSONL, once each',
    summary:
      'Write the line of every event the workers finished, once each, as batch writes it, and\n' +
      'remove it from the queue. Waits until no event is waiting or running, unless --no-wait.',
    flags: collectFlags,
    examples: ['corroborate collect --redis redis://queue-host:6379 --out reports.jsonl'],
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
