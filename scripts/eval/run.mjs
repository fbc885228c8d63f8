// `npm run eval`: how corroborate does on the public dev sets in ../shared (skipped with a
// message when they are absent): the ECB+ dev topics as an alignment task (claim links
// against gold sentence links, by ../shared/eval/score_align.py), then the pair ROC AUC of
// the exported `similarity` on ECB+ sentence pairs, NAnCo answers and MRPC paraphrases (by
// ../shared/eval/score_pairs.mjs), and how many of the single-source statements readers judged
// a build still calls single-source although another outlet reports them
// (scripts/eval/judged-single-source.mjs). Baselines: ../shared/eval/README.md.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { root, sharedDir } from './shared.mjs'

const shared = sharedDir()
if (shared !== null) {
  const run = (args) =>
    execFileSync(process.execPath, args, { encoding: 'utf8', cwd: root, maxBuffer: 1 << 26 })
  console.log(run([join(root, 'scripts/eval/ecb-align.mjs')]))
  const sets = [
    ['ECB+ sentence pairs', 'ecbplus-pairs-dev.json', '0.760 (TF-IDF)'],
    ['NAnCo answers', 'nanco-pairs-dev.json', '0.853 (Jaccard)'],
    ['MRPC paraphrases', 'mrpc-pairs-dev.json', '0.760 (Jaccard)'],
  ]
  console.log('| pair set | similarity ROC AUC | best baseline |\n| --- | ---: | ---: |')
  for (const [name, file, baseline] of sets) {
    const output = run([
      join(shared, 'eval/score_pairs.mjs'),
      join(shared, 'data', file),
      join(root, 'scripts/eval/pair-scorer.mjs'),
    ])
    const auc = /AUC\s*[:=]?\s*([0-9.]+)/.exec(output)?.[1] ?? '?'
    console.log(`| ${name} | ${auc} | ${baseline} |`)
  }
  console.log(run([join(root, 'scripts/eval/judged-single-source.mjs')]))
}
