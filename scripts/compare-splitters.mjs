// Dev-only: runs the segmentation case table (tests/fixtures/segment/cases.ts) through
// corroborate, sentence-splitter and Intl.Segmenter, and prints how many cases each passes as
// a Markdown table. A case passes when the splitter's sentences, white space folded, equal the
// expected statements exactly (corroborate also removes citation markers and markup, which the
// others cannot). Usage: node scripts/compare-splitters.mjs [--failures]
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { split } from 'sentence-splitter'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// Bundle the TypeScript case table and corroborate's segmenter into one in-memory module.
const bundled = await build({
  stdin: {
    contents:
      "export { cases } from './tests/fixtures/segment/cases.ts'\nexport { segment } from './src/segment/index.ts'\n",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
})
const source = bundled.outputFiles[0].text
const { cases, segment } = await import(
  `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
)

const fold = (text) => text.replace(/\s+/g, ' ').trim()
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

const splitters = {
  corroborate: (testCase) =>
    segment(testCase.input, {
      ...(testCase.format ? { format: testCase.format } : {}),
      ...(testCase.granularity ? { granularity: testCase.granularity } : {}),
      ...(testCase.outletMarkers ? { outletMarkers: testCase.outletMarkers } : {}),
    }).map((statement) => statement.text),
  'sentence-splitter 5.0.1': (testCase) =>
    split(testCase.input)
      .filter((node) => node.type === 'Sentence')
      .map((node) => fold(node.raw)),
  'Intl.Segmenter (ICU)': (testCase) =>
    [...segmenter.segment(testCase.input)].map((part) => fold(part.segment)),
}

const category = (name) => name.slice(0, name.indexOf(':'))
const passes = {}
for (const [name, run] of Object.entries(splitters)) {
  passes[name] = new Set()
  for (const testCase of cases) {
    let got
    try {
      got = run(testCase).filter((sentence) => sentence !== '')
    } catch {
      got = null
    }
    if (got !== null && JSON.stringify(got) === JSON.stringify(testCase.expected))
      passes[name].add(testCase.name)
    else if (process.argv.includes('--failures') && name === 'corroborate') {
      console.error(`FAIL ${testCase.name}: ${JSON.stringify(got)}`)
    }
  }
}

const names = Object.keys(splitters)
const categories = [...new Set(cases.map((testCase) => category(testCase.name)))]
const lines = []
lines.push(`| category | cases | ${names.join(' | ')} |`)
lines.push(`|---|---:|${names.map(() => '---:').join('|')}|`)
for (const group of categories) {
  const inGroup = cases.filter((testCase) => category(testCase.name) === group)
  const counts = names.map((name) => inGroup.filter((testCase) => passes[name].has(testCase.name)).length)
  lines.push(`| ${group} | ${inGroup.length} | ${counts.join(' | ')} |`)
}
lines.push(
  `| **all** | **${cases.length}** | ${names.map((name) => `**${passes[name].size}**`).join(' | ')} |`,
)
const onlyOurs = cases.filter(
  (testCase) =>
    passes.corroborate.has(testCase.name) && names.slice(1).every((name) => !passes[name].has(testCase.name)),
)
// The fairer comparison: sentence splitting of plain text, without the rows that ask for what
// only corroborate tries (markup, citation markers, datelines, page junk, clauses).
const onlyCorroborate = new Set(['markdown', 'html', 'clause', 'marker', 'dateline', 'junk'])
const plainOnly = cases.filter((testCase) => !onlyCorroborate.has(category(testCase.name)))
lines.push('')
lines.push(
  `Sentence splitting of plain text only (without the markdown, html, clause, marker, dateline and junk rows): ${plainOnly.length} cases; ` +
    names
      .map((name) => `${name} ${plainOnly.filter((testCase) => passes[name].has(testCase.name)).length}`)
      .join(', ') +
    '.',
)
lines.push(`Cases corroborate passes that none of the others pass: ${onlyOurs.length}.`)
console.log(lines.join('\n'))
