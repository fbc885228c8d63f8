#!/usr/bin/env node
// Writes what the three registries decide into the files that list it, so adding a finding rule
// (src/rules.ts), a detail kind (src/detail-kinds.ts) or an option (`optionSpecs` in
// src/options.ts) is one entry: the JSON Schema's `Finding.rule` and `Detail.kind` enums and its
// `ResolvedOptions` definition, and the docs' generated regions, between marker comments
// `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. Everything outside those regions is
// left as written. `npm run build` runs it first; tests/registries-generated.test.ts fails when
// a committed file is older than the registries. The outputs stay in git, so a fresh clone works
// before any build. Under CI (CI=true) or with --check it rewrites nothing and fails on a stale
// file instead: CI builds before it tests, so a rewrite there would hide a stale commit.
//
//   node scripts/generate-from-registries.mjs            # rewrites the files that differ
//   node scripts/generate-from-registries.mjs --check    # exit 1 naming the files that differ
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The registries as the source modules export them: `findingRules`, `detailKinds` and
 * `optionSpecs`. The script reads them by bundling the TypeScript with esbuild (a dev
 * dependency, as the script runs only in a checkout); the test imports them directly.
 *
 * @returns {Promise<Registries>}
 */
export async function loadRegistries() {
  const { build } = await import('esbuild')
  const contents = [
    "export { findingRules } from './src/rules.ts'",
    "export { detailKinds } from './src/detail-kinds.ts'",
    "export { optionSpecs } from './src/options.ts'",
  ].join('\n')
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'registries.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'error',
  })
  const code = result.outputFiles[0].text
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}

/**
 * @typedef {{ findingRules: readonly any[], detailKinds: Readonly<Record<string, any>>, optionSpecs: Readonly<Record<string, any>> }} Registries
 */

