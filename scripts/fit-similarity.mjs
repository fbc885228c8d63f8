// Fits the same-statement model (src/align/similarity-model.ts): a logistic regression over
// the pair features of src/align/pair-features.ts, on the labelled dev pairs in
// ../shared/data (ECB+ sentence pairs, NAnCo answers, MRPC paraphrases), each set weighing
// the same in total. Newton's method on the L2-penalised log loss from zero: deterministic,
// so refitting the same data gives the same coefficients. Prints each set's ROC AUC and
// writes the model file; rebuild (npm run build) afterwards.
//
//   npm run build && node scripts/fit-similarity.mjs [--dry-run] [--similarity-only]
//     [--boosted [--trees-only] [--rounds N] [--depth N] [--shrinkage X] [--lambda X] [--min-weight X]]
//
// --similarity-only fits only the exported `similarity`'s model and replaces only its block
// (`similarityModel`) in the model file: the statement and alignment models, which decide
// `compare`'s reports, stay as they are.
//
// --boosted also cross-validates gradient-boosted shallow trees (scripts/lib/boosting.mjs) over
// the pair, text and ordered-overlap features (`boostedFeatureNames`), on the same folds, added
// to the linear model's log-odds (or alone, --trees-only): an experiment, not written to the
// model file (bench/RESULTS.md has its figures).
//
// The model file names its features by importing them (featureNames, contextFeatureNames), so
// the list lives once, in the code that computes the features; `modelSource` refuses a model
// fitted on other names. The file is formatted by biome as it is written.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { root, sharedDir } from './eval/shared.mjs'
import { boostedMargin, fitBoosted } from './lib/boosting.mjs'
import { auc, fitModel, probability } from './lib/logistic.mjs'

const modelFile = join(root, 'src/align/similarity-model.ts')
const penalty = 1e-3
/** Cross-validation folds of `crossValidate`. */
const folds = 5

