// corroborate against the scikit-learn peer (bench/peers/sklearn_align.py: TF-IDF over all
// sentences, cosine of every cross-article pair, a Hungarian assignment per article pair;
// alignment only) on the peer's own corpora (bench/peers/gen_corpus.py), each side a whole
// process, in one run. Copies of ../shared/peers/, kept here so the bench runs anywhere.
//
//   node bench/peer.mjs          # needs python3; the peer needs scikit-learn (Debian python3-sklearn)
//
// bench/run.mjs calls runPeerBench() and adds its table to bench/RESULTS.md.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const bin = join(root, 'bin/corroborate.js')

/** The Python that runs the generator (any python3) and the one that runs the peer (needs sklearn). */
function pythons() {
  const has = (python, code) => spawnSync(python, ['-c', code], { encoding: 'utf8' }).status === 0
  const candidates = [process.env.BENCH_PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean)
  const generator = candidates.find((python) => has(python, 'import json'))
  const peer = candidates.find((python) => has(python, 'import sklearn, scipy, numpy'))
  return { generator, peer }
}

function timed(command, args, options = {}) {
  const start = performance.now()
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...options })
  const ms = performance.now() - start
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.slice(-2000)}`)
  return { ms, stdout: result.stdout, stderr: result.stderr }
}

/** Runs both sides on the shapes given; returns rows of measurements and a list of notes. */
export async function runPeerBench({
  shapes = [
    { name: '100 events x 5 outlets', events: 100, outlets: 5, peer: true, batch: true },
    { name: '1 event x 500 outlets', events: 1, outlets: 500, peer: true },
    { name: '1 event x 2000 outlets', events: 1, outlets: 2000, peer: process.env.BENCH_PEER_BIG === '1' },
  ],
  log = (line) => process.stderr.write(`${line}\n`),
} = {}) {
  const { generator, peer } = pythons()
  if (generator === undefined) {
    return { skipped: 'skipped the peer comparison: no python3 to run bench/peers/gen_corpus.py' }
  }
  const notes = []
  if (peer === undefined) {
    notes.push(
      'scikit-learn peer skipped: no Python with scikit-learn, scipy and numpy (Debian: apt-get install python3-sklearn)',
    )
    log(notes.at(-1))
  }
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-peer-'))
  const rows = []
  try {
    for (const shape of shapes) {
      const corpus = join(dir, `${shape.events}x${shape.outlets}.json`)
      const generated = execFileSync(
        generator,
        [join(here, 'peers/gen_corpus.py'), String(shape.events), String(shape.outlets), '40'],
        { encoding: 'utf8', maxBuffer: 1 << 28 },
      )
      writeFileSync(corpus, generated)
      const { meta, articles } = JSON.parse(generated)
      const own = timed(process.execPath, ['--expose-gc', join(here, 'peer-child.mjs'), corpus])
      const measured = JSON.parse(own.stdout)
      const row = { ...shape, vocab: meta.vocab, processMs: own.ms, ...measured }
      if (shape.batch) {
        const jsonl = join(dir, `${shape.events}x${shape.outlets}.jsonl`)
        writeFileSync(
          jsonl,
          articles
            .map((a) =>
              JSON.stringify({ event: a.event, id: a.id, outlet: a.outlet, text: a.sentences.join(' ') }),
            )
            .join('\n'),
        )
        row.batch = {}
        for (const jobs of [1, 2]) {
          const run = timed(process.execPath, [bin, 'batch', jsonl, '--jobs', String(jobs)])
          row.batch[jobs] = run.ms
        }
      }
      if (peer !== undefined && shape.peer) {
        const scope = shape.events > 1 ? 'event' : 'all'
        const run = timed(peer, [join(here, 'peers/sklearn_align.py'), corpus, '--scope', scope])
        row.peer = { processMs: run.ms, ...JSON.parse(run.stdout) }
      }
      rows.push(row)
      log(
        `peer bench: ${shape.name}: corroborate ${fmt(row.processMs / 1000)} s` +
          (row.peer ? `, sklearn ${fmt(row.peer.processMs / 1000)} s` : ''),
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return { rows, notes }
}

function fmt(value, digits = 1) {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/** The markdown section for bench/RESULTS.md. */
export function formatPeerBench({ rows, notes, skipped }) {
  if (skipped !== undefined) return skipped
  const lines = [
    '| corpus | articles | statements | corroborate process (s) | its compare (s) | peak RSS (MB) | sklearn process (s) | its alignment (s) | sklearn / corroborate |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const row of rows) {
    const peer = row.peer
    lines.push(
      `| ${row.name} | ${row.articles} | ${row.statements} | ${fmt(row.processMs / 1000)} | ${fmt(row.compareMs / 1000)} | ${fmt(row.peakMb, 0)} | ` +
        (peer
          ? `${fmt(peer.processMs / 1000)} | ${fmt(peer.seconds.align_total)} | ${fmt(peer.processMs / row.processMs, 2)}x |`
          : 'not run | | |'),
    )
  }
  const out = [...lines, '']
  const big = rows.filter((row) => row.events === 1).sort((a, b) => a.articles - b.articles)
  if (big.length >= 2) {
    const [small, large] = [big[0], big.at(-1)]
    const exponent =
      Math.log(large.compareMs / small.compareMs) / Math.log(large.statements / small.statements)
    // CPU time too: on a shared machine the wall time mostly measures the others' load.
    const cpuExponent =
      Math.log(large.compareCpuMs / small.compareCpuMs) / Math.log(large.statements / small.statements)
    const perStatementKb = ((large.peakMb - large.rssBeforeMb) * 1024) / large.statements
    out.push(
      `- one big event, ${small.articles} -> ${large.articles} articles: time exponent ${fmt(exponent, 2)} ` +
        `(compare ${fmt(small.compareMs / 1000)} s -> ${fmt(large.compareMs / 1000)} s), ` +
        `in CPU time ${fmt(cpuExponent, 2)} (${fmt(small.compareCpuMs / 1000)} s -> ${fmt(large.compareCpuMs / 1000)} s); ` +
        `peak memory above the loaded corpus ${fmt(perStatementKb, 1)} KB a statement at ${large.articles} articles`,
    )
  }
  for (const row of rows.filter((row) => row.batch)) {
    const rate = (ms) => row.events / (ms / 1000)
    out.push(
      `- \`corroborate batch\` on ${row.name} (whole process): --jobs 1 ${fmt(rate(row.batch[1]))} events/s, ` +
        `--jobs 2 ${fmt(rate(row.batch[2]))} events/s (${fmt(row.batch[1] / row.batch[2], 2)}x)`,
    )
  }
  for (const row of rows.filter((row) => row.compareCpuMs !== undefined)) {
    out.push(
      `- ${row.name}: corroborate's compare took ${fmt(row.compareCpuMs / 1000)} s of CPU time ` +
        `(${fmt(row.compareMs / 1000)} s wall; the gap is the machine's other load)`,
    )
  }
  if (rows[0]) out.push(`- corpus vocabulary: ${rows[0].vocab}`)
  out.push(...notes.map((note) => `- ${note}`))
  if (!rows.some((row) => row.events === 1 && row.articles >= 2000 && row.peer)) {
    out.push('- the peer is not run on 2,000 articles of one event (quadratic; BENCH_PEER_BIG=1 runs it)')
  }
  return out.join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('run npm run build first')
  console.log(formatPeerBench(await runPeerBench()))
}