const code = (word) => `\`${word}\``
const list = (words) => words.map(code).join(', ')
const cell = (text) => String(text).replaceAll('|', '\\|')
const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`]
    .concat(rows.map((row) => `| ${row.join(' | ')} |`))
    .join('\n')

/** Every command some rule's findings come from, in the order the registry first names them. */
const commandsOf = (rules) => [...new Set(rules.flatMap((rule) => rule.commands))]

/**
 * The Markdown regions, by name: each a function of the registries. A block region (a table)
 * stands on lines of its own between the markers; an inline one (a list of ids) sits in a
 * sentence.
 */
const regions = {
  rules: {
    block: true,
    make: ({ findingRules }) =>
      table(
        ['rule', 'severity', 'when', 'example message'],
        findingRules.map((rule) => [
          code(rule.id),
          rule.severities.join(', '),
          cell(rule.summary),
          code(rule.example),
        ]),
      ),
  },
  'rule-list': { block: false, make: ({ findingRules }) => list(findingRules.map((rule) => rule.id)) },
  'fail-on': {
    block: true,
    make: ({ findingRules }) => {
      const all = commandsOf(findingRules).join(', ')
      const possible = findingRules.filter((rule) => rule.possibleConflicts)
      return table(
        ['name', 'finding rule', 'commands'],
        [
          ...findingRules.map((rule) => [
            code(rule.failOn),
            `${code(rule.id)}: ${cell(rule.description)}`,
            rule.commands.join(', '),
          ]),
          [
            code('possible'),
            `possible conflicts: the notes of ${list(possible.map((rule) => rule.id))}`,
            commandsOf(possible).join(', '),
          ],
          [code('any'), 'every rule the command reports (possible conflicts not included)', all],
          [code('none'), 'nothing (the default)', all],
        ],
      )
    },
  },
  'kind-list': { block: false, make: ({ detailKinds }) => list(Object.keys(detailKinds)) },
  kinds: {
    block: true,
    make: ({ detailKinds }) => {
      const valueText = {
        amount: 'a number or `{ min, max }`',
        money: '`{ amount, currency }`',
        text: 'a string',
      }
      const comparedBy = {
        kind: 'value',
        unit: 'value, within one unit',
        percent: 'value (percentage points apart)',
      }
      return table(
        ['kind', 'value', 'named in findings', 'a figure', 'compared by', 'hedged or ranged'],
        Object.entries(detailKinds).map(([kind, spec]) => [
          code(kind),
          valueText[spec.value],
          spec.comparable === null ? '-' : spec.label,
          spec.figure ? 'yes' : 'no',
          spec.comparable === null ? (spec.name ? 'spelling' : 'words') : comparedBy[spec.comparable],
          spec.ranged ? 'yes' : 'no',
        ]),
      )
    },
  },
  options: {
    block: true,
    make: ({ optionSpecs }) =>
      table(
        ['option', 'default', 'effect'],
        Object.entries(optionSpecs).map(([name, spec]) => [code(name), spec.shown, spec.doc]),
      ),
  },
  'config-keys': {
    block: false,
    make: ({ optionSpecs }) =>
      list(
        Object.entries(optionSpecs)
          .filter(([, spec]) => spec.config === true)
          .map(([name]) => name),
      ),
  },
}

/** The files with generated regions, relative to the repository root. */
export const markdownFiles = [
  'README.md',
  'docs/cli.md',
  'docs/comparison-rules.md',
  'docs/details.md',
  'docs/extending.md',
  'docs/report-format.md',
]

/** The JSON Schema, whose enums and `ResolvedOptions` are generated. */
export const schemaFile = 'src/report/schema.json'

/**
 * `text` with every generated region remade. A marker naming no known region is an error, so a
 * typo in a doc does not leave a region silently stale.
 *
 * @example
 * fillRegions('a <!-- generated:kind-list -->x<!-- /generated:kind-list --> b', registries)
 * //=> 'a <!-- generated:kind-list -->`count`, `money`, ...<!-- /generated:kind-list --> b'
 */
export function fillRegions(text, registries, file = 'text') {
  return text.replace(
    /<!-- generated:([\w-]+) -->([\s\S]*?)<!-- \/generated:([\w-]+) -->/g,
    (_, name, _old, closing) => {
      const region = Object.hasOwn(regions, name) ? regions[name] : undefined
      if (region === undefined || closing !== name) {
        throw new Error(`${file}: unknown or unclosed generated region '${name}'`)
      }
      const body = region.make(registries)
      const inner = region.block ? `\n${body}\n` : body
      return `<!-- generated:${name} -->${inner}<!-- /generated:${name} -->`
    },
  )
}

// JSON on one line the way the schema is written: `{ "a": 1 }`, `[1, 2]`.
function inline(value) {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`)
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`
  }
  return JSON.stringify(value)
}

function replaceOnce(text, pattern, replacement, what) {
  if (!pattern.test(text)) throw new Error(`${schemaFile}: cannot find ${what}`)
  return text.replace(pattern, replacement)
}

/**
 * The schema's text with `Finding.rule`, `Detail.kind` and `ResolvedOptions` remade from the
 * registries, the rest (hand-written) untouched.
 */
export function fillSchema(text, { findingRules, detailKinds, optionSpecs }) {
  const pad = ' '.repeat(12)
  let out = replaceOnce(
    text,
    /("Detail": \{[\s\S]*?"kind": \{\n\s*"enum": \[)[^\]]*(\])/,
    (_, head, close) =>
      `${head}\n${Object.keys(detailKinds)
        .map((kind) => `${pad}${JSON.stringify(kind)}`)
        .join(',\n')}\n${' '.repeat(10)}${close}`,
    'the enum of Detail.kind',
  )
  out = replaceOnce(
    out,
    /("Finding": \{[\s\S]*?"rule": )\{ "enum": \[[^\]]*\] \}/,
    (_, head) => `${head}${inline({ enum: findingRules.map((rule) => rule.id) })}`,
    'the enum of Finding.rule',
  )
  const recorded = Object.entries(optionSpecs).filter(([, spec]) => spec.schema !== null)
  // An option added in a minor version is listed but not required until the next major one,
  // so a stored report of the minor before still validates (docs/report-format.md).
  const required = recorded
    .filter(([, spec]) => spec.addedIn === undefined)
    .map(([name]) => `${' '.repeat(8)}${JSON.stringify(name)}`)
    .join(',\n')
  const properties = recorded
    .map(([name, spec]) => `${' '.repeat(8)}${JSON.stringify(name)}: ${inline(spec.schema)}`)
    .join(',\n')
  out = replaceOnce(
    out,
    /("ResolvedOptions": \{[\s\S]*?"required": \[)[\s\S]*?(\],\n {6}"properties": \{)[\s\S]*?(\n {6}\})/,
    (_, head, middle, close) => `${head}\n${required}\n${' '.repeat(6)}${middle}\n${properties}${close}`,
    'ResolvedOptions',
  )
  return out
}

/**
 * Every generated file's path (relative to the root) and the text it should have now, made from
 * the files as they are (`read`) and the registries.
 *
 * @param {Registries} registries
 * @param {(path: string) => string} read
 * @returns {Array<[string, string]>}
 */
export function generatedFiles(registries, read) {
  return [
    [schemaFile, fillSchema(read(schemaFile), registries)],
    ...markdownFiles.map((file) => [file, fillRegions(read(file), registries, file)]),
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = (path) => readFileSync(join(root, path), 'utf8')
  const check = process.argv.includes('--check') || process.env.CI === 'true'
  const registries = await loadRegistries()
  const stale = generatedFiles(registries, read).filter(([path, text]) => read(path) !== text)
  for (const [path, text] of stale) {
    if (check) console.error(`${path} is not as the registries make it: run npm run build and commit it`)
    else writeFileSync(join(root, path), text)
  }
  if (check && stale.length > 0) process.exitCode = 1
}