const shared = process.argv[1] === fileURLToPath(import.meta.url) ? sharedDir() : null
if (shared !== null) {
  const { featureNames, featureSigns } = await import(join(root, 'dist/align/pair-features.js'))
  const {
    boostedFeatureNames,
    boostedFeatures,
    similarityFeatureNames,
    similarityFeatures,
    textFeatureSigns,
  } = await import(join(root, 'dist/align/text-features.js'))
  const { contextFeatureNames } = await import(join(root, 'dist/align/context-features.js'))
  const { statementPairFeatures, textStatement } = await import(
    join(root, 'dist/align/statement-similarity.js')
  )
  const { alignmentFeatures } = await import(join(root, 'dist/align/index.js'))
  const { extractDetails } = await import(join(root, 'dist/extract/index.js'))
  const { analyze } = await import(join(root, 'dist/extract/analyze.js'))
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
  const similarityOnly = process.argv.includes('--similarity-only')

  // The statement model: labelled pairs of texts, each scored on its own as `similarity` does
  // (details extracted once per distinct text).
  const details = new Map()
  const statement = (text, id) => {
    let found = details.get(text)
    if (found === undefined) {
      found = text.trim() === '' ? [] : extractDetails(text)
      details.set(text, found)
    }
    return textStatement(text, id, found)
  }
  const featuresOf = (a, b) => statementPairFeatures(statement(a, 'a'), statement(b, 'b'))
  const sets = ['ecbplus-pairs-dev.json', 'nanco-pairs-dev.json', 'mrpc-pairs-dev.json'].map((file) => {
    const pairs = JSON.parse(readFileSync(join(shared, 'data', file), 'utf8'))
    const rows = pairs.map((pair, i) => {
      const x = featuresOf(pair.a, pair.b)
      return {
        x,
        wide: similarityFeatures(x, pair.a, pair.b),
        tree: boostedFeatures(x, pair.a, pair.b),
        y: Number(pair.label),
        fold: foldOf(file, pair, i),
      }
    })
    return { file, rows }
  })
  const fitted = only === null ? sets : sets.filter((set) => set.file.startsWith(only))
  const statementModel = similarityOnly ? null : fitModel(fitted, [...featureNames], penalty, featureSigns)
  if (statementModel !== null) {
    console.log('statement model (align, compare):')
    report(statementModel, sets)
    crossValidate(fitted, sets, [...featureNames], featureSigns, (row) => row.x)
  }

  // The exported `similarity`'s own model: the pair features, features of the two texts and
  // their products with two regime features (src/align/text-features.ts).
  const wideSets = sets.map((set) => ({ file: set.file, rows: set.rows.map((r) => ({ ...r, x: r.wide })) }))
  const wideFitted = wideSets.filter((set) => fitted.some((f) => f.file === set.file))
  const wideSigns = { ...featureSigns, ...textFeatureSigns }
  const similarityModel = fitModel(wideFitted, [...similarityFeatureNames], penalty, wideSigns)
  console.log('similarity model (the exported similarity):')
  report(similarityModel, wideSets)
  crossValidate(wideFitted, wideSets, [...similarityFeatureNames], wideSigns, (row) => row.x)
  if (process.argv.includes('--boosted')) {
    const arg = (name, fallback) =>
      process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback
    const settings = {
      rounds: arg('--rounds', 150),
      depth: arg('--depth', 2),
      shrinkage: arg('--shrinkage', 0.05),
      lambda: arg('--lambda', 1),
      minWeight: arg('--min-weight', 5),
    }
    const stacked = !process.argv.includes('--trees-only')
    console.log(`boosted trees (${stacked ? 'on the linear model' : 'alone'}): ${JSON.stringify(settings)}`)
    crossValidateBoosted(
      wideFitted,
      wideSets,
      [...similarityFeatureNames],
      wideSigns,
      [...boostedFeatureNames],
      settings,
      stacked,
    )
  }
  const names = { featureNames, contextFeatureNames, similarityFeatureNames }
  if (similarityOnly) {
    if (!process.argv.includes('--dry-run')) {
      writeFileSync(modelFile, withSimilarityModel(readFileSync(modelFile, 'utf8'), similarityModel, names))
      formatModelFile()
    }
    process.exit(0)
  }

  // The alignment model: the ECB+ dev topics' annotated sentences, in their event's context.
  const gold = JSON.parse(readFileSync(join(shared, 'data/ecb-align-dev.json'), 'utf8'))
  const rows = []
  for (const topic of gold.topics) {
    const articles = topic.docs.map((doc) => analyze({ id: doc.id, text: doc.text, format: 'text' }))
    const { statements, features } = alignmentFeatures(articles)
    const annotated = []
    for (const doc of topic.docs) {
      for (const sentence of doc.sentences) {
        const unit = statements.findIndex(
          (s) =>
            s.articleId === doc.id &&
            overlap(s, sentence) >= Math.min(s.end - s.start, sentence.end - sentence.start) / 2,
        )
        if (unit >= 0) annotated.push({ doc: doc.id, idx: sentence.idx, unit })
      }
    }
    const key = (a, b) => `${a.doc}:${a.idx}|${b.doc}:${b.idx}`
    const linked = new Set(
      topic.links.flatMap(([da, ia, db, ib]) => [`${da}:${ia}|${db}:${ib}`, `${db}:${ib}|${da}:${ia}`]),
    )
    const neutral = new Set(
      (topic.cross_links ?? []).flatMap(([da, ia, db, ib]) => [
        `${da}:${ia}|${db}:${ib}`,
        `${db}:${ib}|${da}:${ia}`,
      ]),
    )
    for (let i = 0; i < annotated.length; i++) {
      for (let j = i + 1; j < annotated.length; j++) {
        const a = annotated[i]
        const b = annotated[j]
        if (a.doc === b.doc || a.unit === b.unit || neutral.has(key(a, b))) continue
        rows.push({ x: features(a.unit, b.unit), y: linked.has(key(a, b)) ? 1 : 0 })
      }
    }
  }
  const alignment = { file: 'ecb-align-dev.json (in context)', rows }
  const alignmentModel = fitModel(
    [alignment],
    [...featureNames, ...contextFeatureNames],
    penalty,
    featureSigns,
  )
  console.log(
    `alignment model (align), ${rows.length} pairs, ${rows.filter((r) => r.y === 1).length} linked:`,
  )
  report(alignmentModel, [alignment])
  if (!process.argv.includes('--dry-run')) {
    writeFileSync(
      modelFile,
      modelSource(
        { statement: statementModel, alignment: alignmentModel, similarity: similarityModel },
        names,
      ),
    )
    formatModelFile()
  }
}

/** Formats the model file with biome, as it is committed. */
function formatModelFile() {
  execFileSync(process.execPath, [
    join(root, 'node_modules/@biomejs/biome/bin/biome'),
    'format',
    '--write',
    modelFile,
  ])
  console.log(`wrote ${modelFile}`)
}

/**
 * The model file's text `source` with only its `similarityModel` block replaced by `model`
 * (as `modelSource` writes it): the other models are left byte for byte.
 */
