// Pair ROC AUC of the defaults (`similarity`) against the word-vector option
// (`wordVectorSimilarity`) on the three dev pair sets in ../shared (skipped with a message
// when they are absent), by ../shared/eval/score_pairs.mjs.
//
//   npm run build && node scripts/eval/word-vectors.mjs [--sample N]
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { root, sharedDir } from './shared.mjs'

const shared = sharedDir()
if (shared !== null) {
  const flag = process.argv.indexOf('--sample')
  const sample = flag === -1 ? [] : ['--sample', process.argv[flag + 1]]
  const aucOf = (file, scorer) => {
    const output = execFileSync(
      process.execPath,
      [
        join(shared, 'eval/score_pairs.mjs'),
        join(shared, 'data', file),
        join(root, 'scripts/eval', scorer),
        ...sample,
      ],
      { encoding: 'utf8', cwd: root, maxBuffer: 1 << 26 },
    )
    return /AUC\s*[:=]?\s*([0-9.]+)/.exec(output)?.[1] ?? '?'
  }
  const sets = [
    ['ECB+ sentence pairs', 'ecbplus-pairs-dev.json'],
    ['NAnCo answers', 'nanco-pairs-dev.json'],
    ['MRPC paraphrases', 'mrpc-pairs-dev.json'],
  ]
  console.log('| pair set | defaults ROC AUC | word vectors ROC AUC |\n| --- | ---: | ---: |')
  for (const [name, file] of sets) {
    console.log(`| ${name} | ${aucOf(file, 'pair-scorer.mjs')} | ${aucOf(file, 'word-vector-scorer.mjs')} |`)
  }
}
