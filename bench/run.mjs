// npm run bench: times `compare` and `align` on synthetic corpora of 5, 50 and 500 articles
// (about 40 sentences each), each size in its own child process so that peak RSS is that
// size's alone, and compares align with a naive all-pairs TF-IDF baseline in the same child.
// Then runs the scikit-learn peer and corroborate on the peer's corpora of many small events
// and of one big event (bench/peer.mjs; BENCH_PEER=0 leaves it out). Prints markdown tables and
// writes them to bench/RESULTS.md.
import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeCorpus } from './corpus.mjs'
import { formatPeerBench, runPeerBench } from './peer.mjs'

const here = dirname(fileURLToPath(import.meta.url))
// BENCH_DIST: measure another build of the library (a copy of dist/ while dist/ is rebuilt).
const distIndex = process.env.BENCH_DIST ?? '../dist/index.js'
const sizes = (process.env.BENCH_SIZES ?? '5,50,500').split(',').map(Number)

const mb = (characters) => characters / 1e6
const peakMb = () => process.resourceUsage().maxRSS / 1024

/** Articles for align: from dist's analyze, or built from the generated sentences directly. */
function articlesFor(library, corpus) {
  if (typeof library.analyze === 'function') {
    return corpus.articles.map((article, i) => library.analyze(article, {}, i))
  }
  return corpus.articles.map((article) => {
    let offset = 0
    const statements = article.sentences.map((text, index) => {
      const start = article.text.indexOf(text, offset)
      offset = start + text.length
      return {
        id: `${article.id}#${index}`,
        articleId: article.id,
        index,
        text,
        start,
        end: offset,
        line: 1,
        column: start + 1,
        kind: 'sentence',
        details: [],
        citations: [],
      }
    })
    return {
      ...article,
      title: null,
      url: null,
      publishedAt: null,
      format: 'text',
      statements,
      stats: { characters: article.text.length, statements: statements.length, fragments: 0, details: 0 },
    }
  })
}

/** Fact label of every statement id, from the generator's record of each sentence. */
function factLabels(corpus, articles) {
  const labels = new Map()
  corpus.articles.forEach((source, a) => {
    const spans = []
    let offset = 0
    source.sentences.forEach((sentence, i) => {
      const start = source.text.indexOf(sentence, offset)
      offset = start + sentence.length
      spans.push([start, offset, source.facts[i]])
    })
    for (const statement of articles[a].statements) {
      const span = spans.find(([start, end]) => statement.start >= start && statement.start < end)
      if (span) labels.set(statement.id, span[2])
    }
  })
  return labels
}

/** Pairwise precision, recall and F1 of groups of statement ids against the fact labels. */
function pairwiseQuality(groups, labels) {
  const pairs = (n) => (n * (n - 1)) / 2
  let predicted = 0
  let hits = 0
  const factSizes = new Map()
  for (const label of labels.values()) factSizes.set(label, (factSizes.get(label) ?? 0) + 1)
  let truth = 0
  for (const size of factSizes.values()) truth += pairs(size)
  for (const group of groups) {
    predicted += pairs(group.length)
    const cells = new Map()
    for (const id of group) cells.set(labels.get(id), (cells.get(labels.get(id)) ?? 0) + 1)
    for (const count of cells.values()) hits += pairs(count)
  }
  const precision = predicted === 0 ? 1 : hits / predicted
  const recall = truth === 0 ? 1 : hits / truth
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) }
}

async function child(mode, size) {
  const library = await import(distIndex)
  const corpus = makeCorpus(size)
  const inputs = corpus.articles.map(({ id, outlet, text }) => ({ id, outlet, text }))
  const result = { mode, size, characters: corpus.characters }
  // Warm up on a small corpus first, so that every step is measured compiled, not cold.
  const warm = makeCorpus(3, { seed: 7 })
  if (mode === 'compare') library.compare(warm.articles.map(({ id, text }) => ({ id, text })))
  else library.align(articlesFor(library, warm))
  if (mode === 'compare') {
    const start = performance.now()
    const report = library.compare(inputs)
    result.ms = performance.now() - start
    result.peakMb = peakMb()
    result.statements = report.stats.statements
    result.claims = report.claims.length
  } else {
    const articles = articlesFor(library, corpus)
    const before = peakMb()
    const start = performance.now()
    const claims = library.align(articles)
    result.ms = performance.now() - start
    result.peakMb = peakMb()
    result.peakBeforeMb = before
    result.statements = articles.reduce(
      (sum, article) => sum + article.statements.filter((s) => s.kind !== 'fragment').length,
      0,
    )
    result.claims = claims.length
    result.shared = claims.filter((claim) => claim.articleIds.length > 1).length
    const labels = factLabels(corpus, articles)
    result.quality = pairwiseQuality(
      claims.map((claim) => claim.statementIds),
      labels,
    )
    const { naiveAlign } = await import('./baseline.mjs')
    const natural = await import(new URL('text/natural.js', new URL(distIndex, import.meta.url)).href)
    const statements = articles.flatMap((article) => article.statements.filter((s) => s.kind !== 'fragment'))
    naiveAlign(
      articlesFor(library, warm).flatMap((article) => article.statements),
      natural,
    )
    const baselineStart = performance.now()
    const baseline = naiveAlign(statements, natural)
    result.baselineMs = performance.now() - baselineStart
    result.baselinePairs = baseline.pairs
    result.baselineQuality = pairwiseQuality(baseline.groups, labels)
  }
  process.stdout.write(JSON.stringify(result))
}