export function withSimilarityModel(source, model, names) {
  const head = 'export const similarityModel: LogisticModel = '
  const start = source.indexOf(head)
  const end = source.indexOf('\n}\n', start)
  if (start < 0 || end < 0) throw new Error('no similarityModel block in the model file')
  return `${source.slice(0, start + head.length)}${modelEntry(model, names)}${source.slice(end + 2)}`
}

/**
 * The cross-validation fold (0-4) of a labelled pair: ECB+ pairs by topic, so that no topic's
 * event is on both sides of a split; the others by position.
 */
function foldOf(file, pair, i) {
  return file.startsWith('ecbplus') ? Number(pair.topic) % folds : i % folds
}

/**
 * Each set's ROC AUC on held-out folds: the model refitted without each fold in turn (on the
 * sets of `fitted`) and scored on it. A feature earns its place when it lifts these, not the
 * in-sample figures.
 */
function crossValidate(fitted, sets, names, signs, xOf) {
  const held = sets.map(() => ({ scores: [], labels: [] }))
  for (let k = 0; k < folds; k++) {
    const training = fitted.map((set) => ({
      file: set.file,
      rows: set.rows.filter((r) => r.fold !== k).map((r) => ({ x: xOf(r), y: r.y })),
    }))
    const model = fitModel(training, names, penalty, signs)
    sets.forEach((set, j) => {
      for (const row of set.rows)
        if (row.fold === k) {
          held[j].scores.push(probability(model, xOf(row)))
          held[j].labels.push(row.y)
        }
    })
  }
  sets.forEach((set, j) => {
    console.log(
      `  ${set.file}: ${folds}-fold cross-validated ROC AUC ${auc(held[j].scores, held[j].labels).toFixed(3)}`,
    )
  })
}

/**
 * `crossValidate` for boosted trees over `row.tree`, started from the linear model's log-odds
 * of the same training folds (`stacked`) or from the base rate; prints each set's
 * cross-validated and in-sample AUC, the Platt scaling of the out-of-fold log-odds (the
 * calibration a shipped model would take) and the seconds taken.
 */
function crossValidateBoosted(fitted, sets, names, signs, treeNames, settings, stacked) {
  const began = process.hrtime.bigint()
  const held = sets.map(() => ({ scores: [], labels: [] }))
  for (let k = 0; k < folds; k++) {
    const training = fitted.map((set) => ({ file: set.file, rows: set.rows.filter((r) => r.fold !== k) }))
    const marginOf = boosted(training, names, signs, treeNames, settings, stacked)
    sets.forEach((set, j) => {
      for (const row of set.rows)
        if (row.fold === k) {
          held[j].scores.push(marginOf(row))
          held[j].labels.push(row.y)
        }
    })
  }
  sets.forEach((set, j) => {
    console.log(
      `  ${set.file}: ${folds}-fold cross-validated ROC AUC ${auc(held[j].scores, held[j].labels).toFixed(4)}`,
    )
  })
  const platt = fitModel(
    held.map((set) => ({ rows: set.scores.map((margin, i) => ({ x: [margin], y: set.labels[i] })) })),
    ['margin'],
    0,
  )
  console.log(`  Platt scaling of the out-of-fold log-odds: ${JSON.stringify(platt)}`)
  const marginOf = boosted(fitted, names, signs, treeNames, settings, stacked)
  for (const set of sets) {
    const scores = set.rows.map(marginOf)
    const labels = set.rows.map((r) => r.y)
    console.log(`  ${set.file}: in-sample ROC AUC ${auc(scores, labels).toFixed(4)}`)
  }
  console.log(`  ${(Number(process.hrtime.bigint() - began) / 1e9).toFixed(0)} s`)
}

/**
 * Boosted trees fitted on the `training` sets' `row.tree` features, from the sign-bounded
 * linear model's log-odds over `row.x` (`stacked`) or from the base rate: a row's log-odds.
 */
function boosted(training, names, signs, treeNames, settings, stacked) {
  const linear = stacked ? fitModel(training, names, penalty, signs) : null
  const startOf = (row) => {
    const p = probability(linear, row.x)
    return Math.log(p / (1 - p))
  }
  const trees = fitBoosted(
    training.map((set) => ({
      rows: set.rows.map((r) => ({ x: r.tree, y: r.y, start: linear === null ? 0 : startOf(r) })),
    })),
    treeNames,
    linear === null ? settings : { ...settings, start: (row) => row.start },
  )
  return (row) => boostedMargin(trees, row.tree, linear === null ? trees.base : startOf(row))
}

