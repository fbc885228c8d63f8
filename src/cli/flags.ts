import { corroborationMargin, optionSpecs } from '../options.js'
import type { RenderFormat } from '../types.js'
import type { FlagSpec } from './args.js'
import { failOnShortNames } from './fail-on.js'

// The flags of every command, apart from the commands so that help and tests load without the library.

/** `--reference-date`, shared by the commands that extract dates. */
const referenceDateFlag: FlagSpec = {
  name: 'reference-date',
  kind: 'value',
  placeholder: 'DATE',
  help: "anchor for 'on Thursday' when an article has no date",
}

/** `--config`, shared by every command. */
const configFlag: FlagSpec = {
  name: 'config',
  kind: 'value',
  short: 'c',
  placeholder: 'FILE',
  help: 'JSON file of options; flags override it',
}

/** Formats `compare` writes. */
export const compareFormats: readonly RenderFormat[] = [
  'text',
  'json',
  'markdown',
  'html',
  'sarif',
  'github',
  'svg',
]

/** `--only`, shared by the commands that write claim reports. */
const onlyFlag: FlagSpec = {
  name: 'only',
  kind: 'value',
  placeholder: 'CLAIMS',
  help: 'show only disputed|corroborated|related|single-source|shared claims (text, markdown, html, svg)',
}

/** Flags of `corroborate compare`. */
export const compareFlags: readonly FlagSpec[] = [
  {
    name: 'format',
    kind: 'value',
    short: 'f',
    placeholder: 'FORMAT',
    help: `${compareFormats.join('|')} (default: text)`,
  },
  {
    name: 'out',
    kind: 'value',
    short: 'o',
    placeholder: 'FILE',
    help: 'write the report to FILE instead of stdout',
  },
  onlyFlag,
  {
    name: 'threshold',
    kind: 'value',
    placeholder: 'N',
    // The default comes from the options registry, so the help cannot drift from the code.
    help: `link score (0..1) at which a statement joins a claim (default: ${optionSpecs.threshold.default})`,
  },
  {
    name: 'corroboration-threshold',
    kind: 'value',
    placeholder: 'N',
    help: `weakest link (0..1) at which a claim of several outlets is corroborated, below it related (default: threshold + ${corroborationMargin}, at most 1)`,
  },
  {
    name: 'granularity',
    kind: 'value',
    placeholder: 'UNIT',
    help: 'sentence|clause statement units (default: sentence)',
  },
  referenceDateFlag,
  configFlag,
  {
    name: 'fail-on',
    kind: 'value',
    placeholder: 'RULES',
    help: `exit 1 on findings: ${failOnShortNames('compare').join(',')}`,
  },
]

/** Flags of `corroborate render`. */
export const renderFlags: readonly FlagSpec[] = [
  ...compareFlags.filter((flag) => ['format', 'out', 'only'].includes(flag.name)),
  {
    name: 'title',
    kind: 'value',
    placeholder: 'TEXT',
    help: "the event's name, heading the html, markdown and svg reports (default: what the outlets agree on)",
  },
]

/** Formats `check` writes. */
export const checkFormats: readonly RenderFormat[] = ['text', 'json', 'github', 'sarif', 'markdown', 'html']

/** Flags of `corroborate check`. */
export const checkFlags: readonly FlagSpec[] = [
  {
    name: 'sources',
    kind: 'list',
    short: 's',
    placeholder: 'FILES...',
    help: 'other outlets to check figures against',
  },
  {
    name: 'format',
    kind: 'value',
    short: 'f',
    placeholder: 'FORMAT',
    help: `${checkFormats.join('|')} (default: text)`,
  },
  {
    name: 'out',
    kind: 'value',
    short: 'o',
    placeholder: 'FILE',
    help: 'write the findings to FILE instead of stdout',
  },
  {
    name: 'threshold',
    kind: 'value',
    placeholder: 'N',
    help: 'similarity (0..1) to match a source statement',
  },
  referenceDateFlag,
  configFlag,
  {
    name: 'fail-on',
    kind: 'value',
    placeholder: 'RULES',
    help: `exit 1 on findings: ${failOnShortNames('check').join(',')}`,
  },
]

/** Formats `segment` writes. */
export const segmentFormats = ['text', 'json'] as const

/** Flags of `corroborate segment`. */
export const segmentFlags: readonly FlagSpec[] = [
  { name: 'format', kind: 'value', short: 'f', placeholder: 'FORMAT', help: 'text|json (default: text)' },
  {
    name: 'out',
    kind: 'value',
    short: 'o',
    placeholder: 'FILE',
    help: 'write the statements to FILE instead of stdout',
  },
  {
    name: 'granularity',
    kind: 'value',
    placeholder: 'UNIT',
    help: 'sentence|clause statement units (default: sentence)',
  },
  configFlag,
]

/** The option flags of `compare`, for the commands that compare many events. */
const compareOptionFlags = compareFlags.filter((flag) =>
  ['threshold', 'corroboration-threshold', 'granularity'].includes(flag.name),
)

/** `--event-key`, for the commands that read JSONL articles of many events. */
const eventKeyFlag: FlagSpec = {
  name: 'event-key',
  kind: 'value',
  placeholder: 'FIELD',
  help: 'the article field naming its event (default: event)',
}

/** Flags of `corroborate batch`. */
export const batchFlags: readonly FlagSpec[] = [
  {
    name: 'out',
    kind: 'value',
    short: 'o',
    placeholder: 'FILE',
    help: 'append the JSONL reports to FILE, skipping events already in it (resume)',
  },
  {
    name: 'jobs',
    kind: 'value',
    short: 'j',
    placeholder: 'N',
    help: 'worker threads (default: the number of cores)',
  },
  eventKeyFlag,
  ...compareOptionFlags,
  referenceDateFlag,
  configFlag,
]

/** `--redis` and `--queue`, shared by the queue commands. */
const queueFlags: readonly FlagSpec[] = [
  {
    name: 'redis',
    kind: 'value',
    placeholder: 'URL',
    help: 'Redis server (default: $CORROBORATE_REDIS or redis://127.0.0.1:6379)',
  },
  { name: 'queue', kind: 'value', placeholder: 'NAME', help: 'queue name (default: corroborate)' },
]

/** Flags of `corroborate enqueue`. */
export const enqueueFlags: readonly FlagSpec[] = [
  ...queueFlags,
  eventKeyFlag,
  ...compareOptionFlags,
  referenceDateFlag,
  configFlag,
]

/** Flags of `corroborate worker`. */
export const workerFlags: readonly FlagSpec[] = [
  ...queueFlags,
  {
    name: 'concurrency',
    kind: 'value',
    placeholder: 'N',
    help: 'events compared at once by this worker (default: 1; run one worker per core)',
  },
  {
    name: 'lock-ms',
    kind: 'value',
    placeholder: 'MS',
    help: "how long a job's lock lasts without renewal: a dead worker's job is retried after it (default: 30000)",
  },
]

/** Flags of `corroborate collect`. */
export const collectFlags: readonly FlagSpec[] = [
  ...queueFlags,
  {
    name: 'out',
    kind: 'value',
    short: 'o',
    placeholder: 'FILE',
    help: 'write the JSONL reports to FILE instead of stdout',
  },
  {
    name: 'no-wait',
    kind: 'boolean',
    help: 'write the reports stored so far and stop (default: wait for every enqueued event)',
  },
]