function run(mode, size) {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', join(here, 'run.mjs'), '--child', mode, String(size)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  )
  return JSON.parse(output)
}

/** A markdown table padded the way the repository's formatter (biome) writes it. */
function markdownTable(header, rightAligned, rows) {
  const widths = header.map((title, i) => Math.max(3, title.length, ...rows.map((row) => row[i].length)))
  const line = (cells) =>
    `| ${cells.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`
  const rule = `| ${widths.map((width, i) => (rightAligned[i] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`
  return [line(header), rule, ...rows.map(line)].join('\n')
}

function fmt(value, digits = 1) {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/** The import-cost line from bench/import-cost.mjs (another helper's), when it is there. */
async function importCostLine() {
  if (!existsSync(join(here, 'import-cost.mjs'))) return null
  const module = await import('./import-cost.mjs')
  if (typeof module.measureImportCost !== 'function') return null
  const measured = await module.measureImportCost()
  return typeof module.formatImportCost === 'function'
    ? module.formatImportCost(measured)
    : `import cost: ${measured.costMs} ms`
}

async function main() {
  const library = await import(distIndex)
  const hasCompare = typeof library.compare === 'function'
  const header = [
    'articles',
    'step',
    'statements',
    'claims',
    'time (ms)',
    'MB/s',
    'peak RSS (MB)',
    'naive all-pairs (ms)',
    'speed-up',
    'pairwise F1 (naive)',
  ]
  const rightAligned = [true, false, true, true, true, true, true, true, true, false]
  const rows = []
  const aligned = new Map()
  for (const size of sizes) {
    const align = run('align', size)
    aligned.set(size, align)
    rows.push([
      String(size),
      'align',
      String(align.statements),
      String(align.claims),
      fmt(align.ms),
      fmt(mb(align.characters) / (align.ms / 1000), 2),
      fmt(align.peakMb, 0),
      fmt(align.baselineMs),
      `${fmt(align.baselineMs / align.ms)}x`,
      `${fmt(align.quality.f1, 3)} (${fmt(align.baselineQuality.f1, 3)})`,
    ])
    process.stderr.write(`${rows.at(-1).join(' | ')}\n`)
    if (hasCompare) {
      const whole = run('compare', size)
      rows.push([
        String(size),
        'compare',
        String(whole.statements),
        String(whole.claims),
        fmt(whole.ms),
        fmt(mb(whole.characters) / (whole.ms / 1000), 2),
        fmt(whole.peakMb, 0),
        '',
        '',
        '',
      ])
      process.stderr.write(`${rows.at(-1).join(' | ')}\n`)
    }
  }
  const table = markdownTable(header, rightAligned, rows)
  const scaling = []
  for (let i = 1; i < sizes.length; i++) {
    const small = aligned.get(sizes[i - 1])
    const large = aligned.get(sizes[i])
    scaling.push(
      `align ${sizes[i - 1]} -> ${sizes[i]} articles: ${fmt(large.statements / small.statements)}x the statements, ${fmt(large.ms / small.ms)}x the time`,
    )
  }
  const importCost = await importCostLine()
  if (importCost !== null) process.stderr.write(`${importCost}\n`)
  const peer = process.env.BENCH_PEER === '0' ? null : formatPeerBench(await runPeerBench())
  const corpusNote = sizes
    .map((size) => `${size} articles: ${fmt(mb(makeCorpus(size).characters), 2)} MB`)
    .join('; ')
  const notes = [
    `# Benchmark results`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (Node ${process.version}, ${process.platform}/${process.arch}).`,
    '',
    `Corpora (bench/corpus.mjs, seeded): ${corpusNote};`,
    'about 40 sentences per article, shared facts verbatim, reworded or with a changed figure,',
    'plus facts of each outlet alone.',
    "Each size and step runs in its own child process; peak RSS is that process's maximum resident set.",
    '`align` times align alone on analysed articles; `compare` the whole pipeline from raw text;',
    'each after a warm-up run on a 3-article corpus (so JIT compilation is not timed).',
    'The naive baseline (bench/baseline.mjs) computes the TF-IDF cosine of every cross-article pair',
    'and links pairs at 0.35 (connected components). Pairwise F1 compares the claims with the facts',
    'the generator planted (every pair of statements reporting one fact is a true link).',
    '',
    table,
    '',
    ...(scaling.length > 0 ? [...scaling.map((line) => `- ${line}`), ''] : []),
    ...(importCost !== null ? [`- ${importCost} (bench/import-cost.mjs, built dist/)`, ''] : []),
    ...(peer === null
      ? []
      : [
          '## Against the scikit-learn peer',
          '',
          "The peer's corpora (bench/peers/gen_corpus.py: events of outlets, 40 sentences an article) and",
          'its TF-IDF + Hungarian alignment (bench/peers/sklearn_align.py, `--scope event` for many events),',
          'each side a whole process (start, imports, reading, work) in this one run; corroborate runs',
          '`compare` (the whole pipeline) event by event on one core. Above 1x, corroborate is faster.',
          '',
          peer,
          '',
        ]),
  ].join('\n')
  console.log(table)
  if (peer !== null) console.log(`\n${peer}`)
  writeFileSync(join(here, 'RESULTS.md'), notes)
}

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]))
else await main()