function overlap(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

function report(model, sets) {
  for (const set of sets) {
    const scores = set.rows.map((r) => probability(model, r.x))
    console.log(
      `  ${set.file}: in-sample ROC AUC ${auc(
        scores,
        set.rows.map((r) => r.y),
      ).toFixed(3)}`,
    )
  }
  model.features.forEach((name, j) => {
    console.log(`    ${name.padEnd(20)} ${model.weights[j].toFixed(3)}`)
  })
}

/**
 * One model's object literal as the model file writes it, its features named by the list they
 * were fitted on (`names`); a model whose features are none of those lists is an error.
 */
function modelEntry(model, { featureNames, contextFeatureNames, similarityFeatureNames }) {
  const list = (values) => `[${values.map((v) => Number(v.toPrecision(6))).join(', ')}]`
  const lists = [
    ['featureNames', [...featureNames]],
    ['[...featureNames, ...contextFeatureNames]', [...featureNames, ...contextFeatureNames]],
    ['similarityFeatureNames', [...similarityFeatureNames]],
  ]
  const found = lists.find(([, names]) => JSON.stringify(names) === JSON.stringify(model.features))
  if (found === undefined) throw new Error(`a model fitted on unknown features: ${model.features.join(', ')}`)
  return `{
  features: ${found[0]},
  means: ${list(model.means)},
  scales: ${list(model.scales)},
  intercept: ${Number(model.intercept.toPrecision(6))},
  weights: ${list(model.weights)},
}`
}

/**
 * The text of src/align/similarity-model.ts for two fitted models, before biome formats it.
 * `names` are the feature lists the models were fitted on (src/align/pair-features.ts and
 * context-features.ts); the file imports them rather than repeating them, and a model whose
 * features are not those lists is an error.
 *
 * @example
 * modelSource({ statement: statementModel, alignment: alignmentModel }, { featureNames, contextFeatureNames })
 * //=> '// Generated by scripts/fit-similarity.mjs; ...'
 */
export function modelSource(models, { featureNames, contextFeatureNames, similarityFeatureNames }) {
  const entry = (model) => modelEntry(model, { featureNames, contextFeatureNames, similarityFeatureNames })
  return `// Generated by scripts/fit-similarity.mjs; refit with \`npm run build && node scripts/fit-similarity.mjs\`.
import { contextFeatureNames } from './context-features.js'
import { featureNames } from './pair-features.js'
import { similarityFeatureNames } from './text-features.js'

/** A logistic regression over standardised features. */
export interface LogisticModel {
  /** Feature names, in input order. */
  readonly features: readonly string[]
  readonly means: readonly number[]
  readonly scales: readonly number[]
  readonly intercept: number
  readonly weights: readonly number[]
}

/**
 * The same-statement model \`align\` averages with \`alignmentModel\` and \`compare\` weighs
 * conflicts by: the pair features of src/align/pair-features.ts, fitted with an L2 penalty
 * of ${penalty} and the weights' signs bounded by \`featureSigns\` on the dev halves of
 * ECB+ sentence pairs (Cybulska & Vossen 2014, CC BY 3.0), NAnCo answers (Laban et al.
 * 2022, BSD-3-Clause) and MRPC paraphrases (Dolan & Brockett 2005), each set weighing the same.
 */
export const statementModel: LogisticModel = ${entry(models.statement)}

/**
 * The model \`align\` scores statement pairs with: the same pair features plus the event's
 * (src/align/context-features.ts), fitted on the annotated sentences of the ECB+ dev topics
 * aligned in context (gold links positive, other cross-article pairs negative), with the
 * weights' signs bounded the same way.
 */
export const alignmentModel: LogisticModel = ${entry(models.alignment)}

/**
 * The model of the exported \`similarity\` (and of the word-vector scorer's lexical part): the
 * pair features, features of the two texts and their products with two regime features
 * (src/align/text-features.ts), fitted with the same penalty, signs and dev sets as
 * \`statementModel\`. Its own model, because the text features and products that lift the pair
 * ranking were not tried in \`align\`, whose claims are tuned on the statement model.
 */
export const similarityModel: LogisticModel = ${entry(models.similarity)}

/**
 * A model's probability for one feature vector, 0..1.
 *
 * @example
 * // Every feature at its mean leaves the intercept alone:
 * probability(statementModel, statementModel.means) //=> 0.42
 */
export function probability(model: LogisticModel, features: readonly number[]): number {
  let z = model.intercept
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j]! * ((features[j]! - model.means[j]!) / model.scales[j]!)
  return 1 / (1 + Math.exp(-z))
}
`
}
