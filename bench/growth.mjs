// How time and memory grow with input size, for the shapes of input that once made corroborate
// quadratic (issue 13) and for news text: segment, extractDetails, compare and groupByEvent on
// 10 KB, 100 KB and 1 MB. Each measurement runs in its own process, so its peak RSS is its own.
// A benchmark, not a test: times vary with the machine and its load; the growth per 10x is the
// point (about 10x is linear, about 100x quadratic).
//
//   npm run build && node bench/growth.mjs [--sizes 10000,100000,1000000] [--limit 60] [--shape text]
//
// --shape keeps the shapes whose name contains the given text.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { makeCorpus } from './corpus.mjs'

const sizes = [10_000, 100_000, 1_000_000]
const functions = ['segment', 'extractDetails', 'compare', 'groupByEvent']

/** Seconds one measurement may take (`--limit`); past it, the larger sizes of that row are skipped. */
const limitAt = process.argv.indexOf('--limit')
const limit = limitAt === -1 ? 60 : Number(process.argv[limitAt + 1])

/** A second, small article for compare and groupByEvent. */
const other =
  'Police said 12 people died when the ferry capsized on the River Aske on Thursday. ' +
  'The operator said the ferry carried 85 passengers, and about 40 were rescued.'

/** Input shapes: a repeated unit (or a generator) and the format it is read as. */
const shapes = {
  'news text': { format: 'text', make: newsText },
  'line-initial numbers': {
    format: 'text',
    unit: 'By evening the death toll had risen to\n14. Police said the count may rise again\n',
  },
  'long and stray tags': {
    format: 'html',
    unit: `<p>Police said <span class="${'x'.repeat(60)}">12</span> people died.</div class="article-body-wrapper-container"> Officials said 14 were hurt.</p>\n`,
  },
  'nested quotes and lists (20 levels)': {
    format: 'markdown',
    unit: `${'> '.repeat(10)}${'- '.repeat(10)}Police said 12 people died on Thursday.\n\n`,
  },
  'quoted paragraphs': { format: 'markdown', unit: '> Police said 12 people died on Thursday.\n\n' },
  'tight list items': { format: 'markdown', unit: '- Police said 12 people died on Thursday.\n' },
  'huge numbers (400 digits)': { format: 'text', unit: `Officials counted ${'9'.repeat(400)} votes. ` },
  "'US$1,000 ' repeated": { format: 'text', unit: 'US$1,000 ' },
  "'in March ' repeated": { format: 'text', unit: 'in March ' },
  "'‹' repeated": { format: 'text', unit: '‹' },
}

function newsText(size) {
  let text = ''
  for (let articles = 8; text.length < size; articles *= 2) {
    text = makeCorpus(articles)
      .articles.map((article) => article.text)
      .join('\n\n')
  }
  return text.slice(0, size)
}

function input(shape, size) {
  const { unit, make } = shapes[shape]
  return make ? make(size) : unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

/** In the child: one function on one input; prints milliseconds and peak RSS in MB. */
async function child(shape, size, name) {
  const api = await import('../dist/index.js')
  const { format } = shapes[shape]
  const text = input(shape, size)
  // Warm up the code paths on a small input of the same shape, so the first call's compile time
  // is not counted.
  run(api, name, input(shape, 2_000), format)
  const started = performance.now()
  run(api, name, text, format)
  const ms = performance.now() - started
  process.stdout.write(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS / 1024 }))
}

function run(api, name, text, format) {
  if (name === 'segment') return api.segment(text, { format })
  if (name === 'extractDetails') return api.extractDetails(text, { format })
  if (name === 'compare') return api.compare([{ text, format }, other])
  return api.groupByEvent([{ text, format }, other])
}

function measure(shape, size, name) {
  try {
    const out = execFileSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--child', shape, String(size), name],
      {
        encoding: 'utf8',
        timeout: limit * 1000,
        maxBuffer: 1 << 20,
      },
    )
    return JSON.parse(out)
  } catch (error) {
    return { error: error.signal === 'SIGTERM' ? `over ${limit} s` : String(error.message).split('\n')[0] }
  }
}

const format = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const sizeLabel = (size) => (size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1_000} KB`)

async function parent() {
  const argv = process.argv.slice(2)
  const at = argv.indexOf('--sizes')
  const chosen = at === -1 ? sizes : argv[at + 1].split(',').map(Number)
  const header = [
    'shape',
    'function',
    ...chosen.map((size) => `${sizeLabel(size)} ms (MB)`),
    ...chosen.slice(1).map((size, i) => `x per 10x (${sizeLabel(chosen[i])} -> ${sizeLabel(size)})`),
  ]
  console.log(`| ${header.join(' | ')} |`)
  console.log(`| ${header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`)
  const shapeAt = argv.indexOf('--shape')
  const only = shapeAt === -1 ? '' : argv[shapeAt + 1]
  for (const shape of Object.keys(shapes).filter((name) => name.includes(only))) {
    for (const name of functions) {
      const results = []
      for (const size of chosen) {
        results.push(results.at(-1)?.error ? { error: 'not run' } : measure(shape, size, name))
      }
      const cells = results.map((result) =>
        result.error ? result.error : `${format(result.ms)} (${format(result.rss)})`,
      )
      const growth = results.slice(1).map((result, i) => {
        const before = results[i]
        if (result.error || before.error) return ''
        // Below 5 ms a time is mostly noise; say so rather than print a ratio.
        return before.ms < 5 ? '(too fast)' : `${format(result.ms / before.ms, 1)}x`
      })
      console.log(`| ${[shape, name, ...cells, ...growth].join(' | ')} |`)
    }
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]), process.argv[5])
else await parent()
