import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script, without type declarations
import { modelSource } from '../../scripts/fit-similarity.mjs'
import { contextFeatureNames } from '../../src/align/context-features.js'
import { featureNames } from '../../src/align/pair-features.js'
import { alignmentModel, similarityModel, statementModel } from '../../src/align/similarity-model.js'
import { similarityFeatureNames } from '../../src/align/text-features.js'

const root = join(import.meta.dirname, '..', '..')
const modelFile = join(root, 'src', 'align', 'similarity-model.ts')

describe('the fitted similarity models', () => {
  it('name the features pair-features.ts computes, in its order, and have a coefficient for each', () => {
    expect(statementModel.features).toEqual([...featureNames])
    expect(alignmentModel.features).toEqual([...featureNames, ...contextFeatureNames])
    expect(similarityModel.features).toEqual([...similarityFeatureNames])
    for (const model of [statementModel, alignmentModel, similarityModel]) {
      expect(model.means).toHaveLength(model.features.length)
      expect(model.scales).toHaveLength(model.features.length)
      expect(model.weights).toHaveLength(model.features.length)
    }
  })

  it('are the file scripts/fit-similarity.mjs writes for them (formatted by biome)', () => {
    const names = { featureNames, contextFeatureNames, similarityFeatureNames }
    const models = { statement: statementModel, alignment: alignmentModel, similarity: similarityModel }
    const written = modelSource(models, names)
    const formatted = execFileSync(
      process.execPath,
      [join(root, 'node_modules/@biomejs/biome/bin/biome'), 'format', `--stdin-file-path=${modelFile}`],
      { input: written, encoding: 'utf8' },
    )
    expect(formatted).toBe(readFileSync(modelFile, 'utf8'))
  })

  it('refuses, when writing the file, a model fitted on features the code does not compute', () => {
    const names = { featureNames, contextFeatureNames, similarityFeatureNames }
    const renamed = { ...statementModel, features: ['cosine', 'wordCount'] }
    const models = { statement: renamed, alignment: alignmentModel, similarity: similarityModel }
    expect(() => modelSource(models, names)).toThrow(/unknown features: cosine, wordCount/)
  })
})
