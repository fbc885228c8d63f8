import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script, without type declarations
import { modelSource } from '../../scripts/fit-similarity.mjs'
import { contextFeatureNames } from '../../src/align/context-features.js'
import { featureNames } from '../../src/align/pair-features.js'
import { alignmentModel, statementModel } from '../../src/align/similarity-model.js'

const root = join(import.meta.dirname, '..', '..')
const modelFile = join(root, 'src', 'align', 'similarity-model.ts')

describe('the fitted similarity models', () => {
  it('name the features pair-features.ts computes, in its order, and have a coefficient for each', () => {
    expect(statementModel.features).toEqual([...featureNames])
    expect(alignmentModel.features).toEqual([...featureNames, ...contextFeatureNames])
    for (const model of [statementModel, alignmentModel]) {
      expect(model.means).toHaveLength(model.features.length)
      expect(model.scales).toHaveLength(model.features.length)
      expect(model.weights).toHaveLength(model.features.length)
    }
  })

  it('are the file scripts/fit-similarity.mjs writes for them (formatted by biome)', () => {
    const names = { featureNames, contextFeatureNames }
    const written = modelSource({ statement: statementModel, alignment: alignmentModel }, names)
    const formatted = execFileSync(
      process.execPath,
      [join(root, 'node_modules/@biomejs/biome/bin/biome'), 'format', `--stdin-file-path=${modelFile}`],
      { input: written, encoding: 'utf8' },
    )
    expect(formatted).toBe(readFileSync(modelFile, 'utf8'))
  })

  it('refuses, when writing the file, a model fitted on features the code does not compute', () => {
    const names = { featureNames, contextFeatureNames }
    const renamed = { ...statementModel, features: ['cosine', 'wordCount'] }
    expect(() => modelSource({ statement: renamed, alignment: alignmentModel }, names)).toThrow(
      /unknown features: cosine, wordCount/,
    )
  })
})
